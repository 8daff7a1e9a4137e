import { describe, expect, it } from 'vitest';
import { centreKind, maxRadius, MIN_RADIUS, radiusFor, roundDown, sizeLegendValues, sizeScale, symbolPath } from '../../../src/core/layout/map/scales.ts';

/** Area of a closed polygon path of M, L, h and v commands (shoelace). */
function pathArea(d: string): number {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLhvZ])([^MLhvZ]*)/g)) {
    const values = (args ?? '').split(/[ ,]/).filter(Boolean).map(Number);
    if (command === 'M' || command === 'L') [x, y] = values as [number, number];
    else if (command === 'h') x += values[0]!;
    else if (command === 'v') y += values[0]!;
    else continue;
    points.push([x, y]);
  }
  let area = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    area += x0 * y1 - x1 * y0;
  });
  return Math.abs(area / 2);
}

describe('size scale', () => {
  it('makes area proportional to occupancy', () => {
    const scale = sizeScale(1000, 30);
    expect(scale(1000)).toBe(30);
    expect(scale(0)).toBe(0);
    const ratio = scale(250) ** 2 / scale(1000) ** 2;
    expect(ratio).toBeCloseTo(0.25);
  });

  it('keeps tiny and unknown occupancy visible at the minimum radius', () => {
    const scale = sizeScale(1000, 30);
    expect(radiusFor(scale, 0)).toBe(MIN_RADIUS);
    expect(radiusFor(scale, null)).toBe(MIN_RADIUS);
    expect(radiusFor(scale, 1000)).toBe(30);
  });

  it('copes with no occupancy at all', () => {
    expect(sizeScale(0, 30)(0)).toBe(0);
  });

  it('shrinks symbols as centres crowd the map', () => {
    expect(maxRadius(640, 480, 18)).toBeGreaterThan(maxRadius(640, 480, 500));
    expect(maxRadius(640, 480, 500)).toBeGreaterThan(maxRadius(640, 480, 5000) - 0.001);
    expect(maxRadius(320, 320, 18)).toBeLessThan(maxRadius(1000, 700, 18));
  });
});

describe('size legend', () => {
  it('uses round values under the largest occupancy, each visibly smaller', () => {
    const scale = sizeScale(980, 30);
    expect(sizeLegendValues(980, scale)).toEqual([500, 100, 20]);
    expect(sizeLegendValues(7_561, sizeScale(7_561, 30))).toEqual([5000, 1000, 200]);
  });

  it('drops values whose symbol would be too small to tell apart', () => {
    expect(sizeLegendValues(12, sizeScale(12, 10))).toEqual([10, 2]);
    expect(sizeLegendValues(0, sizeScale(0, 10))).toEqual([]);
  });

  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([1, 3, 7, 19, 20, 49, 51, 999, 1000, 0.3].map(roundDown)).toEqual([1, 2, 5, 10, 20, 20, 50, 500, 1000, 1]);
  });
});

describe('symbols', () => {
  it('have the area of a circle of the radius, whatever the shape', () => {
    for (const kind of ['reception', 'transit', 'other'] as const) {
      expect(pathArea(symbolPath(kind, 10)) / (Math.PI * 100)).toBeCloseTo(1, 1);
    }
    expect(symbolPath('asylum', 10)).toMatch(/A10,10/);
  });

  it('tell known types apart and draw any other type as other', () => {
    expect(['asylum', 'reception', 'transit', 'detention', '', 'other'].map(centreKind)).toEqual([
      'asylum',
      'reception',
      'transit',
      'other',
      'other',
      'other',
    ]);
    expect(new Set(['asylum', 'reception', 'transit', 'other'].map((kind) => symbolPath(kind as never, 8).replace(/[\d.-]/g, ''))).size).toBe(4);
  });
});
