/** Budget totals, one per currency: amounts in different currencies are never added together. */
import { fsum } from 'd3-array';
import type { Project } from '../../data/types.ts';

export interface CurrencyTotal {
  readonly currency: string;
  readonly amount: number;
  /** Projects contributing to this total. */
  readonly count: number;
}

/** Totals per currency, the currency used by most projects first (then the larger total). */
export function budgetTotals(projects: Iterable<Project>): CurrencyTotal[] {
  const amounts = new Map<string, number[]>();
  for (const { budget } of projects) {
    if (!budget) continue;
    const list = amounts.get(budget.currency);
    if (list) list.push(budget.amount);
    else amounts.set(budget.currency, [budget.amount]);
  }
  // fsum: exact float sums, so 0.1 + 0.2 budgets do not print as 0.30000000000000004.
  return [...amounts.entries()]
    .map(([currency, values]) => ({ currency, amount: fsum(values), count: values.length }))
    .sort((a, b) => b.count - a.count || b.amount - a.amount || (a.currency < b.currency ? -1 : 1));
}

/** How many projects carry no budget. */
export function withoutBudget(projects: Iterable<Project>): number {
  let count = 0;
  for (const project of projects) if (!project.budget) count += 1;
  return count;
}
