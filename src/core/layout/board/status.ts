/** Status groups of the board: the five known statuses, then "other" for anything else (shown, never dropped). */
import { PROJECT_STATUSES, type ProjectStatus } from '../../data/types.ts';

export type BoardStatus = ProjectStatus | 'other';

/** Column order of the board. */
export const BOARD_STATUSES: readonly BoardStatus[] = [...PROJECT_STATUSES, 'other'];

const KNOWN = new Set<string>(PROJECT_STATUSES);

/** The group a project's (lower-cased) status falls in. */
export function statusGroup(status: string): BoardStatus {
  return KNOWN.has(status) ? (status as ProjectStatus) : 'other';
}

/** Whether `value` names a board group (for attribute parsing). */
export function isBoardStatus(value: string): value is BoardStatus {
  return value === 'other' || KNOWN.has(value);
}
