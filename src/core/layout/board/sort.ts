/**
 * Sorting the board: by start, end, budget or title, each ascending or descending.
 * Attribute form: `start`, `-start` (descending), also `start-desc` / `start-asc`; '' = as listed.
 * Unknown values always go last whatever the direction; budgets are compared only within one
 * currency (never converted): currencies in order of use, amounts sorted inside each.
 */
import { type BoardEntry, collatorFor } from './project-index.ts';

export type SortKey = 'start' | 'end' | 'budget' | 'title';
export const SORT_KEYS: readonly SortKey[] = ['start', 'end', 'budget', 'title'];

export interface BoardSort {
  readonly key: SortKey | null;
  readonly descending: boolean;
}

export const AS_LISTED: BoardSort = Object.freeze({ key: null, descending: false });

/** Parse the `sort` attribute; anything unknown means "as listed". */
export function parseSort(value: string | null | undefined): BoardSort {
  const text = (value ?? '').trim().toLowerCase();
  const match = /^(-)?(start|end|budget|title)(?:[\s_-]+(asc|desc))?$/.exec(text);
  if (!match) return AS_LISTED;
  return { key: match[2] as SortKey, descending: match[1] === '-' || match[3] === 'desc' };
}

/** Canonical attribute form of a sort. */
export function formatSort(sort: BoardSort): string {
  if (!sort.key) return '';
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

type Compare = (a: BoardEntry, b: BoardEntry) => number;

/** Known values compare by `compare` (flipped when descending); unknowns go last. */
function knownFirst(isKnown: (entry: BoardEntry) => boolean, compare: Compare, descending: boolean): Compare {
  return (a, b) => {
    const knownA = isKnown(a);
    const knownB = isKnown(b);
    if (knownA !== knownB) return knownA ? -1 : 1;
    if (!knownA) return 0;
    const order = compare(a, b);
    return descending ? -order : order;
  };
}

const byNumber = (value: (entry: BoardEntry) => number): Compare => (a, b) => {
  const x = value(a);
  const y = value(b);
  return x === y ? 0 : x < y ? -1 : 1;
};

export function sortEntries(
  entries: readonly BoardEntry[],
  sort: BoardSort,
  locale: string,
  currencyRank: ReadonlyMap<string, number>,
): BoardEntry[] {
  const result = [...entries];
  if (!sort.key) return result.sort((a, b) => a.order - b.order);
  const collator = collatorFor(locale);
  const byTitle: Compare = (a, b) => collator.compare(a.title, b.title);
  let primary: Compare;
  switch (sort.key) {
    case 'start':
      primary = knownFirst((e) => !Number.isNaN(e.start), byNumber((e) => e.start), sort.descending);
      break;
    case 'end':
      primary = knownFirst((e) => !Number.isNaN(e.end), byNumber((e) => e.end), sort.descending);
      break;
    case 'budget': {
      const rank = (e: BoardEntry) => currencyRank.get(e.project.budget?.currency ?? '') ?? Number.MAX_SAFE_INTEGER;
      const amounts = knownFirst((e) => e.project.budget !== undefined, byNumber((e) => e.project.budget?.amount ?? 0), sort.descending);
      primary = (a, b) => rank(a) - rank(b) || amounts(a, b);
      break;
    }
    case 'title':
      primary = knownFirst(() => true, byTitle, sort.descending);
      break;
  }
  return result.sort((a, b) => primary(a, b) || byTitle(a, b) || a.order - b.order);
}
