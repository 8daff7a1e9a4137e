/** Grouping by status: one group per board column, in board order, empty groups included. */
import type { BoardEntry } from './project-index.ts';
import { BOARD_STATUSES, type BoardStatus } from './status.ts';

export interface BoardGroup {
  readonly status: BoardStatus;
  readonly entries: readonly BoardEntry[];
}

/** Keeps the given order inside each group. */
export function groupByStatus(entries: readonly BoardEntry[]): BoardGroup[] {
  const buckets = new Map<BoardStatus, BoardEntry[]>(BOARD_STATUSES.map((status) => [status, []]));
  for (const entry of entries) buckets.get(entry.group)!.push(entry);
  return BOARD_STATUSES.map((status) => ({ status, entries: buckets.get(status)! }));
}
