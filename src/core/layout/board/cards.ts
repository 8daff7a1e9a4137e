/** The model of one project card: every visible string already picked, formatted and localised. */
import type { Project } from '../../data/types.ts';
import { formatCurrency, formatDate, formatDateRange, formatList, formatPercent, warmSentenceFormatters } from '../../text/format.ts';
import type { BoardMessages } from '../../text/messages/board.ts';
import { pickText } from '../../text/pick.ts';
import { countryName } from './country.ts';
import { collatorFor } from './project-index.ts';
import { type ProgressKind, projectProgress } from './progress.ts';
import { type BoardStatus, statusGroup } from './status.ts';
import { safeHref } from './url.ts';

export interface CardProgress {
  readonly ratio: number;
  readonly kind: ProgressKind;
  /** "60 %" in the locale. */
  readonly percent: string;
  /** "Progress: 60% (reported)" / "Time elapsed: 45% of the planned period". */
  readonly text: string;
}

export interface BoardCard {
  readonly id: string;
  readonly title: string;
  readonly status: BoardStatus;
  /** Badge words: the status in the locale. */
  readonly statusText: string;
  /** For the "other" group: the status as the data wrote it ('' when none). */
  readonly statusDetail: string;
  readonly summary: string;
  readonly donors: readonly string[];
  readonly partners: readonly string[];
  /** The donors and partners as one phrase each ("A, B and C"). */
  readonly donorList: string;
  readonly partnerList: string;
  readonly themes: readonly string[];
  /** The country's name in the locale ('' when none). */
  readonly country: string;
  /** '' when the project has no dates. */
  readonly period: string;
  /** '' when the project has no budget. */
  readonly budget: string;
  readonly progress: CardProgress | null;
  /** A link safe to render, or null. */
  readonly url: string | null;
}

/** A project's period: a range, "… – ongoing" without an end, "until …" without a start, '' without either. */
export function periodText(project: Project, locale: string, messages: BoardMessages): string {
  if (project.start && project.end) return formatDateRange(project.start, project.end, locale);
  if (project.start) return messages.ongoing(formatDate(project.start, locale, 'long'));
  if (project.end) return messages.until(formatDate(project.end, locale, 'long'));
  return '';
}

export function projectCard(project: Project, locale: string, today: number, messages: BoardMessages): BoardCard {
  const status = statusGroup(project.status);
  const progress = projectProgress(project, today);
  const percent = progress ? formatPercent(progress.ratio, locale) : '';
  const donors = project.donors.map((donor) => pickText(donor, locale));
  const partners = project.partners.map((partner) => pickText(partner, locale));
  return {
    id: project.id,
    title: pickText(project.title, locale),
    status,
    statusText: messages.status(status),
    statusDetail: status === 'other' && project.status !== 'other' ? pickText(project.status, locale) : '',
    summary: pickText(project.summary, locale),
    donors,
    partners,
    donorList: formatList(donors, locale),
    partnerList: formatList(partners, locale),
    themes: project.themes.map((theme) => pickText(theme, locale)),
    country: project.country ? countryName(project.country, locale) : '',
    period: periodText(project, locale, messages),
    budget: project.budget ? formatCurrency(project.budget.amount, project.budget.currency, locale) : '',
    progress: progress && { ...progress, percent, text: messages.progressText(progress.kind, percent) },
    url: safeHref(project.url),
  };
}

/**
 * Make the Intl objects a board's first picture needs (a fresh page spends 10 ms and more on
 * them), while the page is idle and the data not there yet: dates and date ranges, lists,
 * percentages, country names, sorting and a currency.
 */
export function warmBoardFormatters(locale: string): void {
  warmSentenceFormatters(locale);
  for (const [start, end] of [['2020-01-01', '2020-02-01'], ['2020-01', '2020-02'], ['2020', '2021']] as const) formatDateRange(start, end, locale);
  countryName('RS', locale);
  collatorFor(locale).compare('a', 'b');
  // Each currency has its own formatter; the first one made loads what the others share.
  for (const amount of [1, 0.5]) formatCurrency(amount, 'EUR', locale);
}
