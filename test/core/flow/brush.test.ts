import { describe, expect, it } from 'vitest';
import { brushModeAt, dragBrush } from '../../../src/core/layout/flow/brush.ts';

const extent = [10, 510] as const;

describe('dragBrush', () => {
  it('draws a new range in either direction, clamped to the strip', () => {
    expect(dragBrush('new', extent, 100, 200, null)).toEqual([100, 200]);
    expect(dragBrush('new', extent, 200, 100, null)).toEqual([100, 200]);
    expect(dragBrush('new', extent, 400, 900, null)).toEqual([400, 510]);
  });
  it('treats a click (a range under 2 px) as no selection', () => {
    expect(dragBrush('new', extent, 100, 101, null)).toBeNull();
  });
  it('moves the range without changing its width, stopping at the ends', () => {
    expect(dragBrush('move', extent, 150, 180, [100, 200])).toEqual([130, 230]);
    expect(dragBrush('move', extent, 150, 900, [100, 200])).toEqual([410, 510]);
    expect(dragBrush('move', extent, 150, -900, [100, 200])).toEqual([10, 110]);
  });
  it('moves one edge, and flips when dragged past the other', () => {
    expect(dragBrush('west', extent, 100, 60, [100, 200])).toEqual([60, 200]);
    expect(dragBrush('east', extent, 200, 300, [100, 200])).toEqual([100, 300]);
    expect(dragBrush('west', extent, 100, 250, [100, 200])).toEqual([200, 250]);
  });
});

describe('brushModeAt', () => {
  it('grabs edges near them, moves inside, draws anew outside', () => {
    expect(brushModeAt(50, null)).toBe('new');
    expect(brushModeAt(103, [100, 200])).toBe('west');
    expect(brushModeAt(198, [100, 200])).toBe('east');
    expect(brushModeAt(150, [100, 200])).toBe('move');
    expect(brushModeAt(300, [100, 200])).toBe('new');
  });
});
