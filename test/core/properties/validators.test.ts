/**
 * Properties of the three validators (README "Data contracts", promises 1, 2 and 4):
 * whatever JSON (or JavaScript value) comes in, the answer is a model or an error with a
 * JSON Pointer path, never a throw, never NaN or Infinity, never a prototype, and every
 * warning path points at a real place in the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowColumns, flowPoints, flowPointsFields, validateCentres, validateFlows, validateProjects } from '../../../src/core/data/contracts.ts';
import { periodStart } from '../../../src/core/data/dates.ts';
import { parseJsonText } from '../../../src/core/data/load.ts';
import { isSafeUrl } from '../../../src/core/data/schema.ts';
import type { Validation } from '../../../src/core/data/types.ts';
import {
  flowPoint as rawFlowPoint,
  HOSTILE_URLS,
  MISSING,
  nonFinite,
  prototypeProblems,
  prototypeSnapshot,
  rawCentres,
  rawFlows,
  rawProjects,
  resolvePointer,
  seedFromEnvironment,
} from './arbitraries.ts';

seedFromEnvironment();

const validators = {
  flows: validateFlows,
  centres: validateCentres,
  projects: validateProjects,
} as const;
const raws = { flows: rawFlows, centres: rawCentres, projects: rawProjects } as const;

const RUNS = 300;
const POINTER = /^\/(?:[^/]*(?:\/[^/]*)*)?$/;

/** The shared contract of a Validation, whatever the input. */
function checkValidation(result: Validation<unknown>, raw: unknown): void {
  expect(typeof result.ok).toBe('boolean');
  expect(Array.isArray(result.warnings)).toBe(true);
  for (const warning of result.warnings) {
    expect(typeof warning.code).toBe('string');
    expect(typeof warning.message).toBe('string');
    expect(warning.path, JSON.stringify(warning)).toMatch(POINTER);
    // The path names a place that exists in the input (a dropped row, a removed link …).
    if (warning.code !== 'more-warnings') expect(resolvePointer(raw, warning.path!), `${warning.code} ${warning.path}`).not.toBe(MISSING);
  }
  if (result.ok) {
    expect(nonFinite(result.value)).toEqual([]);
    expect(prototypeProblems(result.value)).toEqual([]);
  } else {
    expect(result.error.code).toMatch(/^(invalid-data|too-large)$/);
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.path).toMatch(POINTER);
  }
}

describe.each(Object.entries(validators))('%s validator', (name, validate) => {
  it('gives a model or an error for any JSON value, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        checkValidation(validate(raw) as Validation<unknown>, raw);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a model or an error for any JavaScript value (boxed, sparse, null-prototype …)', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withTypedArray: true, withDate: true, withBigInt: true }), (raw) => {
        const result = validate(raw) as Validation<unknown>;
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(nonFinite(result.value)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('turns hostile datasets into clean models: finite numbers, null prototypes, warnings with real paths', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(raws[name as keyof typeof raws] as fc.Arbitrary<unknown>, (raw) => {
        // Through JSON, as a fetched file would arrive (`__proto__` becomes an own key).
        const parsed = JSON.parse(JSON.stringify(raw) ?? 'null');
        checkValidation(validate(parsed) as Validation<unknown>, parsed);
        checkValidation(validate(raw) as Validation<unknown>, raw);
      }),
      { numRuns: RUNS },
    );
    expect(prototypeSnapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only the data\'s own fields, also on a page that polluted Object.prototype with their names', () => {
    const names = ['id', 'name', 'label', 'title', 'date', 'end', 'value', 'estimate', 'note', 'lat', 'lon', 'type', 'capacity', 'occupancy', 'status', 'url', 'history', 'donors', 'budget', 'amount', 'currency', 'start', 'color', 'source', 'series', 'points', 'events', 'centres', 'projects', 'asOf', 'basemap'];
    const samples = fc.sample(raws[name as keyof typeof raws] as fc.Arbitrary<unknown>, { numRuns: 100, seed: 7 }).map((raw) => JSON.parse(JSON.stringify(raw) ?? 'null'));
    const outcome = (raw: unknown) => JSON.stringify(validate(raw));
    const clean = samples.map(outcome);
    const prototype = Object.prototype as Record<string, unknown>;
    let polluted: string[];
    // Polluted only while validating: the test runner itself would trip over it.
    try {
      for (const key of names) prototype[key] = key === 'lat' || key === 'lon' || key === 'value' ? 1 : 'polluted';
      polluted = samples.map(outcome);
    } finally {
      for (const key of names) delete prototype[key];
    }
    expect(polluted).toEqual(clean);
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(raws[name as keyof typeof raws] as fc.Arbitrary<unknown>, (raw) => {
        const parsed = JSON.parse(JSON.stringify(raw) ?? 'null');
        expect(JSON.stringify(validate(parsed))).toBe(JSON.stringify(validate(JSON.parse(JSON.stringify(raw) ?? 'null'))));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps working when the input is frozen, or its getters throw', () => {
    const frozen = Object.freeze({ title: 'x', series: Object.freeze([]), centres: Object.freeze([]), projects: Object.freeze([]) });
    expect(validate(frozen).ok).toBe(true);
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    expect(() => validate(trap)).not.toThrow();
    expect(validate(trap).ok).toBe(false);
    const rowsTrap = { series: [trap], centres: [trap], projects: [trap] };
    expect(() => validate(rowsTrap)).not.toThrow();
  });
});

describe('raw JSON edge cases', () => {
  it('1e309 in raw JSON is Infinity, and is never accepted as a count', () => {
    const flows = parseJsonText('{"series":[{"id":"a","label":"A","points":[{"date":"2016-01","value":1e309},{"date":"2016-02","value":-1e309},{"date":"2016-03","value":5}]}]}');
    expect(flows.ok).toBe(true);
    const result = validateFlows(flows.ok ? flows.value : null);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.series[0]!.points.map((point) => point.value)).toEqual([5]);
    expect(result.warnings.map((warning) => warning.path)).toEqual(['/series/0/points/0/value', '/series/0/points/1/value']);
  });

  it('a budget of 1e309 or past the 10^15 cap drops its project with a path, so totals stay finite', () => {
    const raw = parseJsonText('{"projects":[{"id":"a","title":"A","budget":{"amount":1e309,"currency":"EUR"}},{"id":"b","title":"B","budget":{"amount":1.7e308,"currency":"EUR"}},{"id":"c","title":"C","budget":{"amount":9e14,"currency":"EUR"}},{"id":"d","title":"D","budget":{"amount":9e14,"currency":"EUR"}}]}');
    const result = validateProjects(raw.ok ? raw.value : null);
    expect(result.ok && result.value.projects.map((project) => project.id)).toEqual(['c', 'd']);
    expect(result.warnings.map((warning) => warning.path)).toEqual(['/projects/0/budget/amount', '/projects/1/budget/amount']);
  });

  it('deeply nested JSON is invalid-json or invalid-data, never a stack overflow thrown out', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const parsed = parseJsonText(text);
    if (parsed.ok) {
      for (const validate of Object.values(validators)) expect(validate(parsed.value)).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    } else expect(parsed.error.code).toBe('invalid-json');
    const nested = parseJsonText(`{"series":[{"label":"x","points":[],"note":${'{"en":'.repeat(5000)}"x"${'}'.repeat(5000)}}]}`);
    expect(nested.ok).toBe(true);
    if (nested.ok) expect(() => validateFlows(nested.value)).not.toThrow();
  });

  it('an empty dataset is valid and empty; a missing list is invalid-data with its path', () => {
    expect(validateFlows({ series: [] })).toMatchObject({ ok: true, value: { series: [] } });
    expect(validateCentres({ centres: [] })).toMatchObject({ ok: true, value: { centres: [] } });
    expect(validateProjects({ projects: [] })).toMatchObject({ ok: true, value: { projects: [] } });
    expect(validateFlows({})).toMatchObject({ ok: false, error: { code: 'invalid-data', path: '/series' } });
    expect(validateCentres({})).toMatchObject({ ok: false, error: { code: 'invalid-data', path: '/centres' } });
    expect(validateProjects({})).toMatchObject({ ok: false, error: { code: 'invalid-data', path: '/projects' } });
  });

  it('100,000 rows validate (timings are in the benchmark)', () => {
    const points = Array.from({ length: 100_000 }, (_, index) => ({ date: new Date(Date.UTC(1900, 0, 1 + index)).toISOString().slice(0, 10), value: index }));
    const flows = validateFlows({ series: [{ id: 's', label: 'S', points }] });
    expect(flows.ok && flows.value.series[0]!.points.length).toBe(100_000);
    const projects = validateProjects({ projects: Array.from({ length: 100_000 }, (_, index) => ({ id: index, title: `P${index}` })) });
    expect(projects.ok && projects.value.projects.length).toBe(100_000);
  });

  it('500,001 rows fail with too-large and a path', () => {
    const rows = new Array(500_001).fill(0);
    expect(validateProjects({ projects: rows })).toMatchObject({ ok: false, error: { code: 'too-large', path: '/projects' } });
  });

  it('out-of-order, repeated and rolled-over dates: sorted, repeats dropped, warnings point at the input row', () => {
    const raw = {
      series: [
        { id: 'x', label: 'X', points: [{ date: '2016-02-30', value: 1 }] },
        {
          id: 'a',
          label: 'A',
          points: [
            { date: 'bad', value: 1 },
            { date: '2016-03', value: 3 },
            { date: '2016-01', value: 1 },
            { date: '2016-03', value: 9 },
          ],
        },
        { id: 'a', label: 'again', points: [] },
      ],
    };
    const result = validateFlows(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.series.map((series) => series.id)).toEqual(['x', 'a']);
    expect(result.value.series[1]!.points.map((point) => point.date)).toEqual(['2016-01', '2016-03']);
    const paths = Object.fromEntries(result.warnings.map((warning) => [warning.code + (warning.path?.includes('/1/points/0') ? '-bad' : ''), warning.path]));
    expect(paths['duplicate-date']).toBe('/series/1/points/3');
    expect(paths['duplicate-id']).toBe('/series/2');
    for (const warning of result.warnings) expect(resolvePointer(raw, warning.path!)).not.toBe(MISSING);
  });

  it('a centre history with dropped and repeated rows warns at the input row', () => {
    const raw = {
      centres: [
        { id: 'bad', name: 'Bad', lat: 91, lon: 20 },
        { id: 'k', name: 'K', lat: 44.8, lon: 20.4, history: [{ date: 'x' }, { date: '2016-01', occupancy: 5 }, { date: '2016-01', occupancy: 6 }] },
      ],
    };
    const result = validateCentres(raw);
    expect(result.warnings.map((warning) => warning.path)).toEqual(['/centres/0/lat', '/centres/1/history/0/date', '/centres/1/history/2']);
  });
});

describe('link safety', () => {
  it('refuses every hostile URL variant', () => {
    for (const url of HOSTILE_URLS) expect(isSafeUrl(url), url).toBe(false);
  });

  it('accepts only http(s) URLs that the URL parser agrees are http(s), for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl(), fc.constantFrom(...HOSTILE_URLS)), (value) => {
        if (!isSafeUrl(value)) return;
        const url = new URL(value);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.hostname).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps validated links only when safe, in every contract', () => {
    fc.assert(
      fc.property(rawProjects, rawCentres, (projects, centres) => {
        const a = validateProjects(JSON.parse(JSON.stringify(projects)));
        const b = validateCentres(JSON.parse(JSON.stringify(centres)));
        const urls = [
          ...(a.ok ? a.value.projects.map((project) => project.url) : []),
          ...(a.ok ? a.value.source.map((source) => source.url) : []),
          ...(b.ok ? b.value.centres.map((centre) => centre.url) : []),
        ].filter((url): url is string => url !== undefined);
        for (const url of urls) expect(isSafeUrl(url), url).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the fast path for flow points', () => {
  /** What a schema makes of a series' points: the values (with their prototypes) or the failure, and the warnings. */
  const outcome = (parse: () => unknown[], warnings: unknown[]) => {
    try {
      const points = parse();
      return { points: JSON.stringify(points), prototypes: points.map((point) => Object.getPrototypeOf(Object.getPrototypeOf(point))), warnings };
    } catch (error) {
      return { error: String(error), warnings };
    }
  };
  const rawPoints = fc.oneof(
    fc.array(rawFlowPoint, { maxLength: 20 }),
    fc.array(fc.record({ date: fc.constantFrom('2016-01-01', '2016-02-30', '2016', '2016-13', 2016), value: fc.constantFrom(0, 5, null, -1, 'x') }), { maxLength: 20 }),
    fc.anything(),
  );
  it('gives exactly what the full schema gives, for any points', () => {
    fc.assert(
      fc.property(rawPoints, (raw) => {
        const rows = JSON.parse(JSON.stringify(raw) ?? 'null');
        const fast: unknown[] = [];
        const full: unknown[] = [];
        expect(outcome(() => flowPoints.parse(rows, { warnings: fast as never[] }), fast)).toEqual(
          outcome(() => flowPointsFields.parse(rows, { warnings: full as never[] }), full),
        );
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps every point it read as columns, and says whether the dates increase', () => {
    fc.assert(
      fc.property(fc.array(rawFlowPoint, { maxLength: 20 }), (raw) => {
        const points = flowPoints.parse(JSON.parse(JSON.stringify(raw)), { warnings: [] });
        const columns = flowColumns.get(points);
        if (!columns) return;
        const times = points.map((point) => periodStart(point.date));
        expect([...columns.times]).toEqual(times);
        expect([...columns.values]).toEqual(points.map((point) => point.value ?? Number.NaN));
        expect([...columns.estimate]).toEqual(points.map((point) => (point.estimate ? 1 : 0)));
        expect(columns.increasing).toBe(times.every((time, i) => i === 0 || time > times[i - 1]!));
      }),
      { numRuns: 500 },
    );
    const clean = flowPoints.parse([{ date: '2016-01', value: 1 }, { date: '2016-02', value: null, estimate: true }], { warnings: [] });
    expect(flowColumns.get(clean)).toEqual({
      times: new Float64Array([Date.UTC(2016, 0, 1), Date.UTC(2016, 1, 1)]),
      values: new Float64Array([1, Number.NaN]),
      estimate: new Uint8Array([0, 1]),
      increasing: true,
      stats: { peak: 0, peakValue: 1, total: 1, known: 1, unknown: 1, estimates: 1 },
    });
    const unsorted = flowPoints.parse([{ date: '2016-02', value: 1 }, { date: '2016-01', value: 2 }], { warnings: [] });
    expect(flowColumns.get(unsorted)?.increasing).toBe(false);
  });
  it('reads only the points\' own fields, also from other prototypes and on a page that polluted Object.prototype', () => {
    const both = (rows: unknown[]) => {
      const fast: unknown[] = [];
      const full: unknown[] = [];
      return [outcome(() => flowPoints.parse(rows, { warnings: fast as never[] }), fast), outcome(() => flowPointsFields.parse(rows, { warnings: full as never[] }), full)];
    };
    // A row whose value is inherited has no value of its own: it is left out, not read as 7.
    const inherited = Object.assign(Object.create({ value: 7 }), { date: '2016-01' });
    const [fromPrototypes, fromPrototypesFull] = both([{ date: '2016-01', value: 1 }, inherited, Object.assign(Object.create(null), { date: '2016-02', value: 2 })]);
    expect(fromPrototypes).toEqual(fromPrototypesFull);
    expect(fromPrototypes).toMatchObject({ points: '[{"date":"2016-01","value":1,"estimate":false},{"date":"2016-02","value":2,"estimate":false}]' });
    // Polluted only while parsing: the test runner itself would trip over it.
    const prototype = Object.prototype as Record<string, unknown>;
    let polluted: ReturnType<typeof both>;
    try {
      prototype.value = 9;
      prototype.estimate = true;
      polluted = both([{ date: '2016-01' }, { date: '2016-02', value: 3 }]);
    } finally {
      delete prototype.value;
      delete prototype.estimate;
    }
    expect(polluted[0]).toEqual(polluted[1]);
    expect(polluted[0]).toMatchObject({ points: '[{"date":"2016-02","value":3,"estimate":false}]' });
  });

});
