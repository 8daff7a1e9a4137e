/** Which layout to draw, and how many cards to render before a "show more" button. */

export type BoardLayout = 'columns' | 'list' | 'table';
export const BOARD_LAYOUTS: readonly BoardLayout[] = ['columns', 'list', 'table'];

/** Below this width (px) columns become a list: narrower columns would squeeze cards unreadably. */
export const COLUMNS_MIN_WIDTH = 600;

/**
 * Cards per group on first render: a screen or two (a card is some 200–300 px tall), so a board
 * of 1,000 projects does not build cards far below the fold before its first paint.
 */
export const FIRST_PAGE_SIZE = 10;

/** Cards each "show more" (or ArrowDown past the last card) adds to a group. */
export const PAGE_SIZE = 20;

export function parseLayout(value: string | null | undefined): BoardLayout {
  const text = (value ?? '').trim().toLowerCase();
  return (BOARD_LAYOUTS as readonly string[]).includes(text) ? (text as BoardLayout) : 'columns';
}

/** The layout actually drawn at `width` (0 = not measured yet: keep what was asked for). */
export function effectiveLayout(requested: BoardLayout, width: number): BoardLayout {
  return requested === 'columns' && width > 0 && width < COLUMNS_MIN_WIDTH ? 'list' : requested;
}
