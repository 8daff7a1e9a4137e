/**
 * A search and sort index over a dataset's projects, built once per dataset and locale so that
 * filtering 1,000 projects on each keystroke only compares prepared strings.
 */
import { periodEnd, periodStart } from '../../data/dates.ts';
import type { Project, ProjectsData, Text } from '../../data/types.ts';
import { pickText } from '../../text/pick.ts';
import { foldForSearch } from '../../text/transliterate.ts';
import { countryName } from './country.ts';
import { type BoardStatus, statusGroup } from './status.ts';
import { FacetCounter } from './facet-counter.ts';
import { foldedVariants, textVariants } from './text-keys.ts';

export interface BoardEntry {
  readonly project: Project;
  readonly id: string;
  /** Position in the data: "as listed" order and the last tie-break. */
  readonly order: number;
  readonly group: BoardStatus;
  /** Title as shown in the locale (for sorting with the locale's collation). */
  readonly title: string;
  /** Folded text of every searchable field in every language. */
  readonly search: string;
  /** Folded forms of every donor / theme, for matching a filter given in any language. */
  readonly donorKeys: ReadonlySet<string>;
  readonly themeKeys: ReadonlySet<string>;
  readonly country: string | undefined;
  /** UTC ms of the first day; NaN when unknown. */
  readonly start: number;
  /** UTC ms after the last day; Infinity when it started but has no end (ongoing); NaN when unknown. */
  readonly end: number;
}

/** One choice of a filter: `value` is what the filter (and its attribute) holds. */
export interface Facet {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface BoardIndex {
  readonly data: ProjectsData;
  readonly locale: string;
  readonly entries: readonly BoardEntry[];
  readonly byId: ReadonlyMap<string, BoardEntry>;
  /** Currencies by how many projects use them (most first): budget sorting compares within a currency. */
  readonly currencyRank: ReadonlyMap<string, number>;
  /** Status groups that some project is in. */
  readonly statuses: ReadonlySet<BoardStatus>;
  readonly donors: readonly Facet[];
  readonly countries: readonly Facet[];
  readonly themes: readonly Facet[];
}

const collators = new Map<string, Intl.Collator>();

/** The locale's collation (memoised): titles sort as readers of that language expect. */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

function searchText(project: Project, locale: string): string {
  const parts: string[] = [project.id];
  const add = (text: Text | undefined) => {
    for (const variant of textVariants(text)) parts.push(variant);
  };
  add(project.title);
  add(project.summary);
  project.donors.forEach(add);
  project.partners.forEach(add);
  project.themes.forEach(add);
  if (project.country) parts.push(project.country, countryName(project.country, locale), countryName(project.country, 'en'));
  // A unit separator keeps words of adjacent fields from running together into false matches.
  return foldForSearch(parts.join('\u001f'));
}

/** A facet's choices from its groups, in the locale's alphabetical order. */
function facetChoices(counter: FacetCounter, locale: string): Facet[] {
  const collator = collatorFor(locale);
  return counter
    .groups()
    .map(({ value, text, projects }) => ({ value, label: pickText(text, locale), count: projects.length }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

function endOf(project: Project, start: number): number {
  if (project.end) return periodEnd(project.end);
  return Number.isNaN(start) ? NaN : Infinity;
}

/**
 * An entry whose search and sort keys are worked out on first use: a first render, unfiltered and
 * in data order, needs none of them.
 */
class IndexEntry implements BoardEntry {
  readonly id: string;
  readonly group: BoardStatus;
  readonly country: string | undefined;
  private titleKey: string | undefined;
  private searchKey: string | undefined;
  private donorSet: ReadonlySet<string> | undefined;
  private themeSet: ReadonlySet<string> | undefined;
  private startMs: number | undefined;
  private endMs: number | undefined;

  constructor(
    readonly project: Project,
    readonly order: number,
    private readonly locale: string,
  ) {
    this.id = project.id;
    this.group = statusGroup(project.status);
    this.country = project.country;
  }

  get title(): string {
    return (this.titleKey ??= pickText(this.project.title, this.locale));
  }

  get search(): string {
    return (this.searchKey ??= searchText(this.project, this.locale));
  }

  get donorKeys(): ReadonlySet<string> {
    return (this.donorSet ??= new Set(this.project.donors.flatMap(foldedVariants)));
  }

  get themeKeys(): ReadonlySet<string> {
    return (this.themeSet ??= new Set(this.project.themes.flatMap(foldedVariants)));
  }

  get start(): number {
    return (this.startMs ??= this.project.start ? periodStart(this.project.start) : NaN);
  }

  get end(): number {
    return (this.endMs ??= endOf(this.project, this.start));
  }
}

/** Index a validated dataset for one locale: one pass over the projects for every facet and count. */
export function indexProjects(data: ProjectsData, locale: string): BoardIndex {
  const entries: BoardEntry[] = [];
  const byId = new Map<string, BoardEntry>();
  const statuses = new Set<BoardStatus>();
  const currencyCounts = new Map<string, number>();
  const countryCounts = new Map<string, number>();
  const donors = new FacetCounter();
  const themes = new FacetCounter();
  data.projects.forEach((project, order) => {
    const entry = new IndexEntry(project, order, locale);
    entries.push(entry);
    byId.set(entry.id, entry);
    statuses.add(entry.group);
    const { budget, country } = project;
    if (budget) currencyCounts.set(budget.currency, (currencyCounts.get(budget.currency) ?? 0) + 1);
    if (country) countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
    donors.add(project.donors, project);
    themes.add(project.themes, project);
  });

  const currencyRank = new Map(
    [...currencyCounts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([currency], rank) => [currency, rank]),
  );
  const collator = collatorFor(locale);
  const countries = [...countryCounts.entries()]
    .map(([code, count]) => ({ value: code, label: countryName(code, locale), count }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return {
    data,
    locale,
    entries,
    byId,
    currencyRank,
    statuses,
    donors: facetChoices(donors, locale),
    countries,
    themes: facetChoices(themes, locale),
  };
}
