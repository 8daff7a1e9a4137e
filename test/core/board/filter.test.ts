import { describe, expect, it } from 'vitest';
import { generateProjects } from '../../../src/core/data/sample-generators.ts';
import {
  type BoardFilter,
  filterEntries,
  isFiltered,
  NO_FILTER,
  narrows,
  parseStatuses,
  queryTerms,
} from '../../../src/core/layout/board/filter.ts';
import { indexProjects } from '../../../src/core/layout/board/project-index.ts';
import { createBoardQuery } from '../../../src/core/layout/board/query.ts';
import { AS_LISTED, parseSort } from '../../../src/core/layout/board/sort.ts';
import { board, projects } from './fixtures.ts';

const ids = (filter: Partial<BoardFilter>, locale = 'en') =>
  filterEntries(indexProjects(board(), locale).entries, { ...NO_FILTER, ...filter }).map((entry) => entry.id);

describe('text search', () => {
  it('ignores case and diacritics: "sid" finds "Šid"', () => {
    expect(ids({ query: 'sid' })).toEqual(['sid']);
    expect(ids({ query: 'SID' })).toEqual(['sid']);
    expect(ids({ query: 'bihac' })).toEqual(['bihac']);
  });

  it('matches across scripts: Latin finds Cyrillic and Cyrillic finds Latin', () => {
    expect(ids({ query: 'krnjaca' })).toEqual(['krnjaca']);
    expect(ids({ query: 'Krnjača smeštaj' })).toEqual(['krnjaca']);
    expect(ids({ query: 'Шид' })).toEqual(['sid']);
    expect(ids({ query: 'Бихаћ' })).toEqual(['bihac']);
  });

  it('searches every language variant, donors, partners, themes and country names', () => {
    expect(ids({ query: 'prihvat' })).toEqual(['sid']);
    expect(ids({ query: 'evropska' })).toEqual(['krnjaca']);
    expect(ids({ query: 'commissariat' })).toEqual(['sid']);
    expect(ids({ query: 'health' })).toEqual(['krnjaca']);
    expect(ids({ query: 'bosnia' })).toEqual(['bihac']);
    // The country name in the page language, in either script.
    expect(ids({ query: 'Србија' }, 'sr-Cyrl')).toEqual(['sid', 'krnjaca']);
    expect(ids({ query: 'srbija' }, 'sr-Cyrl')).toEqual(['sid', 'krnjaca']);
  });

  it('needs every word, in any order; blank queries match all', () => {
    expect(ids({ query: 'union reception' })).toEqual(['sid', 'krnjaca']);
    expect(ids({ query: 'reception italy' })).toEqual([]);
    expect(ids({ query: '   ' })).toHaveLength(7);
    expect(queryTerms('  Šid   Шид ')).toEqual(['sid', 'sid']);
  });

  it('does not match across the boundary of two fields', () => {
    // title "Assisted voluntary return" + donor "Switzerland": "return switz" is two fields.
    expect(ids({ query: 'returnswitzerland' })).toEqual([]);
  });
});

describe('facet filters', () => {
  it('filters by one or more statuses, "other" included', () => {
    expect(ids({ statuses: ['active', 'planned'] })).toEqual(['sid', 'bihac']);
    expect(ids({ statuses: ['other'] })).toEqual(['delivered', 'nostatus']);
  });

  it('filters by donor written in any language or case', () => {
    expect(ids({ donor: 'European Union' })).toEqual(['sid', 'krnjaca', 'delivered']);
    expect(ids({ donor: 'evropska unija' })).toEqual(['krnjaca']);
    expect(ids({ donor: 'SWITZERLAND' })).toEqual(['krnjaca', 'avrr']);
  });

  it('filters by country code and theme', () => {
    expect(ids({ country: 'rs' })).toEqual(['sid', 'krnjaca']);
    expect(ids({ country: 'BA' })).toEqual(['bihac']);
    expect(ids({ theme: 'reception' })).toEqual(['sid', 'krnjaca']);
  });

  it('combines filters', () => {
    expect(ids({ donor: 'European Union', statuses: ['completed'], query: 'krnjaca' })).toEqual(['krnjaca']);
    expect(ids({ donor: 'European Union', country: 'BA' })).toEqual([]);
  });

  it('parses the status attribute leniently and in board order', () => {
    expect(parseStatuses('Completed, active  bogus,active')).toEqual(['active', 'completed']);
    expect(parseStatuses('')).toEqual([]);
    expect(parseStatuses(null)).toEqual([]);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: ' x ' })).toBe(true);
  });

  it('lists facet choices with counts, labelled in the locale', () => {
    const index = indexProjects(board(), 'sr-Latn');
    expect(index.countries).toEqual([
      { value: 'BA', label: 'Bosna i Hercegovina', count: 1 },
      { value: 'RS', label: 'Srbija', count: 2 },
    ]);
    expect(index.donors.map((donor) => [donor.value, donor.label, donor.count])).toEqual([
      ['European Union', 'European Union', 3],
      ['Italy', 'Italy', 1],
      ['Switzerland', 'Switzerland', 2],
    ]);
    expect(index.themes.map((theme) => [theme.value, theme.count])).toEqual([
      ['health', 1],
      ['protection', 1],
      ['reception', 2],
    ]);
  });
});

describe('memoised query', () => {
  it('returns the same array for the same inputs and narrows while typing', () => {
    const index = indexProjects(board(), 'en');
    const query = createBoardQuery();
    const first = query(index, { ...NO_FILTER, query: 'r' }, AS_LISTED);
    expect(query(index, { ...NO_FILTER, query: 'r' }, AS_LISTED)).toBe(first);
    const typed = query(index, { ...NO_FILTER, query: 're' }, AS_LISTED);
    expect(typed.map((entry) => entry.id)).toEqual(ids({ query: 're' }));
    // Widening again starts from the whole index.
    expect(query(index, NO_FILTER, AS_LISTED)).toHaveLength(7);
    // A new sort re-sorts without losing the filter.
    expect(query(index, { ...NO_FILTER, query: 're' }, parseSort('title')).map((entry) => entry.id).sort()).toEqual(
      ids({ query: 're' }).sort(),
    );
  });

  it('knows when a new filter can only narrow the old one', () => {
    expect(narrows({ ...NO_FILTER, query: 'si' }, { ...NO_FILTER, query: 'sid' })).toBe(true);
    expect(narrows({ ...NO_FILTER, query: 'sid' }, { ...NO_FILTER, query: 'si' })).toBe(false);
    expect(narrows({ ...NO_FILTER, query: 'a' }, { ...NO_FILTER, query: 'a b' })).toBe(true);
    expect(narrows({ ...NO_FILTER, query: 'a' }, { ...NO_FILTER, query: 'a', donor: 'x' })).toBe(false);
  });

  it('narrows 1,000 generated projects as the query grows, and widens back when it is cleared', () => {
    // Timings live in the benchmark; this checks the answers along a typed query.
    const data = projects(generateProjects({ count: 1000, seed: 7 }));
    const index = indexProjects(data, 'sr-Latn');
    const query = createBoardQuery();
    const counts = ['m', 'mi', 'mig', 'migr', ''].map((text) => query(index, { ...NO_FILTER, query: text }, parseSort('-budget')).length);
    for (let i = 1; i < 4; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
    expect(counts[4]).toBe(1000);
  });
});
