/** Filters of the board: status, donor, country, theme and free text. */
import { foldForSearch } from '../../text/transliterate.ts';
import type { BoardEntry } from './project-index.ts';
import { BOARD_STATUSES, type BoardStatus, isBoardStatus } from './status.ts';

export interface BoardFilter {
  /** Empty = every status. */
  readonly statuses: readonly BoardStatus[];
  /** A donor / theme in any language it is written in ('' = any). */
  readonly donor: string;
  /** ISO 3166-1 alpha-2 ('' = any). */
  readonly country: string;
  readonly theme: string;
  /** Free text: every word must occur somewhere in the project, ignoring case, accents and script. */
  readonly query: string;
}

export const NO_FILTER: BoardFilter = Object.freeze({ statuses: [], donor: '', country: '', theme: '', query: '' });

/**
 * Statuses from an attribute: comma- or space-separated, case-insensitive, unknown words ignored,
 * returned in board order without repeats.
 */
export function parseStatuses(value: string | null | undefined): BoardStatus[] {
  const wanted = new Set(
    (value ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(isBoardStatus),
  );
  return BOARD_STATUSES.filter((status) => wanted.has(status));
}

/** Attribute form of a status selection. */
export function formatStatuses(statuses: readonly BoardStatus[]): string {
  return statuses.join(',');
}

/** The query as words to look for. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Whether any filter is set. */
export function isFiltered(filter: BoardFilter): boolean {
  return filter.statuses.length > 0 || !!filter.donor.trim() || !!filter.country.trim() || !!filter.theme.trim() || queryTerms(filter.query).length > 0;
}

/** A predicate for one filter (prepared once, applied to every entry). */
export function matcher(filter: BoardFilter): (entry: BoardEntry) => boolean {
  const statuses = filter.statuses.length ? new Set(filter.statuses) : null;
  const donor = foldForSearch(filter.donor.trim());
  const theme = foldForSearch(filter.theme.trim());
  const country = filter.country.trim().toUpperCase();
  const terms = queryTerms(filter.query);
  return (entry) =>
    (!statuses || statuses.has(entry.group)) &&
    (!donor || entry.donorKeys.has(donor)) &&
    (!theme || entry.themeKeys.has(theme)) &&
    (!country || entry.country === country) &&
    terms.every((term) => entry.search.includes(term));
}

export function filterEntries(entries: readonly BoardEntry[], filter: BoardFilter): BoardEntry[] {
  return entries.filter(matcher(filter));
}

/**
 * Whether `next` can only keep a subset of what `previous` kept: the same facets and a query
 * that adds to every word (typing on). Filtering then starts from the previous result.
 */
export function narrows(previous: BoardFilter, next: BoardFilter): boolean {
  if (
    previous.donor !== next.donor ||
    previous.country !== next.country ||
    previous.theme !== next.theme ||
    formatStatuses(previous.statuses) !== formatStatuses(next.statuses)
  ) {
    return false;
  }
  const before = queryTerms(previous.query);
  const after = queryTerms(next.query);
  // Each old word must still be required, as a part of some new word.
  return before.every((word) => after.some((term) => term.includes(word)));
}
