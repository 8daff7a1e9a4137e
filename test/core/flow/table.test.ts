import { describe, expect, it } from 'vitest';
import { flowTable, periodIso, periodReadout, prepareFlows } from '../../../src/core/layout/flow/index.ts';
import { flows } from './fixtures.ts';

const data = flows({
  stacked: true,
  series: [
    { id: 'a', label: { en: 'Arrivals', 'sr-Latn': 'Dolasci' }, points: [{ date: '2016-01', value: 1200 }, { date: '2016-02', value: null }, { date: '2016-03', value: 3400.5, estimate: true }] },
    { id: 'b', label: 'B', points: [{ date: '2016-01', value: 7 }, { date: '2016-03', value: 8 }] },
  ],
});
const prepared = prepareFlows(data);

describe('flowTable', () => {
  it('has one row per period and one column per series, formatted for the locale', () => {
    const table = flowTable(prepared, 'en', 'Title');
    expect(table.columns.map((c) => c.label)).toEqual(['Period', 'Arrivals', 'B']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['January 2016', '1,200', '7'],
      ['February 2016', 'unknown', ''],
      ['March 2016', '3,400.5 (est.)', '8'],
    ]);
    expect(table.rows.map((r) => r.values)).toEqual([
      ['2016-01', 1200, 7],
      ['2016-02', null, null],
      ['2016-03', 3400.5, 8],
    ]);
    expect(table.caption).toBe('Title (est. = estimate)');
  });

  it('speaks the page language', () => {
    const table = flowTable(prepared, 'sr-Latn', 'Naslov');
    expect(table.columns[1]!.label).toBe('Dolasci');
    expect(table.rows[2]!.cells[1]).toBe('3.400,5 (proc.)');
    expect(table.rows[1]!.cells[1]).toBe('nepoznato');
  });

  it('writes period ids at the interval’s precision', () => {
    expect(periodIso(Date.UTC(2016, 2, 1), 'year')).toBe('2016');
    expect(periodIso(Date.UTC(2016, 2, 1), 'quarter')).toBe('2016-03');
    expect(periodIso(Date.UTC(2016, 2, 7), 'week')).toBe('2016-03-07');
  });
});

describe('periodReadout', () => {
  it('lists the shown series with values, a stacked total when every value is known, and a sentence', () => {
    const r = periodReadout(prepared, 2, 'en')!;
    expect(r.title).toBe('March 2016');
    expect(r.period).toBe('2016-03');
    expect(r.lines.map((l) => [l.id, l.value, l.estimate])).toEqual([
      ['a', '3,400.5 (est.)', true],
      ['b', '8', false],
    ]);
    expect(r.total?.value).toBe('3,408.5');
    expect(r.text).toBe('March 2016. Arrivals: 3,400.5 (est.); B: 8; Total: 3,408.5.');
  });

  it('has no total where a value is unknown, and leaves hidden series out', () => {
    expect(periodReadout(prepared, 1, 'en')!.total).toBeNull();
    expect(periodReadout(prepared, 0, 'en', new Set(['a']))!.lines.map((l) => l.id)).toEqual(['b']);
    expect(periodReadout(prepared, 9, 'en')).toBeNull();
  });
});
