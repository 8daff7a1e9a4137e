import { describe, expect, it } from 'vitest';
import {
  CENTRE_KINDS,
  centreKind,
  maxRadius,
  MIN_RADIUS,
  radiusFor,
  roundDown,
  sizeLegendValues,
  sizeScale,
  symbolOutline,
  symbolPath,
} from '../../../src/core/layout/map/scales.ts';

/** Area of a closed polygon path of M, L, l, h and v commands (shoelace). */
function pathArea(d: string): number {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlhvZ])([^MLlhvZ]*)/g)) {
    const values = (args ?? '').split(/[ ,]/).filter(Boolean).map(Number);
    if (command === 'M' || command === 'L') [x, y] = values as [number, number];
    else if (command === 'l') [x, y] = [x + values[0]!, y + values[1]!];
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
    expect(symbolPath('asylum', 10)).toBe('M10,0a10,10,0,1,1,-20,0a10,10,0,1,1,20,0');
  });

  it('are written as a start and relative commands, so that one outline serves every place', () => {
    for (const kind of CENTRE_KINDS) {
      const outline = symbolOutline(kind, 7.3, 2);
      expect(outline.path).toBe(`M${Math.round(outline.x * 100) / 100},${Math.round(outline.y * 100) / 100}${outline.rest}`);
      expect(outline.rest).not.toMatch(/[MLA]/);
    }
    // The two arcs of a circle come back to where it began.
    const arcs = [...symbolOutline('asylum', 7.3, 1).rest.matchAll(/a([^a]*)/g)].map(([, args]) => args!.split(',').map(Number));
    expect(arcs.map((arc) => arc[5]!).reduce((sum, x) => sum + x, 0)).toBe(0);
    expect(arcs.map((arc) => arc[6]!)).toEqual([0, 0]);
    // Radii a twentieth of a pixel apart or less share an outline.
    expect(symbolOutline('transit', 7.31, 1)).toBe(symbolOutline('transit', 7.3, 1));
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
