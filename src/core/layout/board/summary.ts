/** The board's plain-language summary: counts by status, budget totals per currency, main donors. */
import type { Project } from '../../data/types.ts';
import { formatCurrency, formatList, formatNumber } from '../../text/format.ts';
import type { BoardMessages } from '../../text/messages/board.ts';
import { type DonorRank, rankDonors } from './donors.ts';
import { BOARD_STATUSES, type BoardStatus, statusGroup } from './status.ts';
import { budgetTotals, type CurrencyTotal, withoutBudget } from './totals.ts';

export interface BoardFacts {
  /** Projects in the dataset. */
  readonly total: number;
  /** Projects the facts describe (those the filters keep). */
  readonly shown: number;
  readonly filtered: boolean;
  /** Non-empty statuses in board order. */
  readonly byStatus: readonly { readonly status: BoardStatus; readonly count: number }[];
  readonly budgets: readonly CurrencyTotal[];
  readonly withoutBudget: number;
  readonly mainDonors: readonly DonorRank[];
}

export const MAIN_DONORS = 3;

/**
 * Donors worth naming as "main": the top three, but only those on at least two projects when
 * there are more donors than that (otherwise the choice among equals would be arbitrary).
 */
function mainDonors(ranked: readonly DonorRank[]): DonorRank[] {
  if (ranked.length <= MAIN_DONORS) return [...ranked];
  return ranked.slice(0, MAIN_DONORS).filter((donor) => donor.count >= 2);
}

export function boardFacts(projects: readonly Project[], total: number, filtered: boolean, locale: string): BoardFacts {
  const counts = new Map<BoardStatus, number>();
  for (const project of projects) {
    const group = statusGroup(project.status);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return {
    total,
    shown: projects.length,
    filtered,
    byStatus: BOARD_STATUSES.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! })),
    budgets: budgetTotals(projects),
    withoutBudget: withoutBudget(projects),
    mainDonors: mainDonors(rankDonors(projects, locale)),
  };
}

export function boardSummary(facts: BoardFacts, locale: string, messages: BoardMessages): string {
  const m = messages;
  const n = (value: number) => formatNumber(value, locale);
  const sentences: string[] = [];
  if (facts.filtered) sentences.push(m.summaryFiltered(n(facts.shown), facts.total, n(facts.total)));
  if (facts.shown === 0) {
    if (!facts.filtered) sentences.push(m.summaryEmpty);
    return sentences.join(' ');
  }
  const statuses = facts.byStatus.map(({ status, count }) => m.statusCount(status, n(count)));
  sentences.push(m.summaryStatuses(facts.shown, n(facts.shown), formatList(statuses, locale)));
  if (facts.budgets.length) {
    const totals = facts.budgets.map((total) => m.budgetFor(formatCurrency(total.amount, total.currency, locale), total.count, n(total.count)));
    sentences.push(m.summaryBudgets(formatList(totals, locale)));
  }
  if (facts.withoutBudget > 0) sentences.push(m.summaryNoBudget(facts.withoutBudget, n(facts.withoutBudget)));
  if (facts.mainDonors.length) {
    const donors = facts.mainDonors.map((donor) => m.donorWithCount(donor.label, donor.count, n(donor.count)));
    sentences.push(m.summaryDonors(formatList(donors, locale)));
  }
  return sentences.join(' ');
}
