import { describe, expect, it } from 'vitest';
import { CONTRACTS, validateCentres, validateFlows, validateProjects } from '../../../src/core/data/contracts.ts';
import { isSafeUrl } from '../../../src/core/data/schema.ts';

const flows = (points: unknown[], extra: Record<string, unknown> = {}) => ({
  title: { en: 'Arrivals', 'sr-Latn': 'Dolasci' },
  series: [{ id: 'registered', label: 'Registered', points }],
  ...extra,
});

describe('validateFlows', () => {
  it('accepts the contract example into fresh objects that inherit nothing, with defaults', () => {
    const result = validateFlows(
      flows([
        { date: '2015-07', value: 29037 },
        { date: '2015-11', value: 150148, estimate: true },
        { date: '2016-02', value: null },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const object of [result.value, result.value.series[0]!, result.value.series[0]!.points[0]!]) {
      expect(Object.getPrototypeOf(Object.getPrototypeOf(object))).toBe(null);
      expect(Object.isFrozen(Object.getPrototypeOf(object))).toBe(true);
      for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(inherited in object).toBe(false);
    }
    expect(result.value.stacked).toBe(false);
    expect(result.value.events).toEqual([]);
    expect(result.value.source).toEqual([]);
    expect(result.value.series[0]!.points.map((point) => [point.date, point.value, point.estimate])).toEqual([
      ['2015-07', 29037, false],
      ['2015-11', 150148, true],
      ['2016-02', null, false],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects impossible dates such as 2023-02-30 with the path of the row', () => {
    const result = validateFlows(flows([{ date: '2023-02-30', value: 1 }, { date: '2023-02-28', value: 2 }]));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'dropped-row', path: '/series/0/points/0/date' })]);
    if (result.ok) expect(result.value.series[0]!.points.map((point) => point.date)).toEqual(['2023-02-28']);
  });

  it.each([
    ['negative', -1],
    ['a string', '120'],
    ['Infinity (1e309 in raw JSON)', JSON.parse('1e309')],
    ['NaN', Number.NaN],
  ])('rejects a count that is %s', (_name, value) => {
    const result = validateFlows(flows([{ date: '2016-01', value }]));
    expect(result.warnings[0]).toMatchObject({ code: 'dropped-row', path: '/series/0/points/0/value' });
  });

  it('fails with invalid-data and a JSON path when the structure is wrong', () => {
    expect(validateFlows({ series: 'none' })).toMatchObject({ ok: false, error: { code: 'invalid-data', path: '/series' } });
    expect(validateFlows(null)).toMatchObject({ ok: false, error: { code: 'invalid-data', path: '/' } });
    expect(validateFlows([])).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(validateFlows(flows([], { stacked: 'yes' }))).toMatchObject({ ok: false, error: { path: '/stacked' } });
  });

  it('sorts points, drops repeated dates and ids with warnings', () => {
    const result = validateFlows({
      series: [
        { id: 'a', label: 'A', points: [{ date: '2016-03', value: 3 }, { date: '2016-01', value: 1 }, { date: '2016-01', value: 9 }] },
        { id: 'a', label: 'again', points: [] },
      ],
    });
    expect(result.ok && result.value.series.length).toBe(1);
    if (result.ok) expect(result.value.series[0]!.points.map((point) => point.value)).toEqual([1, 3]);
    expect(result.warnings.map((warning) => warning.code).sort()).toEqual(['duplicate-date', 'duplicate-id']);
  });

  it('rejects an event that ends before it starts', () => {
    const result = validateFlows(flows([], { events: [{ date: '2016-03-20', end: '2016-03-08', label: 'Route closes' }] }));
    expect(result.warnings[0]).toMatchObject({ path: '/events/0/end' });
  });

  it('ignores __proto__, constructor and prototype keys without touching prototypes', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "series": [{"id": "toString", "label": {"en": "x", "__proto__": "y"}, "points": []}]}');
    const result = validateFlows(raw);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.keys(result.value)).not.toContain('__proto__');
      expect(Object.keys(result.value.series[0]!.label)).toEqual(['en']);
      expect(result.value.series[0]!.id).toBe('toString');
    }
  });

  it('accepts only safe CSS colours for series', () => {
    const result = validateFlows({ series: [{ label: 'x', color: 'red;background:url(x)', points: [] }, { label: 'y', color: '#0a5fa8', points: [] }] });
    expect(result.ok && result.value.series.map((series) => series.color)).toEqual(['#0a5fa8']);
  });
});

describe('validateCentres', () => {
  it('keeps unknown capacity as null and lower-cases type; rejects coordinates out of range', () => {
    const result = validateCentres({
      centres: [
        { id: 'krnjaca', name: 'Krnjača', type: 'Asylum', lat: 44.804, lon: 20.465, occupancy: 980 },
        { id: 'bad', name: 'Bad', lat: 144, lon: 20 },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.centres).toHaveLength(1);
    expect(result.value.centres[0]).toMatchObject({ type: 'asylum', capacity: null, occupancy: 980, status: 'open', history: [] });
    expect(result.warnings[0]).toMatchObject({ path: '/centres/1/lat' });
  });
});

describe('defaults', () => {
  it('a default shared by rows (an empty list) cannot be changed through one row, nor leak into later datasets', () => {
    const first = validateProjects({ projects: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(() => first.value.projects[0]!.donors.push('Leaked donor')).toThrow(TypeError);
    const later = validateCentres({ centres: [{ id: 'c', name: 'C', lat: 44, lon: 20 }] });
    const again = validateProjects({ projects: [{ id: 'c', title: 'C' }] });
    expect(again.ok && again.value.projects[0]!.donors).toEqual([]);
    expect(first.value.projects[1]!.donors).toEqual([]);
    expect(later.ok && later.value.centres[0]!.history).toEqual([]);
  });
});

describe('validateProjects', () => {
  it('drops unsafe links with a warning and keeps the project', () => {
    const result = validateProjects({
      projects: [
        { id: 'a', title: 'A', url: 'javascript:alert(1)' },
        { id: 'b', title: 'B', url: 'https://serbia.iom.int/' },
        { id: 'c', title: 'C', status: 'Paused', budget: { amount: 10, currency: 'eur' } },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.projects.map((project) => project.url)).toEqual([undefined, 'https://serbia.iom.int/', undefined]);
    expect(result.value.projects[2]).toMatchObject({ status: 'paused', budget: { currency: 'EUR' } });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'unsafe-url', path: '/projects/0/url' })]);
  });

  it('gives full paths to warnings and failures however deep, also inside a row that is then left out', () => {
    const result = validateProjects({
      projects: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B', url: 'ftp://example.org/', progress: 2 },
        { id: 'c', title: { en: 'C', sr: 42 } },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'unsafe-url', path: '/projects/1/url' }),
      expect.objectContaining({ code: 'dropped-row', path: '/projects/1/progress' }),
      expect.objectContaining({ code: 'dropped-row', path: '/projects/2/title/sr' }),
    ]);
    const failed = validateProjects({ title: { en: 'Projects', 'sr-Cyrl': 1 }, projects: [] });
    expect(failed).toMatchObject({ ok: false, error: { path: '/title/sr-Cyrl' } });
  });
});

describe('isSafeUrl', () => {
  it.each(['https://serbia.iom.int/', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG'])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://user:pass@example.org/',
    'https://exa mple.org',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('JSON Schemas', () => {
  it('describe every contract from the validator definitions', () => {
    const flowsSchema = CONTRACTS.flows.jsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(flowsSchema.required).toEqual(['series']);
    expect(Object.keys(flowsSchema.properties)).toEqual(expect.arrayContaining(['title', 'unit', 'interval', 'stacked', 'series', 'events', 'source']));
    expect((CONTRACTS.centres.jsonSchema() as { required: string[] }).required).toEqual(['centres']);
    expect((CONTRACTS.projects.jsonSchema() as { required: string[] }).required).toEqual(['projects']);
  });
});
