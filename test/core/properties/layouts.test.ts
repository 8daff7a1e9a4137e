/**
 * Properties of the three layouts (dataset + size → plain model): for any dataset the
 * validator accepts, at any size and in any language, the model holds only finite numbers,
 * its path strings and texts never print NaN, Infinity or undefined, and nothing throws.
 * Also: the same model in every time zone (README promise 7), switched inside this process.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCentres, validateFlows, validateProjects } from '../../../src/core/data/contracts.ts';
import type { CentresData, FlowsData, ProjectsData } from '../../../src/core/data/types.ts';
import {
  boardFacts,
  boardSummary,
  boardTable,
  budgetTotals,
  createBoardQuery,
  indexProjects,
  parseSort,
  parseStatuses,
  projectCard,
} from '../../../src/core/layout/board/index.ts';
import { flowFacts, flowSummaryText, flowTable, layoutFlows, prepareFlows } from '../../../src/core/layout/flow/index.ts';
import { layoutCentres, layoutFrame } from '../../../src/core/layout/map/model.ts';
import { mapFacts, mapSummary } from '../../../src/core/layout/map/summary.ts';
import { mapTable } from '../../../src/core/layout/map/table.ts';
import { boardMessages } from '../../../src/core/text/messages/board.ts';
import { messagesFor } from '../../../src/core/text/messages/catalogue.ts';
import { nonFinite, rawCentres, rawFlows, rawProjects, seedFromEnvironment } from './arbitraries.ts';

seedFromEnvironment();

const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'ar', 'de', 'he'] as const;
const size = fc.record({
  width: fc.oneof(fc.integer({ min: 0, max: 1600 }), fc.constantFrom(320, 1, 0, -5, 0.5, 10_000)),
  height: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(240, 1, 0, -5)),
  locale: fc.constantFrom(...LOCALES),
});

/** Validated datasets, from hostile raw input (only those the validator accepts). */
const flows = rawFlows.map((raw) => validateFlows(JSON.parse(JSON.stringify(raw)))).filter((result) => result.ok).map((result) => (result as { value: FlowsData }).value);
const centres = rawCentres.map((raw) => validateCentres(JSON.parse(JSON.stringify(raw)))).filter((result) => result.ok).map((result) => (result as { value: CentresData }).value);
const projects = rawProjects.map((raw) => validateProjects(JSON.parse(JSON.stringify(raw)))).filter((result) => result.ok).map((result) => (result as { value: ProjectsData }).value);

/** Huge counts: sums pass Number.MAX_VALUE when stacked or totalled. */
const HUGE = [Number.MAX_VALUE, 1.7e308, 1e308, 9e307];

function flowModel(data: FlowsData, width: number, height: number, locale: string) {
  const prepared = prepareFlows(data);
  const model = layoutFlows(prepared, { width, height, locale });
  const { x: _x, y: _y, overview, ...rest } = model;
  const table = flowTable(prepared, locale, 'caption');
  const summary = flowSummaryText(prepared, flowFacts(prepared), locale);
  const ticks = { x: model.x.domain().map(Number), xr: model.x.range(), y: model.y.domain(), yr: model.y.range() };
  return { rest, overview: overview && { ...overview, x: overview.x.domain().map(Number) }, table: { ...table, rows: table.rows.map((row) => ({ ...row, values: row.values.filter((value) => value !== null) })) }, summary, ticks };
}

function boardModel(data: ProjectsData, locale: string) {
  const m = messagesFor(boardMessages, locale);
  const index = indexProjects(data, locale);
  const today = Date.UTC(2017, 5, 1);
  const entries = createBoardQuery()(index, { statuses: parseStatuses(null), donor: '', country: '', theme: '', query: '' }, parseSort('-budget'));
  const cards = entries.map((entry) => projectCard(entry.project, locale, today, m));
  const table = boardTable(
    entries.map((entry, i) => ({ project: entry.project, card: cards[i]! })),
    'caption',
    locale,
    m,
  );
  const summary = boardSummary(boardFacts(entries.map((entry) => entry.project), index.entries.length, false, locale), locale, m);
  return { cards, table, summary, totals: budgetTotals(data.projects).map((total) => ({ ...total, amount: Number.isFinite(total.amount) ? total.amount : String(total.amount) })) };
}

function mapModel(data: CentresData, width: number, height: number | undefined, locale: string) {
  const frame = layoutFrame(data, { width, height, locale, basemap: 'auto' });
  const model = layoutCentres(data, frame, { locale });
  const { projection: _projection, basemap: _basemap, size: _size, ...frameRest } = frame;
  const summary = mapSummary(mapFacts(model), locale);
  const table = mapTable(model, locale);
  return {
    frame: { ...frameRest, positions: [...frame.positions.values()] },
    markers: model.markers,
    labels: model.labels,
    countryLabels: model.countryLabels,
    summary,
    table: { ...table, rows: table.rows.map((row) => ({ ...row, values: row.values.filter((value) => value !== null) })) },
  };
}

describe('flow timeline layout', () => {
  it('any accepted dataset, any size, any language: finite numbers, paths without NaN', () => {
    fc.assert(
      fc.property(flows, size, (data, { width, height, locale }) => {
        expect(nonFinite(flowModel(data, width, height, locale))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('counts each series while preparing it as a recount of its values would, and scales to its peak', () => {
    fc.assert(
      fc.property(flows, (data) => {
        const prepared = prepareFlows(data);
        // Counted by preparing, and (for validated data) while validation read the points.
        const validated = validateFlows(JSON.parse(JSON.stringify(data)));
        for (const s of [...prepared.series, ...(validated.ok ? prepareFlows(validated.value).series : [])]) {
          const known = [...s.values].filter((value) => !Number.isNaN(value));
          const peak = known.length ? Math.max(...known) : null;
          expect(s.stats).toEqual({
            peak: peak === null ? -1 : [...s.values].indexOf(peak),
            peakValue: peak ?? Number.NEGATIVE_INFINITY,
            total: known.reduce((sum, value) => sum + value, 0),
            known: known.length,
            unknown: s.values.length - known.length,
            estimates: [...s.estimate].filter(Boolean).length,
          });
        }
        if (!data.stacked && prepared.periods.length) {
          const model = layoutFlows(prepared, { width: 640, height: 360, locale: 'en' });
          const highest = Math.max(0, ...prepared.series.flatMap((s) => [...s.values].filter((value) => !Number.isNaN(value))));
          expect(model.y.domain()[1]).toBeGreaterThanOrEqual(highest);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stacked series whose sums pass Number.MAX_VALUE still give finite coordinates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HUGE), { minLength: 2, maxLength: 4 }), fc.boolean(), (values, stacked) => {
        const result = validateFlows({
          stacked,
          series: values.map((value, index) => ({
            id: `s${index}`,
            label: `S${index}`,
            points: [
              { date: '2016-01', value },
              { date: '2016-02', value: index ? value : null },
              { date: '2016-03', value: 0 },
            ],
          })),
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(nonFinite(flowModel(result.value, 640, 360, 'en'))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('project board model', () => {
  it('any accepted dataset, any language: card, table and summary texts never print NaN or Infinity', () => {
    fc.assert(
      fc.property(projects, fc.constantFrom(...LOCALES), (data, locale) => {
        expect(nonFinite(boardModel(data, locale))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('budgets summing past Number.MAX_VALUE: totals are never drawn as NaN or Infinity', () => {
    const result = validateProjects({
      projects: HUGE.map((amount, index) => ({ id: `p${index}`, title: `P${index}`, budget: { amount, currency: 'EUR' } })),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const model = boardModel(result.value, 'en');
    expect(nonFinite(model)).toEqual([]);
    // The budget sentence names an amount (it must not print an empty slot).
    expect(model.summary).not.toMatch(/:\s+for \d/);
  });
});

describe('centre map model', () => {
  it('any accepted dataset, any size, any language: finite positions and radii, paths without NaN', () => {
    fc.assert(
      fc.property(centres, size, fc.boolean(), (data, { width, height, locale }, fixedHeight) => {
        expect(nonFinite(mapModel(data, width, fixedHeight ? height : undefined, locale))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('huge occupancies and capacities, zero capacity, coordinates on the edges of the world', () => {
    const result = validateCentres({
      centres: [
        { id: 'a', name: 'A', lat: 90, lon: 180, capacity: Number.MAX_VALUE, occupancy: Number.MAX_VALUE },
        { id: 'b', name: 'B', lat: -90, lon: -180, capacity: 0, occupancy: 1e308 },
        { id: 'c', name: 'C', lat: 0, lon: 0, capacity: 5e-324, occupancy: 0 },
        { id: 'd', name: 'D', lat: 44.8, lon: 20.4, capacity: null, occupancy: null, history: [{ date: '2016-01', occupancy: 1e308, capacity: 0 }] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const width of [1, 320, 1200]) {
      const model = mapModel(result.value, width, undefined, 'en');
      expect(nonFinite(model)).toEqual([]);
      // Every formatted rate fills its slot ("(98% of capacity)", never "( of capacity)").
      expect(model.summary).not.toMatch(/\(\s/);
    }
  });

  it('a centre on a pole (lat ±90, inside the contract) keeps every coordinate finite', () => {
    for (const lat of [90, -90]) {
      const result = validateCentres({ centres: [{ id: 'a', name: 'A', lat, lon: 0 }, { id: 'b', name: 'B', lat: 44.8, lon: 20.4, occupancy: 5, capacity: 10 }] });
      expect(result.ok).toBe(true);
      if (result.ok) expect(nonFinite(mapModel(result.value, 320, undefined, 'en')), `lat ${lat}`).toEqual([]);
    }
  });

  it('a tiny positive capacity (5e-324) never gives an infinite occupancy rate', () => {
    const result = validateCentres({ centres: [{ id: 'a', name: 'A', lat: 44.8, lon: 20.4, capacity: 5e-324, occupancy: 1 }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const model = mapModel(result.value, 480, undefined, 'en');
    expect(nonFinite(model)).toEqual([]);
    expect(model.summary).not.toMatch(/\(\s/);
  });

  it('a single centre, or all centres on one point, gives a usable frame', () => {
    for (const list of [[{ id: 'a', name: 'A', lat: 44.8, lon: 20.4 }], [{ id: 'a', name: 'A', lat: 44.8, lon: 20.4 }, { id: 'b', name: 'B', lat: 44.8, lon: 20.4 }]]) {
      const result = validateCentres({ centres: list });
      if (result.ok) expect(nonFinite(mapModel(result.value, 480, undefined, 'en'))).toEqual([]);
    }
  });
});

describe('same picture in every time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kathmandu', 'Europe/Belgrade'];

  function inEveryZone(make: () => unknown): string[] {
    return ZONES.map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(make());
    });
  }

  it('time zone changes really apply in this process (the check below is not vacuous)', () => {
    const offsets = ZONES.map((zone) => {
      process.env.TZ = zone;
      return new Date(Date.UTC(2016, 0, 1)).getTimezoneOffset();
    });
    expect(new Set(offsets).size).toBeGreaterThan(3);
  });

  it('validators, flow, board and map models are identical in every zone', () => {
    fc.assert(
      fc.property(rawFlows, rawProjects, rawCentres, fc.constantFrom(...LOCALES), (rawF, rawP, rawC, locale) => {
        const f = JSON.parse(JSON.stringify(rawF));
        const p = JSON.parse(JSON.stringify(rawP));
        const c = JSON.parse(JSON.stringify(rawC));
        const outputs = inEveryZone(() => {
          const vf = validateFlows(f);
          const vp = validateProjects(p);
          const vc = validateCentres(c);
          return {
            vf,
            vp,
            vc,
            flow: vf.ok ? flowModel(vf.value, 640, 360, locale) : null,
            board: vp.ok ? boardModel(vp.value, locale) : null,
            map: vc.ok ? mapModel(vc.value, 480, undefined, locale) : null,
          };
        });
        for (const output of outputs) expect(output).toBe(outputs[0]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
