import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linePath, seriesShapes } from '../../../src/core/layout/flow/shapes.ts';

const input = (ys: number[], estimate: number[] = []) => ({
  n: ys.length,
  x: Float64Array.from(ys, (_, i) => i * 10),
  y: Float64Array.from(ys),
  estimate: Uint8Array.from(ys, (_, i) => (estimate.includes(i) ? 1 : 0)),
});

describe('seriesShapes', () => {
  it('splits a line at unknown values and never bridges them', () => {
    const shapes = seriesShapes(input([1, 2, Number.NaN, 4, 5]));
    expect(shapes.line).toBe('M0,1L10,2M30,4L40,5');
    expect(shapes.estimateLine).toBe('');
  });

  it('draws a lone known value between gaps as a dot', () => {
    const shapes = seriesShapes(input([Number.NaN, 3, Number.NaN, 4, 5]));
    expect(shapes.dots).toEqual([{ x: 10, y: 3, estimate: false }]);
    expect(shapes.line).toBe('M30,4L40,5');
  });

  it('puts segments touching an estimate in the estimate path, sharing the joining point', () => {
    const shapes = seriesShapes(input([1, 2, 3, 4, 5], [2]));
    expect(shapes.line).toBe('M0,1L10,2M30,4L40,5');
    expect(shapes.estimateLine).toBe('M10,2L20,3L30,4');
  });

  it('rounds path numbers to one decimal', () => {
    const shapes = seriesShapes({ n: 2, x: Float64Array.of(0.123, 10.987), y: Float64Array.of(1.06, 2.04), estimate: new Uint8Array(2) });
    expect(shapes.line).toBe('M0.1,1.1L11,2');
  });

  it('builds stacked areas with the same gaps', () => {
    const shapes = seriesShapes({ ...input([5, 6, Number.NaN, 7, 8]), y0: Float64Array.of(10, 10, 10, 10, 10) });
    expect(shapes.area).toBe('M0,5L10,6L10,10L0,10ZM30,7L40,8L40,10L30,10Z');
  });
});

describe('linePath', () => {
  /** The path as plain string building writes it: each number rounded to one decimal. */
  const expected = (xs: number[], ys: number[]) =>
    xs.map((x, k) => `${k ? 'L' : 'M'}${Math.round(x * 10) / 10},${Math.round(ys[k]! * 10) / 10}`).join('');
  const coordinate = fc.oneof(
    fc.double({ min: -5000, max: 5000, noNaN: true }),
    fc.integer({ min: -100, max: 100 }),
    fc.constantFrom(0, -0, 0.04, -0.04, 0.05, -0.05, 9.95, -9.95, 1e10, -1e10, 1e300, Number.NaN, Number.POSITIVE_INFINITY),
  );
  it('writes every point as plain string building would, for any coordinates', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 40 }), (points) => {
        const xs = points.map(([x]) => x);
        const ys = points.map(([, y]) => y);
        expect(linePath(Float64Array.from(xs), Float64Array.from(ys), 0, points.length - 1)).toBe(expected(xs, ys));
      }),
      { numRuns: 1000 },
    );
  });
  it('writes paths longer than its first buffer', () => {
    const n = 20_000;
    const xs = Array.from({ length: n }, (_, k) => k * 0.37);
    const ys = Array.from({ length: n }, (_, k) => 1000 - (k % 997) * 1.3);
    expect(linePath(Float64Array.from(xs), Float64Array.from(ys), 0, n - 1)).toBe(expected(xs, ys));
  });
});
