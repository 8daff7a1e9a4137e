import { describe, expect, it } from 'vitest';
import { GROUP_SQUARE, lookOf, markerAt, markerGroups } from '../../../src/core/layout/map/dense.ts';
import type { MarkerModel } from '../../../src/core/layout/map/model.ts';
import { symbolPath } from '../../../src/core/layout/map/scales.ts';

const marker = (id: string, x: number, y: number, r: number, extra: Partial<MarkerModel> = {}): MarkerModel => ({
  id,
  name: id,
  type: 'asylum',
  kind: 'asylum',
  status: 'open',
  x,
  y,
  r,
  path: '',
  occupancy: 10,
  capacity: 20,
  rate: 0.5,
  rateClass: 'r1',
  over: false,
  capacityIssue: null,
  known: true,
  lon: x,
  ...extra,
});

describe('markerGroups', () => {
  it('draws one path per look, hollow outlines first and over capacity last', () => {
    const groups = markerGroups([
      marker('a', 10, 10, 8, { rateClass: 'over', over: true }),
      marker('b', 20, 20, 6, { status: 'closed' }),
      marker('c', 30, 30, 4),
      marker('d', 40, 40, 3),
    ]);
    expect(groups.map((group) => [group.look, group.count])).toEqual([
      ['closed', 1],
      ['r1', 2],
      ['over', 1],
    ]);
  });

  it('places each symbol at its centre with the same shape as a single symbol', () => {
    const [square] = markerGroups([marker('a', 100, 50, 10, { kind: 'reception' })]);
    const single = symbolPath('reception', 10); // M-8.86,-8.86h17.72v17.72h-17.72Z: the same outline, moved
    const half = Number(single.match(/^M(-?[\d.]+)/)![1]);
    expect(square!.d).toBe(`M${Math.round((100 + half) * 10) / 10},${Math.round((50 + half) * 10) / 10}h17.7v17.7h-17.7Z`);
    const [circle] = markerGroups([marker('a', 100, 50, 10)]);
    expect(circle!.d).toBe('M110,50a10,10,0,1,1,-20,0a10,10,0,1,1,20,0');
  });

  it('cuts each look into squares of the map, every symbol drawn once', () => {
    const far = GROUP_SQUARE * 3;
    const groups = markerGroups([marker('a', 10, 10, 4), marker('b', far, 10, 4), marker('c', 10, far, 4), marker('d', 20, 20, 3)]);
    expect(groups.map((group) => [group.look, group.count])).toEqual([
      ['r1', 2],
      ['r1', 1],
      ['r1', 1],
    ]);
  });

  it('keeps a smaller symbol above a larger one it touches across the edge of a square', () => {
    // The larger symbol's square comes after the smaller one's: a later layer keeps the order.
    const edge = GROUP_SQUARE;
    const groups = markerGroups([marker('big', edge + 4, 50, 10), marker('small', edge - 4, 50, 3), marker('apart', 20, 50, 3)]);
    const pathOf = (x: number) => groups.findIndex((group) => group.d.startsWith(`M${x},`));
    expect(pathOf(edge + 14)).toBeLessThan(pathOf(edge - 1));
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(3);
    // Symbols that touch nothing across an edge share the first layer with their square.
    expect(groups.find((group) => group.d.startsWith('M23,'))!.count).toBe(1);
    expect(pathOf(23)).toBeLessThan(pathOf(edge - 1));
  });

  it('tells looks apart by status first', () => {
    expect(lookOf({ known: false, status: 'open', rateClass: 'r1' })).toBe('nodata');
    expect(lookOf({ known: true, status: 'standby', rateClass: 'over' })).toBe('standby');
    expect(lookOf({ known: true, status: 'open', rateClass: 'over' })).toBe('over');
  });
});

describe('markerAt', () => {
  it('finds the symbol drawn on top under the point', () => {
    const markers = [marker('big', 50, 50, 20), marker('small', 55, 50, 5), marker('over', 45, 50, 6, { rateClass: 'over', over: true })];
    expect(markerAt(markers, 55, 50)!.id).toBe('small');
    expect(markerAt(markers, 45, 50)!.id).toBe('over');
    expect(markerAt(markers, 50, 65)!.id).toBe('big');
    expect(markerAt(markers, 200, 200)).toBeNull();
  });

  it('gives tiny symbols a target of a few pixels', () => {
    expect(markerAt([marker('tiny', 10, 10, 1)], 13, 10)!.id).toBe('tiny');
  });
});
