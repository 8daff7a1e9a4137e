/**
 * fast-check arbitraries for hostile and ordinary datasets of the three contracts, and the
 * checks every property shares (no NaN or Infinity, null prototypes, JSON Pointer paths).
 * Raw datasets are what a partner's JSON may hold: mostly well-formed, with hostile values
 * mixed in wherever a value can go.
 */
import fc from 'fast-check';

/**
 * Runs are reproducible: a fixed seed unless `FC_SEED` is set (`FC_SEED=random` for a new one
 * each run while hunting; a failure prints the seed and path to replay it).
 */
export function seedFromEnvironment(): void {
  const wanted = typeof process === 'undefined' ? undefined : process.env.FC_SEED;
  if (wanted === 'random') return;
  fc.configureGlobal({ seed: wanted ? Number(wanted) : 20_261_123 });
}

/** Strings that have broken other widgets: markup, template syntax, bidi, zero-width, surrogates. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="window.__migPwned=1">',
  '<svg/onload=window.__migPwned=1>',
  '</title></style></script><script>window.__migPwned=1</script>',
  '"><iframe srcdoc="<script>parent.__migPwned=1</script>">',
  '${window.__migPwned=1}',
  '{{constructor.constructor("window.__migPwned=1")()}}',
  '<!--',
  ']]>',
  '\u202eevil\u202c',
  '\u2066isolated\u2069\u200f',
  'zero\u200bwidth\u200d\ufeff',
  '\ud800',
  'x\udc00y',
  '\u0000\u0007\u001b[31m',
  ' ',
  '',
  'a'.repeat(10_000),
  'toString',
  '__proto__',
  'constructor',
  'prototype',
  'javascript:window.__migPwned=1',
];

export const HOSTILE_URLS: readonly string[] = [
  'javascript:window.__migPwned=1',
  'JAVASCRIPT:window.__migPwned=1',
  'JaVaScRiPt:window.__migPwned=1',
  ' javascript:window.__migPwned=1',
  'javascript :window.__migPwned=1',
  '\tjavascript:window.__migPwned=1',
  'java\tscript:window.__migPwned=1',
  'java\nscript:window.__migPwned=1',
  'java\rscript:window.__migPwned=1',
  '\u0000javascript:window.__migPwned=1',
  'javascript&colon;window.__migPwned=1',
  '&#106;avascript:window.__migPwned=1',
  'jav&#x09;ascript:window.__migPwned=1',
  'javascript://%0Awindow.__migPwned=1',
  'data:text/html,<script>window.__migPwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19taWdQd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'relative/path',
  '?query',
  '#fragment',
  'https://user:pass@example.org/',
  'https://exa mple.org/',
  'https:/\\evil.example',
  'http:evil.example',
  'blob:https://example.org/1',
];

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Any string, biased towards the hostile ones. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** A Text: a string, or language tags (and hostile keys) mapped to strings. */
export const textValue = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.constantFrom('en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'de', ...PROTOTYPE_KEYS), hostileString, {
      maxKeys: 4,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 42, true, [], ['x']) },
);

/** Dates: valid periods, roll-overs (2023-02-30), far out of range, other shapes. */
export const dateValue = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 3, arbitrary: fc.integer({ min: 1990, max: 2030 }).chain((year) => fc.integer({ min: 1, max: 12 }).map((month) => `${year}-${String(month).padStart(2, '0')}`)) },
  { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2030 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '2023-02-29',
      '2023-02-30',
      '2024-02-30',
      '2023-13',
      '2023-00',
      '2023-04-31',
      '2023-12-32',
      '0000',
      '0001-01-01',
      '1799-12-31',
      '2201',
      '9999-12-31',
      '275760-09-13',
      '-000001',
      '+275760-09-13',
      '2016-03-08T00:00:00Z',
      '2016-3-8',
      '20160308',
      '',
      null,
      20160308,
      Number.POSITIVE_INFINITY, // 1e309 in raw JSON
    ),
  },
);

/** Counts: ordinary, huge (summing past Number.MAX_VALUE), null, and not counts at all. */
export const countValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(null, 0, Number.MAX_VALUE, 1e308, 8e307, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 5e-324) },
  { weight: 2, arbitrary: fc.constantFrom(-1, -0, '120', '', 'NaN', Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, [], {}) },
);

export const latitude = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 40, max: 48, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -90, max: 90, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(90, -90, 0, -0, 91, -91, 180, Number.POSITIVE_INFINITY, Number.NaN, '44.8', null) },
);
export const longitude = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 13, max: 28, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -180, max: 180, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(180, -180, 0, 181, -181, 360, Number.POSITIVE_INFINITY, '20.4', null) },
);

export const urlValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 2, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', 42) },
);

export const idValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', ...PROTOTYPE_KEYS) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, 0, -1, 1.5, null, '', ' ', {}, 'x'.repeat(300)) },
);

/** Adds hostile keys (`__proto__` as an own key, as JSON.parse makes it) to a record. */
function withHostileKeys<T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(arbitrary, fc.subarray([...PROTOTYPE_KEYS]), fc.jsonValue({ maxDepth: 1 })).map(([record, keys, value]) => {
    const copy = { ...record } as Record<string, unknown>;
    for (const key of keys) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy as T;
  });
}

const optionalField = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

const meta = {
  title: optionalField(textValue),
  subtitle: optionalField(textValue),
  note: optionalField(textValue),
  source: optionalField(
    fc.oneof(
      fc.record({ name: textValue, url: optionalField(urlValue), date: optionalField(dateValue), licence: optionalField(textValue) }, { requiredKeys: ['name'] }),
      fc.array(fc.record({ name: textValue, url: optionalField(urlValue) }, { requiredKeys: ['name'] }), { maxLength: 3 }),
    ),
  ),
};

export const flowPoint = withHostileKeys(
  fc.record({ date: dateValue, value: countValue, estimate: optionalField(fc.oneof(fc.boolean(), fc.constantFrom('yes', 1, null))), note: optionalField(textValue) }, { requiredKeys: ['date', 'value'] }),
);

export const rawFlows = withHostileKeys(
  fc.record(
    {
      ...meta,
      unit: optionalField(textValue),
      interval: optionalField(fc.constantFrom('day', 'week', 'month', 'quarter', 'year', 'decade', null, 7)),
      stacked: optionalField(fc.oneof(fc.boolean(), fc.constantFrom(null, 'true'))),
      series: fc.array(
        withHostileKeys(
          fc.record(
            {
              id: optionalField(idValue),
              label: textValue,
              color: optionalField(fc.constantFrom('#0a5fa8', 'red', 'rgb(1,2,3)', 'url(javascript:alert(1))', 'red;background:url(x)', 'var(--x)', 'expression(alert(1))', '}</style><script>')),
              note: optionalField(textValue),
              points: fc.array(flowPoint, { maxLength: 30 }),
            },
            { requiredKeys: ['label', 'points'] },
          ),
        ),
        { maxLength: 5 },
      ),
      events: optionalField(
        fc.array(
          withHostileKeys(fc.record({ id: optionalField(idValue), date: dateValue, end: optionalField(dateValue), label: textValue, note: optionalField(textValue) }, { requiredKeys: ['date', 'label'] })),
          { maxLength: 5 },
        ),
      ),
    },
    { requiredKeys: ['series'] },
  ),
);

const snapshot = fc.record({ date: dateValue, occupancy: optionalField(countValue), capacity: optionalField(countValue) }, { requiredKeys: ['date'] });

export const rawCentres = withHostileKeys(
  fc.record(
    {
      ...meta,
      asOf: optionalField(dateValue),
      basemap: optionalField(fc.constantFrom('western-balkans', 'europe', 'https://example.org/x.json', 'javascript:alert(1)', '../../etc/passwd', 'none')),
      centres: fc.array(
        withHostileKeys(
          fc.record(
            {
              id: idValue,
              name: textValue,
              type: optionalField(fc.oneof(fc.constantFrom('asylum', 'Reception', 'TRANSIT', 'other'), hostileString)),
              lat: latitude,
              lon: longitude,
              capacity: optionalField(countValue),
              occupancy: optionalField(countValue),
              history: optionalField(fc.array(snapshot, { maxLength: 6 })),
              status: optionalField(fc.constantFrom('open', 'closed', 'standby', 'OPEN', 'gone', null)),
              url: optionalField(urlValue),
              note: optionalField(textValue),
            },
            { requiredKeys: ['id', 'name', 'lat', 'lon'] },
          ),
        ),
        { maxLength: 12 },
      ),
    },
    { requiredKeys: ['centres'] },
  ),
);

export const rawProjects = withHostileKeys(
  fc.record(
    {
      ...meta,
      projects: fc.array(
        withHostileKeys(
          fc.record(
            {
              id: idValue,
              title: textValue,
              status: optionalField(fc.oneof(fc.constantFrom('planned', 'active', 'completed', 'suspended', 'cancelled', 'Paused'), hostileString)),
              summary: optionalField(textValue),
              donors: optionalField(fc.array(textValue, { maxLength: 3 })),
              partners: optionalField(fc.array(textValue, { maxLength: 3 })),
              budget: optionalField(fc.record({ amount: countValue, currency: fc.constantFrom('EUR', 'usd', 'RSD', 'XXX', 'EU', '€', '<b>', null) })),
              start: optionalField(dateValue),
              end: optionalField(dateValue),
              country: optionalField(fc.constantFrom('RS', 'ba', 'XK', 'ZZ', 'SRB', '__', null, 7)),
              themes: optionalField(fc.array(textValue, { maxLength: 3 })),
              url: optionalField(urlValue),
              progress: optionalField(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(-0.1, 1.5, Number.NaN, '50%', null))),
            },
            { requiredKeys: ['id', 'title'] },
          ),
        ),
        { maxLength: 12 },
      ),
    },
    { requiredKeys: ['projects'] },
  ),
);

/** Every non-finite number and every string that prints one, with its path. */
export function nonFinite(value: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path || '/'} = ${value}`];
  if (typeof value === 'string') return /\bNaN\b|\bInfinity\b|∞|\bundefined\b|\[object /.test(value) && !HOSTILE_STRINGS.includes(value) ? [`${path || '/'} = ${JSON.stringify(value.slice(0, 80))}`] : [];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (ArrayBuffer.isView(value)) return [];
  if (value instanceof Map) return [...value.entries()].flatMap(([key, entry]) => nonFinite(entry, `${path}/${String(key)}`, seen));
  if (value instanceof Set) return [...value].flatMap((entry, index) => nonFinite(entry, `${path}/${index}`, seen));
  return Object.keys(value).flatMap((key) => nonFinite((value as Record<string, unknown>)[key], `${path}/${key}`, seen));
}

/** Whether `value` inherits nothing: no prototype, or only the validator's empty, frozen, prototype-less one. */
function inheritsNothing(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || (Object.getPrototypeOf(prototype) === null && Object.isFrozen(prototype) && Reflect.ownKeys(prototype).length === 0);
}

/** Whether every object in a validated dataset inherits nothing (arrays aside). */
export function prototypeProblems(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((entry, index) => prototypeProblems(entry, `${path}/${index}`));
  const problems = inheritsNothing(value) ? [] : [`${path || '/'} inherits from a prototype`];
  return problems.concat(Object.keys(value).flatMap((key) => prototypeProblems((value as Record<string, unknown>)[key], `${path}/${key}`)));
}

/** Resolve a JSON Pointer in `value`; `missing` when any step does not exist. */
export const MISSING = Symbol('missing');
export function resolvePointer(value: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return value;
  let node: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return MISSING;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Object.prototype, Array.prototype and Function.prototype as they are now, to compare later. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}
