/**
 * The overview brush as plain math: a drag on the strip either draws a new range, moves the
 * current one, or moves one of its edges. The element renders the result with Lit and turns it
 * into a time range; no d3-selection, no DOM here.
 */

export type BrushMode = 'new' | 'move' | 'west' | 'east';

/** Ranges narrower than this (px) mean "no selection" (a click rather than a drag). */
export const MIN_BRUSH = 2;

/**
 * The brushed range after dragging from `start` to `current` (px), within `extent`, starting
 * from `initial` (the range when the drag began; ignored for `new`). Null: nothing selected.
 */
export function dragBrush(
  mode: BrushMode,
  extent: readonly [number, number],
  start: number,
  current: number,
  initial: readonly [number, number] | null,
): [number, number] | null {
  const [low, high] = extent;
  const clamp = (x: number) => Math.max(low, Math.min(high, x));
  let range: [number, number];
  if (mode === 'new' || !initial) {
    range = [clamp(Math.min(start, current)), clamp(Math.max(start, current))];
  } else if (mode === 'move') {
    const width = initial[1] - initial[0];
    const shift = Math.max(low - initial[0], Math.min(high - initial[1], current - start));
    range = [initial[0] + shift, initial[0] + shift + width];
  } else {
    const moved = clamp((mode === 'west' ? initial[0] : initial[1]) + current - start);
    const fixed = mode === 'west' ? initial[1] : initial[0];
    range = [Math.min(moved, fixed), Math.max(moved, fixed)];
  }
  return range[1] - range[0] < MIN_BRUSH ? null : range;
}

/** What a press at `x` on the strip does: grab an edge (within `grip` px), move the range, or draw a new one. */
export function brushModeAt(x: number, selection: readonly [number, number] | null, grip = 6): BrushMode {
  if (!selection) return 'new';
  if (Math.abs(x - selection[0]) <= grip) return 'west';
  if (Math.abs(x - selection[1]) <= grip) return 'east';
  return x > selection[0] && x < selection[1] ? 'move' : 'new';
}
