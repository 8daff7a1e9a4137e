import { describe, expect, it } from 'vitest';
import { indexProjects } from '../../../src/core/layout/board/project-index.ts';
import { formatSort, parseSort, sortEntries } from '../../../src/core/layout/board/sort.ts';
import { board, projects } from './fixtures.ts';

const sorted = (sort: string, locale = 'en') => {
  const index = indexProjects(board(), locale);
  return sortEntries(index.entries, parseSort(sort), locale, index.currencyRank).map((entry) => entry.id);
};

describe('sorting', () => {
  it('keeps the data order by default', () => {
    expect(sorted('')).toEqual(['sid', 'krnjaca', 'bihac', 'avrr', 'cancelled', 'delivered', 'nostatus']);
    expect(sorted('nonsense')).toEqual(sorted(''));
  });

  it('sorts by start either way, unknown starts last', () => {
    expect(sorted('start')).toEqual(['avrr', 'krnjaca', 'sid', 'bihac', 'cancelled', 'delivered', 'nostatus']);
    expect(sorted('-start')).toEqual(['bihac', 'sid', 'krnjaca', 'avrr', 'cancelled', 'delivered', 'nostatus']);
  });

  it('sorts by end with an open end (ongoing) as the latest, no dates last', () => {
    expect(sorted('end')).toEqual(['avrr', 'krnjaca', 'sid', 'delivered', 'bihac', 'cancelled', 'nostatus']);
    expect(sorted('-end')).toEqual(['bihac', 'delivered', 'sid', 'krnjaca', 'avrr', 'cancelled', 'nostatus']);
  });

  it('compares budgets only within a currency: most used currency first, amounts sorted inside', () => {
    // EUR (3 projects), then CHF and USD (1 each, by code), then projects without a budget.
    expect(sorted('-budget')).toEqual(['delivered', 'sid', 'krnjaca', 'avrr', 'bihac', 'cancelled', 'nostatus']);
    expect(sorted('budget')).toEqual(['krnjaca', 'sid', 'delivered', 'avrr', 'bihac', 'cancelled', 'nostatus']);
  });

  it('sorts titles with the locale collation', () => {
    const data = projects({
      projects: ['Zenica', 'Čačak', 'Cetinje', 'Ćuprija', 'Šid', 'Sombor', 'Đakovo', 'Dubrovnik', 'Ljubljana', 'Lajkovac'].map(
        (title, i) => ({ id: `p${i}`, title }),
      ),
    });
    const titles = (locale: string, sort = 'title') => {
      const index = indexProjects(data, locale);
      return sortEntries(index.entries, parseSort(sort), locale, index.currencyRank).map((entry) => entry.title);
    };
    // Serbian Latin alphabet: c č ć d dž đ … l lj … s š … z ž.
    expect(titles('sr-Latn')).toEqual(['Cetinje', 'Čačak', 'Ćuprija', 'Dubrovnik', 'Đakovo', 'Lajkovac', 'Ljubljana', 'Sombor', 'Šid', 'Zenica']);
    expect(titles('sr-Latn', '-title')[0]).toBe('Zenica');
    // Cyrillic pages show (and sort) the titles in Cyrillic order.
    expect(titles('sr-Cyrl')).toEqual(['Дубровник', 'Ђаково', 'Зеница', 'Лајковац', 'Љубљана', 'Сомбор', 'Ћуприја', 'Цетиње', 'Чачак', 'Шид']);
  });

  it('parses and formats the sort attribute', () => {
    expect(parseSort('-budget')).toEqual({ key: 'budget', descending: true });
    expect(parseSort('budget-desc')).toEqual({ key: 'budget', descending: true });
    expect(parseSort('Title asc')).toEqual({ key: 'title', descending: false });
    expect(parseSort('')).toEqual({ key: null, descending: false });
    expect(formatSort(parseSort('end-desc'))).toBe('-end');
    expect(formatSort(parseSort('x'))).toBe('');
  });
});
