import { describe, expect, it } from 'vitest';
import { seriesShapes } from '../../../src/core/layout/flow/shapes.ts';

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
