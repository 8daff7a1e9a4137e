/**
 * The board's filtered and sorted projects, memoised: the same index, filter and sort give the
 * same array back (so a re-render does no work), and typing on in the search box filters only
 * what the previous query kept.
 */
import { type BoardFilter, filterEntries, formatStatuses, narrows } from './filter.ts';
import type { BoardEntry, BoardIndex } from './project-index.ts';
import { type BoardSort, sortEntries } from './sort.ts';

export interface BoardQuery {
  (index: BoardIndex, filter: BoardFilter, sort: BoardSort): readonly BoardEntry[];
}

function sameFilter(a: BoardFilter, b: BoardFilter): boolean {
  return (
    a.query === b.query &&
    a.donor === b.donor &&
    a.country === b.country &&
    a.theme === b.theme &&
    formatStatuses(a.statuses) === formatStatuses(b.statuses)
  );
}

export function createBoardQuery(): BoardQuery {
  let lastIndex: BoardIndex | null = null;
  let lastFilter: BoardFilter | null = null;
  let filtered: readonly BoardEntry[] = [];
  let lastSort: BoardSort | null = null;
  let sorted: readonly BoardEntry[] = [];

  return (index, filter, sort) => {
    const sameIndex = index === lastIndex;
    if (!sameIndex || !lastFilter || !sameFilter(lastFilter, filter)) {
      // `filtered` is only ever a filter of the index, so it stays in data order and can be narrowed.
      const from = sameIndex && lastFilter && narrows(lastFilter, filter) ? filtered : index.entries;
      filtered = filterEntries(from, filter);
      lastFilter = filter;
      lastSort = null;
    }
    lastIndex = index;
    if (!lastSort || lastSort.key !== sort.key || lastSort.descending !== sort.descending) {
      sorted = sortEntries(filtered, sort, index.locale, index.currencyRank);
      lastSort = sort;
    }
    return sorted;
  };
}
