/** Donor ranking: donors by how many projects they fund, with their budgets per currency. */
import type { Project, Text } from '../../data/types.ts';
import { pickText } from '../../text/pick.ts';
import { collatorFor } from './project-index.ts';
import { canonicalText, foldKey } from './text-keys.ts';
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
  const byKey = new Map<string, { text: Text; projects: Project[] }>();
  for (const project of projects) {
    const seen = new Set<string>();
    for (const donor of project.donors) {
      const key = foldKey(canonicalText(donor).trim());
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const row = byKey.get(key);
      if (row) row.projects.push(project);
      else byKey.set(key, { text: donor, projects: [project] });
    }
  }
  const collator = collatorFor(locale);
  return [...byKey.values()]
    .map(({ text, projects: funded }) => ({
      value: canonicalText(text).trim(),
      label: pickText(text, locale),
      count: funded.length,
      budgets: budgetTotals(funded),
    }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}
