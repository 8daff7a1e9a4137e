/**
 * Roving focus across the board's cards: up/down within a column, left/right to the nearest
 * card of the neighbouring non-empty column, Home/End within a column, Ctrl+Home/End for the
 * whole board. A list is one column, where left/right also step back and forth.
 */

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
}

export interface MoveOptions {
  /** Ctrl/Cmd held: Home/End go to the first/last card of the board. */
  readonly whole?: boolean;
  /** Right-to-left page: left and right swap. */
  readonly rtl?: boolean;
}

/** The id to focus after `key`, or null when focus stays (an edge, or `current` is unknown). */
export function moveFocus(
  columns: readonly (readonly string[])[],
  current: string,
  key: NavigationKey,
  options: MoveOptions = {},
): string | null {
  const filled = columns.filter((column) => column.length > 0);
  let col = -1;
  let row = -1;
  filled.some((column, index) => {
    row = column.indexOf(current);
    col = index;
    return row >= 0;
  });
  if (row < 0) return null;
  const column = filled[col]!;
  let horizontal = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  if (options.rtl) horizontal = -horizontal;

  let target: string | undefined;
  if (filled.length === 1 && horizontal !== 0) {
    target = column[row + horizontal];
  } else if (horizontal !== 0) {
    const next = filled[col + horizontal];
    target = next?.[Math.min(row, next.length - 1)];
  } else if (key === 'ArrowUp') {
    target = column[row - 1];
  } else if (key === 'ArrowDown') {
    target = column[row + 1];
  } else if (key === 'Home') {
    target = options.whole ? filled[0]![0] : column[0];
  } else if (key === 'End') {
    const last = options.whole ? filled[filled.length - 1]! : column;
    target = last[last.length - 1];
  }
  return target !== undefined && target !== current ? target : null;
}
