/**
 * Benchmark datasets in the contract shapes of DESIGN.md section 3, generated from a seed so that
 * every contestant, run and machine draws exactly the same data. Runs in Node and in the browser.
 * The figures are invented.
 */

/** mulberry32: a tiny seeded PRNG, uniform numbers in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
/** The contract's last valid day: long series start earlier than 2000 so they end before it. */
const LAST_DAY = Date.UTC(2200, 11, 31);
const FIRST_DAY = Date.UTC(2000, 0, 1);
const source = { name: 'Generated benchmark data' };

const between = (random, min, max) => min + random() * (max - min);
const integer = (random, min, max) => Math.floor(between(random, min, max + 1));
const pick = (random, items) => items[Math.floor(random() * items.length)];
const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

/** `series` daily series of `days` points each: seasonality, a random walk and rare peaks. */
export function flows({ series = 3, days, seed = 1 }) {
  const random = mulberry32(seed);
  const start = Math.min(FIRST_DAY, LAST_DAY - (days - 1) * DAY);
  const dates = Array.from({ length: days }, (_, index) => isoDay(start + index * DAY));
  return {
    title: { en: `Benchmark flows: ${series} × ${days} days` },
    unit: { en: 'people' },
    interval: 'day',
    series: Array.from({ length: series }, (_, index) => {
      let level = between(random, 200, 5000);
      const amplitude = between(random, 0.1, 0.5);
      const phase = random() * 2 * Math.PI;
      return {
        id: `series-${index + 1}`,
        label: { en: `Series ${index + 1}` },
        points: dates.map((date, day) => {
          level = Math.min(1e7, Math.max(1, level * Math.exp((random() - 0.5) * 0.1)));
          const seasonal = 1 + amplitude * Math.sin((2 * Math.PI * day) / 365.25 + phase);
          const peak = random() < 0.002 ? between(random, 3, 6) : 1;
          return { date, value: Math.round(level * seasonal * peak * between(random, 0.9, 1.1)) };
        }),
      };
    }),
    source,
  };
}

const CENTRE_TYPES = ['asylum', 'reception', 'reception', 'transit'];

/** `count` centres spread over the Western Balkans (lon 13–23, lat 40–47), some over capacity. */
export function centres({ count, seed = 1 }) {
  const random = mulberry32(seed);
  return {
    title: { en: `Benchmark centres: ${count}` },
    asOf: '2020-12-31',
    centres: Array.from({ length: count }, (_, index) => {
      const capacity = integer(random, 50, 2000);
      const roll = random();
      const status = roll < 0.85 ? 'open' : roll < 0.93 ? 'standby' : 'closed';
      return {
        id: `centre-${index + 1}`,
        name: `Centre ${index + 1}`,
        type: pick(random, CENTRE_TYPES),
        lat: Math.round(between(random, 40, 47) * 1e5) / 1e5,
        lon: Math.round(between(random, 13, 23) * 1e5) / 1e5,
        capacity,
        occupancy: status === 'closed' ? 0 : Math.round(capacity * between(random, 0.2, 1.3)),
        status,
      };
    }),
    source,
  };
}

const STATUSES = ['planned', 'active', 'active', 'completed', 'completed', 'completed', 'suspended', 'cancelled'];
const DONORS = ['European Union', 'IOM Development Fund', 'Government of Switzerland', 'Government of Norway', 'Government of Italy', 'United Kingdom'];
const PARTNERS = ['Ministry of Interior', 'Commissariat for Refugees and Migration', 'UNHCR', 'UNICEF', 'Red Cross', 'Local municipality'];
const CURRENCIES = ['EUR', 'EUR', 'USD', 'CHF'];
const COUNTRIES = ['RS', 'BA', 'ME', 'MK', 'AL'];
const THEMES = ['border management', 'reception', 'voluntary return', 'counter-trafficking', 'health', 'local communities'];

function some(random, items, min, max) {
  const pool = [...items];
  return Array.from({ length: integer(random, min, max) }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]);
}

/** `count` projects with every status, several currencies and donors. */
export function projects({ count, seed = 1 }) {
  const random = mulberry32(seed);
  return {
    title: { en: `Benchmark projects: ${count}` },
    projects: Array.from({ length: count }, (_, index) => {
      const status = pick(random, STATUSES);
      const startMonth = integer(random, 2010 * 12, 2025 * 12);
      const endMonth = startMonth + integer(random, 6, 48);
      const month = (value) => `${Math.floor(value / 12)}-${String((value % 12) + 1).padStart(2, '0')}`;
      const themes = some(random, THEMES, 1, 3);
      return {
        id: `project-${index + 1}`,
        title: { en: `Project ${index + 1}: ${themes[0]}`, 'sr-Latn': `Projekat ${index + 1}` },
        status,
        summary: { en: `Benchmark project ${index + 1}.` },
        donors: some(random, DONORS, 1, 3),
        partners: some(random, PARTNERS, 0, 3),
        budget: { amount: integer(random, 10, 20_000) * 1000, currency: pick(random, CURRENCIES) },
        start: month(startMonth),
        end: month(endMonth),
        country: pick(random, COUNTRIES),
        themes,
        url: `https://example.org/projects/${index + 1}`,
        progress: status === 'completed' ? 1 : status === 'active' ? Math.round(random() * 100) / 100 : 0,
      };
    }),
    source,
  };
}

/** The dataset of one workload: `widget` is timeline, map or board; `size` its days, centres or projects. */
export function dataset(widget, size, seed = 1) {
  if (widget === 'timeline') return flows({ series: 3, days: size, seed });
  if (widget === 'map') return centres({ count: size, seed });
  if (widget === 'board') return projects({ count: size, seed });
  throw new Error(`unknown widget ${widget}`);
}
