/** Donor ranking: donors by how many projects they fund, with their budgets per currency. */
import type { Project } from '../../data/types.ts';
import { pickText } from '../../text/pick.ts';
import { collatorFor } from './project-index.ts';
import { FacetCounter } from './facet-counter.ts';
import { budgetTotals, type CurrencyTotal } from './totals.ts';

export interface DonorRank {
  /** Canonical name (the filter value). */
  readonly value: string;
  /** Name in the locale. */
  readonly label: string;
  readonly count: number;
  /** Budgets of the projects this donor is listed on (a project's whole budget: shares are unknown). */
  readonly budgets: readonly CurrencyTotal[];
}

/** Donors by project count (most first), ties in the locale's alphabetical order. */
export function rankDonors(projects: readonly Project[], locale: string): DonorRank[] {
  const counter = new FacetCounter();
  for (const project of projects) counter.add(project.donors, project);
  const collator = collatorFor(locale);
  return counter
    .groups()
    .map(({ value, text, projects: funded }) => {
      let budgets: readonly CurrencyTotal[] | undefined;
      return {
        value,
        label: pickText(text, locale),
        count: funded.length,
        // Summed when asked for: the summary names the main donors by count only.
        get budgets() {
          return (budgets ??= budgetTotals(funded));
        },
      };
    })
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}
