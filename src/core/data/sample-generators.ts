/**
 * Deterministic generators of large datasets in the contract shapes (DESIGN.md section 3), for
 * tests, stories and benchmarks that need more rows than the sample files in data/ hold.
 * The same options and seed always give the same output: a seeded PRNG, never Math.random.
 * Output is raw JSON-like data (plain objects), meant to go through the validators like any input.
 * The figures are invented and say so in each dataset's note.
 */
import { isoDay, MAX_YEAR, MIN_YEAR } from './dates.ts';

/** A seeded pseudo-random source: uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SEED = 1;

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(MIN_YEAR, 0, 1);
const LAST_DAY = Date.UTC(MAX_YEAR, 11, 31);
const DEFAULT_FIRST_DAY = Date.UTC(2000, 0, 1);
const FIRST_MONTH = MIN_YEAR * 12;
const LAST_MONTH = MAX_YEAR * 12 + 11;
const DEFAULT_FIRST_MONTH = 2000 * 12;

type Text = { en: string; 'sr-Latn': string };

const between = (random: Random, min: number, max: number): number => min + random() * (max - min);
const integer = (random: Random, min: number, max: number): number => Math.floor(between(random, min, max + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function wholeCount(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`${name} must be a whole number from 0 to ${max}, got ${value}`);
  return value;
}

function monthIso(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}`;
}

/** First-millisecond times of `count` consecutive days, starting in 2000 unless they would run past the last valid year. */
function dayTimes(count: number): number[] {
  const start = Math.min(DEFAULT_FIRST_DAY, LAST_DAY - (count - 1) * DAY);
  if (start < FIRST_DAY) throw new RangeError(`at most ${(LAST_DAY - FIRST_DAY) / DAY + 1} daily points fit the valid years ${MIN_YEAR}–${MAX_YEAR}`);
  return Array.from({ length: count }, (_, index) => start + index * DAY);
}

function monthIndices(count: number): number[] {
  const start = Math.min(DEFAULT_FIRST_MONTH, LAST_MONTH - (count - 1));
  if (start < FIRST_MONTH) throw new RangeError(`at most ${LAST_MONTH - FIRST_MONTH + 1} monthly points fit the valid years ${MIN_YEAR}–${MAX_YEAR}`);
  return Array.from({ length: count }, (_, index) => start + index);
}

function generatedNote(seed: number): Text {
  return {
    en: `Generated test data (seed ${seed}): not real figures.`,
    'sr-Latn': `Generisani test podaci (seme ${seed}): nisu stvarni podaci.`,
  };
}

const GENERATED_SOURCE = { name: { en: 'Generated sample data', 'sr-Latn': 'Generisani primer podataka' } };

export interface GenerateFlowsOptions {
  series: number;
  points: number;
  interval: 'day' | 'month';
  seed?: number;
  /** Runs of unknown values (`null`), drawn as gaps. */
  gaps?: boolean;
  /** Mark the last twentieth of each series, and a few short runs, as estimates. */
  estimates?: boolean;
  /** How many events; every third one is a span with an `end`. */
  events?: number;
}

/**
 * Flows: `series` series of `points` consecutive days or months each (from January 2000, or
 * earlier when that many would run past the last valid year), with seasonality, a random walk
 * and rare peaks, so that downsampling has peaks to keep.
 */
export function generateFlows(options: GenerateFlowsOptions): unknown {
  const { interval, seed = DEFAULT_SEED, gaps = false, estimates = false } = options;
  const seriesCount = wholeCount('series', options.series, 1000);
  const pointCount = wholeCount('points', options.points);
  const eventCount = wholeCount('events', options.events ?? 0, 100_000);
  if (interval !== 'day' && interval !== 'month') throw new RangeError(`interval must be "day" or "month", got ${String(interval)}`);
  const random = mulberry32(seed);

  let dates: string[];
  let rangeStart = 0;
  let rangeDays = 0;
  if (interval === 'day') {
    const times = dayTimes(pointCount);
    dates = times.map(isoDay);
    rangeStart = times[0] ?? DEFAULT_FIRST_DAY;
    rangeDays = pointCount;
  } else {
    const months = monthIndices(pointCount);
    dates = months.map(monthIso);
    const first = months[0] ?? DEFAULT_FIRST_MONTH;
    rangeStart = Date.UTC(Math.floor(first / 12), first % 12, 1);
    rangeDays = pointCount ? (Date.UTC(Math.floor(first / 12), (first % 12) + pointCount, 1) - rangeStart) / DAY : 0;
  }
  const period = interval === 'day' ? 365.25 : 12;
  const maxGap = interval === 'day' ? 21 : 3;

  const series = Array.from({ length: seriesCount }, (_, seriesIndex) => {
    let level = between(random, 200, 5000);
    const amplitude = between(random, 0.1, 0.5);
    const phase = random() * 2 * Math.PI;
    let gapLeft = 0;
    let estimateLeft = 0;
    const estimateFrom = pointCount - Math.max(1, Math.round(pointCount / 20));
    const points = dates.map((date, index) => {
      level = Math.min(1e7, Math.max(1, level * Math.exp((random() - 0.5) * 0.1)));
      const seasonal = 1 + amplitude * Math.sin((2 * Math.PI * index) / period + phase);
      const peak = random() < 0.002 ? between(random, 3, 6) : 1;
      let value: number | null = Math.max(0, Math.round(level * seasonal * peak * between(random, 0.9, 1.1)));
      if (gaps) {
        if (gapLeft === 0 && random() < 0.01) gapLeft = integer(random, 1, maxGap);
        if (gapLeft > 0) {
          gapLeft--;
          value = null;
        }
      }
      if (!estimates || value === null) return { date, value };
      if (estimateLeft === 0 && random() < 0.005) estimateLeft = integer(random, 1, maxGap);
      const estimate = index >= estimateFrom || estimateLeft > 0;
      if (estimateLeft > 0) estimateLeft--;
      return estimate ? { date, value, estimate: true } : { date, value };
    });
    return {
      id: `series-${seriesIndex + 1}`,
      label: { en: `Series ${seriesIndex + 1}`, 'sr-Latn': `Serija ${seriesIndex + 1}` },
      points,
    };
  });

  const events = Array.from({ length: rangeDays > 0 ? eventCount : 0 }, () => Math.floor(random() * rangeDays))
    .sort((a, b) => a - b)
    .map((offset, index) => {
      const number = index + 1;
      const date = isoDay(rangeStart + offset * DAY);
      const event = {
        id: `event-${number}`,
        date,
        label: { en: `Event ${number}`, 'sr-Latn': `Događaj ${number}` },
      };
      if (index % 3 !== 2) return event;
      const length = Math.min(rangeDays - 1 - offset, integer(random, 1, interval === 'day' ? 30 : 90));
      return { ...event, end: isoDay(rangeStart + (offset + length) * DAY) };
    });

  return {
    title: { en: `Generated flows: ${seriesCount} × ${pointCount} ${interval}s`, 'sr-Latn': `Generisani tokovi: ${seriesCount} × ${pointCount}` },
    unit: { en: 'people', 'sr-Latn': 'osobe' },
    interval,
    note: generatedNote(seed),
    series,
    events,
    source: GENERATED_SOURCE,
  };
}

export interface GenerateCentresOptions {
  count: number;
  seed?: number;
  /** Monthly snapshots per centre, the last one at `asOf`. */
  history?: number;
}

const CENTRE_TYPES = ['asylum', 'reception', 'reception', 'transit'] as const;
const AS_OF_MONTH = 2020 * 12 + 11;

/**
 * Centres spread over the Western Balkans (lon 13–23, lat 40–47), some over capacity, some with
 * unknown or zero capacity, some closed or on standby; `asOf` is December 2020.
 */
export function generateCentres(options: GenerateCentresOptions): unknown {
  const { seed = DEFAULT_SEED } = options;
  const count = wholeCount('count', options.count, 500_000);
  const historyLength = wholeCount('history', options.history ?? 0, AS_OF_MONTH - FIRST_MONTH + 1);
  const random = mulberry32(seed);
  const historyDates = Array.from({ length: historyLength }, (_, index) => monthIso(AS_OF_MONTH - historyLength + 1 + index));
  const width = Math.max(4, String(count).length);

  const centres = Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const roll = random();
    const status = roll < 0.85 ? 'open' : roll < 0.93 ? 'standby' : 'closed';
    const capacityRoll = random();
    const capacity = capacityRoll < 0.05 ? null : capacityRoll < 0.08 ? 0 : integer(random, 50, 2000);
    const occupancyRoll = random();
    const occupancy =
      status === 'closed' ? 0 : occupancyRoll < 0.05 ? null : Math.round((capacity || between(random, 50, 500)) * between(random, 0.2, 1.3));

    let level = occupancy ?? between(random, 50, 500);
    const history = historyDates
      .map((date, step) => {
        const last = step === historyLength - 1;
        const snapshot = {
          date,
          occupancy: last ? occupancy : random() < 0.05 ? null : Math.round(level),
          capacity: last ? capacity : capacity !== null && random() < 0.02 ? integer(random, 50, 2000) : capacity,
        };
        level = Math.max(0, level * between(random, 0.85, 1.15));
        return snapshot;
      });

    const id = `centre-${pad(number, width)}`;
    return {
      id,
      name: { en: `Centre ${number}`, 'sr-Latn': `Centar ${number}` },
      type: pick(random, CENTRE_TYPES),
      lat: round(between(random, 40, 47), 5),
      lon: round(between(random, 13, 23), 5),
      capacity,
      occupancy,
      history,
      status,
      ...(random() < 0.5 ? { url: `https://example.org/centres/${id}` } : {}),
    };
  });

  return {
    title: { en: `Generated centres: ${count}`, 'sr-Latn': `Generisani centri: ${count}` },
    asOf: monthIso(AS_OF_MONTH),
    note: generatedNote(seed),
    centres,
    source: GENERATED_SOURCE,
  };
}

export interface GenerateProjectsOptions {
  count: number;
  seed?: number;
}

const PROJECT_STATUSES = ['planned', 'active', 'active', 'completed', 'completed', 'completed', 'suspended', 'cancelled'] as const;
const DONORS = ['European Union', 'IOM Development Fund', 'Government of Switzerland', 'Government of Norway', 'Government of Italy', 'Government of Germany', 'United Kingdom', 'United States'];
const PARTNERS = ['Ministry of Interior', 'Commissariat for Refugees and Migration', 'Ministry of Security', 'UNHCR', 'UNICEF', 'UNDP', 'Red Cross', 'Local municipality'];
const CURRENCIES = ['EUR', 'EUR', 'USD', 'CHF', 'RSD', 'BAM'];
const COUNTRIES = ['RS', 'BA', 'ME', 'MK', 'AL'];
const THEMES: readonly Text[] = [
  { en: 'border management', 'sr-Latn': 'upravljanje granicama' },
  { en: 'reception', 'sr-Latn': 'prihvat' },
  { en: 'voluntary return', 'sr-Latn': 'dobrovoljni povratak' },
  { en: 'counter-trafficking', 'sr-Latn': 'borba protiv trgovine ljudima' },
  { en: 'health', 'sr-Latn': 'zdravstvo' },
  { en: 'local communities', 'sr-Latn': 'lokalne zajednice' },
  { en: 'data and evidence', 'sr-Latn': 'podaci i analize' },
  { en: 'migration governance', 'sr-Latn': 'upravljanje migracijama' },
];

function sample<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const pool = [...items];
  return Array.from({ length: Math.min(pool.length, integer(random, min, max)) }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]!);
}

/** Projects with every status, several currencies, partial dates and optional fields left out. */
export function generateProjects(options: GenerateProjectsOptions): unknown {
  const { seed = DEFAULT_SEED } = options;
  const count = wholeCount('count', options.count, 500_000);
  const random = mulberry32(seed);
  const width = Math.max(4, String(count).length);

  const projects = Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const id = `project-${pad(number, width)}`;
    const status = pick(random, PROJECT_STATUSES);
    const themes = sample(random, THEMES, 1, 3);
    const startYear = status === 'planned' ? integer(random, 2026, 2028) : status === 'completed' || status === 'cancelled' ? integer(random, 2005, 2020) : integer(random, 2018, 2024);
    const startMonth = startYear * 12 + integer(random, 0, 11);
    const endMonth = startMonth + integer(random, 6, 48);
    const precision = random();
    const start = precision < 0.1 ? String(Math.floor(startMonth / 12)) : precision < 0.7 ? monthIso(startMonth) : `${monthIso(startMonth)}-01`;
    const end = precision < 0.1 ? String(Math.floor(endMonth / 12)) : monthIso(endMonth);
    const progress = status === 'completed' ? 1 : status === 'planned' ? 0 : status === 'active' ? round(random(), 2) : undefined;
    const theme = themes[0]!;
    return {
      id,
      title: { en: `Project ${number}: ${theme.en}`, 'sr-Latn': `Projekat ${number}: ${theme['sr-Latn']}` },
      status,
      summary: { en: `Generated project ${number}.`, 'sr-Latn': `Generisani projekat ${number}.` },
      donors: sample(random, DONORS, 1, 3),
      partners: sample(random, PARTNERS, 0, 3),
      ...(random() < 0.9 ? { budget: { amount: integer(random, 10, 20_000) * 1000, currency: pick(random, CURRENCIES) } } : {}),
      start,
      ...(random() < 0.9 ? { end } : {}),
      country: pick(random, COUNTRIES),
      themes,
      url: `https://example.org/projects/${id}`,
      ...(progress !== undefined ? { progress } : {}),
    };
  });

  return {
    title: { en: `Generated projects: ${count}`, 'sr-Latn': `Generisani projekti: ${count}` },
    note: generatedNote(seed),
    projects,
    source: GENERATED_SOURCE,
  };
}
