import { describe, expect, it } from 'vitest';
import { rankDonors } from '../../../src/core/layout/board/donors.ts';
import { budgetTotals, withoutBudget } from '../../../src/core/layout/board/totals.ts';
import { board, projects } from './fixtures.ts';

describe('budget totals per currency', () => {
  it('never adds different currencies', () => {
    expect(budgetTotals(board().projects)).toEqual([
      { currency: 'EUR', amount: 2_950_000.5, count: 3 },
      { currency: 'USD', amount: 1_500_000, count: 1 },
      { currency: 'CHF', amount: 300_000, count: 1 },
    ]);
    expect(withoutBudget(board().projects)).toBe(2);
  });

  it('adds decimals exactly', () => {
    const data = projects({
      projects: [0.1, 0.2, 0.3].map((amount, i) => ({ id: `p${i}`, title: 'x', budget: { amount, currency: 'EUR' } })),
    });
    expect(budgetTotals(data.projects)[0]!.amount).toBe(0.6);
  });

  it('is empty without budgets', () => {
    expect(budgetTotals([])).toEqual([]);
  });
});

describe('donor ranking', () => {
  it('ranks donors by project count, same donor in any language counted once per project', () => {
    const ranked = rankDonors(board().projects, 'en');
    expect(ranked.map((donor) => [donor.label, donor.count])).toEqual([
      ['European Union', 3],
      ['Switzerland', 2],
      ['Italy', 1],
    ]);
    // A donor's budgets stay per currency too.
    expect(ranked[1]!.budgets.map((total) => total.currency)).toEqual(['CHF', 'EUR']);
  });

  it('labels donors in the page language', () => {
    const ranked = rankDonors(board().projects, 'sr-Latn');
    // The first form seen ("European Union", a plain string) labels the donor.
    expect(ranked[0]!.value).toBe('European Union');
    const data = projects({ projects: [{ id: 'a', title: 'a', donors: [{ en: 'European Union', 'sr-Latn': 'Evropska unija' }] }] });
    expect(rankDonors(data.projects, 'sr-Cyrl')[0]!.label).toBe('Европска унија');
  });
});
