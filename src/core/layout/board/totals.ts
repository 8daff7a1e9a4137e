/** Budget totals, one per currency: amounts in different currencies are never added together. */
import type { Project } from '../../data/types.ts';

export interface CurrencyTotal {
  readonly currency: string;
  readonly amount: number;
  /** Projects contributing to this total. */
  readonly count: number;
}

/**
 * The correctly rounded sum (Shewchuk's partials, as d3-array's fsum), so 0.1 + 0.2 budgets do not
 * print as 0.30000000000000004. Written out here because importing d3-array into the board's
 * bundle costs more than this.
 */
function exactSum(values: readonly number[]): number {
  const partials: number[] = [];
  for (let x of values) {
    if (!x) continue;
    let n = 0;
    for (const y of partials) {
      const hi = x + y;
      const lo = Math.abs(x) < Math.abs(y) ? x - (hi - y) : y - (hi - x);
      if (lo) partials[n++] = lo;
      x = hi;
    }
    partials.length = n;
    partials.push(x);
  }
  let i = partials.length;
  if (!i) return 0;
  let hi = partials[--i]!;
  let lo = 0;
  while (i > 0) {
    const x = hi;
    const y = partials[--i]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo) break;
  }
  // Round half to even when the rest would tip the sum over.
  if (i > 0 && ((lo < 0 && partials[i - 1]! < 0) || (lo > 0 && partials[i - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
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
  return [...amounts.entries()]
    .map(([currency, values]) => ({ currency, amount: exactSum(values), count: values.length }))
    .sort((a, b) => b.count - a.count || b.amount - a.amount || (a.currency < b.currency ? -1 : 1));
}

/** How many projects carry no budget. */
export function withoutBudget(projects: Iterable<Project>): number {
  let count = 0;
  for (const project of projects) if (!project.budget) count += 1;
  return count;
}
