/** UI words of <mig-project-board>: statuses, filters, sorting, cards, table and the summary. */
import { latinToCyrillic } from '../transliterate.ts';
import { defineMessages, inCyrillic, southSlavicPlural } from './catalogue.ts';

type Status = 'planned' | 'active' | 'completed' | 'suspended' | 'cancelled' | 'other';
type Layout = 'columns' | 'list' | 'table';
type ProgressKind = 'reported' | 'elapsed';
type SortField = 'start' | 'end' | 'budget' | 'title';
/** Columns of the board's data table (and of its CSV). */
export type BoardColumn = 'title' | 'status' | 'donors' | 'partners' | 'country' | 'start' | 'end' | 'budget' | 'currency' | 'progress' | 'progressKind' | 'themes' | 'url';
/** Sort choices in their attribute form ('' = as listed, '-' = descending). */
type SortValue = '' | SortField | `-${SortField}`;

export interface BoardMessages {
  /** Status as a badge or column heading. */
  status: (status: Status) => string;
  /** Status inside a sentence of the summary. */
  statusInText: (status: Status) => string;
  statusLabel: string;
  layout: string;
  layoutName: (layout: Layout) => string;
  filters: string;
  search: string;
  donor: string;
  country: string;
  theme: string;
  anyDonor: string;
  anyCountry: string;
  anyTheme: string;
  clearFilters: string;
  sort: string;
  sortName: (value: SortValue) => string;
  /** Why budgets sort currency by currency. */
  budgetSortNote: string;
  /** "22 projects" (count already formatted). */
  projects: (count: number, formatted: string) => string;
  /** "Showing 5 of 22 projects". */
  showing: (shown: string, total: number, totalFormatted: string) => string;
  noMatches: string;
  donors: (count: number) => string;
  partners: (count: number) => string;
  themes: (count: number) => string;
  period: string;
  budget: string;
  /** "Progress: 60% (reported)" or "Time elapsed: 45% of the planned period". */
  progressText: (kind: ProgressKind, percent: string) => string;
  progressKind: (kind: ProgressKind) => string;
  /** A period with a start and no end. */
  ongoing: (start: string) => string;
  /** A period with an end and no start. */
  until: (end: string) => string;
  link: string;
  newTab: string;
  /** "Show 30 more (212 left)". */
  showMore: (more: string, left: string) => string;
  keyboardHint: string;
  selected: string;
  emptyGroup: string;
  tableCaption: string;
  /** Heading of a table column. */
  column: (column: BoardColumn) => string;
  /** Summary: "22 projects: 9 completed, 4 active and 9 other." (list already joined). */
  summaryStatuses: (count: number, formatted: string, list: string) => string;
  /** One status in that list ("9 completed"). */
  statusCount: (status: Status, formatted: string) => string;
  /** Summary: budget totals, one per currency, already joined. */
  summaryBudgets: (list: string) => string;
  /** One total: "€31,350,000 for 7 projects". */
  budgetFor: (amount: string, count: number, formatted: string) => string;
  summaryNoBudget: (count: number, formatted: string) => string;
  summaryDonors: (list: string) => string;
  donorWithCount: (name: string, count: number, formatted: string) => string;
  summaryFiltered: (shown: string, total: number, totalFormatted: string) => string;
  summaryEmpty: string;
  /** Live-region message after the filters change. */
  resultsAnnounced: (count: number, formatted: string) => string;
}

/** Column headings that repeat a word the board says elsewhere. */
type RepeatedColumn = 'status' | 'donors' | 'partners' | 'country' | 'budget' | 'themes';

/** Messages every language builds the same way from its words. */
type Built =
  | 'column'
  | 'status'
  | 'statusInText'
  | 'layoutName'
  | 'sortName'
  | 'projects'
  | 'showing'
  | 'summaryStatuses'
  | 'budgetFor'
  | 'donorWithCount'
  | 'summaryFiltered';

/** The words of one language; the sentences around a count of projects share their shape. */
interface Words {
  status: Record<Status, string>;
  layoutName: Record<Layout, string>;
  asListed: string;
  /** Which way a sort runs, said after the heading of its field ("Start, newest first"). */
  sortOrder: Record<Exclude<SortValue, ''>, string>;
  /** Column headings of its own; the others repeat a word said elsewhere. */
  columns: Record<Exclude<BoardColumn, RepeatedColumn>, string>;
  /** The noun after a count: project / projects (projekat / projekta / projekata). */
  project: (count: number) => string;
  /** "Showing … of …" */
  showing: [string, string];
  /** "… for …" (a budget and its projects) */
  budgetFor: string;
  /** "The filters show … of …" */
  filtered: [string, string];
  rest: Omit<BoardMessages, Built>;
}

function build(words: Words): BoardMessages {
  const { rest, project } = words;
  const columns: Record<BoardColumn, string> = {
    ...words.columns,
    status: rest.statusLabel,
    donors: rest.donors(2),
    partners: rest.partners(2),
    country: rest.country,
    budget: rest.budget,
    themes: rest.themes(2),
  };
  return {
    ...rest,
    status: (status) => words.status[status],
    // Every UI language writes a status inside a sentence as its badge word in lower case.
    statusInText: (status) => words.status[status].toLowerCase(),
    layoutName: (layout) => words.layoutName[layout],
    // "Start, newest first": the heading of the column sorted by, then which way.
    sortName: (value) => (value ? `${columns[value.replace('-', '') as SortField]}, ${words.sortOrder[value]}` : words.asListed),
    column: (column) => columns[column],
    projects: (count, n) => `${n} ${project(count)}`,
    showing: (shown, total, n) => `${words.showing[0]} ${shown} ${words.showing[1]} ${n} ${project(total)}`,
    summaryStatuses: (count, n, list) => `${n} ${project(count)}: ${list}.`,
    budgetFor: (amount, count, n) => `${amount} ${words.budgetFor} ${n} ${project(count)}`,
    donorWithCount: (name, count, n) => `${name} (${n} ${project(count)})`,
    summaryFiltered: (shown, total, n) => `${words.filtered[0]} ${shown} ${words.filtered[1]} ${n} ${project(total)}.`,
  };
}

const en: BoardMessages = build({
  status: { planned: 'Planned', active: 'Active', completed: 'Completed', suspended: 'Suspended', cancelled: 'Cancelled', other: 'Other' },
  layoutName: { columns: 'Columns', list: 'List', table: 'Table' },
  asListed: 'As listed',
  sortOrder: {
    '-start': 'newest first',
    start: 'oldest first',
    '-end': 'latest first',
    end: 'earliest first',
    '-budget': 'largest first',
    budget: 'smallest first',
    title: 'A–Z',
    '-title': 'Z–A',
  },
  project: (count) => (count === 1 ? 'project' : 'projects'),
  showing: ['Showing', 'of'],
  budgetFor: 'for',
  filtered: ['The filters show', 'of'],
  columns: { title: 'Title', start: 'Start', end: 'End', currency: 'Currency', progress: 'Progress', progressKind: 'Progress measure', url: 'Link' },
  rest: {
    tableCaption: 'Projects',
    statusLabel: 'Status',
    layout: 'Layout',
    filters: 'Filter projects',
    search: 'Search',
    donor: 'Donor',
    country: 'Country',
    theme: 'Theme',
    anyDonor: 'All donors',
    anyCountry: 'All countries',
    anyTheme: 'All themes',
    clearFilters: 'Clear filters',
    sort: 'Sort by',
    budgetSortNote: 'Budgets are compared within each currency, never converted.',
    noMatches: 'No projects match these filters.',
    donors: (count) => (count === 1 ? 'Donor' : 'Donors'),
    partners: (count) => (count === 1 ? 'Partner' : 'Partners'),
    themes: (count) => (count === 1 ? 'Theme' : 'Themes'),
    period: 'Period',
    budget: 'Budget',
    progressText: (kind, percent) =>
      kind === 'reported' ? `Progress: ${percent} (reported)` : `Time elapsed: ${percent} of the planned period`,
    progressKind: (kind) => (kind === 'reported' ? 'reported' : 'time elapsed'),
    ongoing: (start) => `${start} – ongoing`,
    until: (end) => `until ${end}`,
    link: 'Project page',
    newTab: '(opens in a new tab)',
    showMore: (more, left) => `Show ${more} more (${left} left)`,
    keyboardHint: 'Arrow keys move between projects; Enter opens the project page or selects the project; Space selects it.',
    selected: 'Selected',
    emptyGroup: 'None',
    statusCount: (status, n) => `${n} ${en.statusInText(status)}`,
    summaryBudgets: (list) => `Budgets by currency (currencies are never added together): ${list}.`,
    summaryNoBudget: (count, n) => (count === 1 ? '1 project has no budget listed.' : `${n} projects have no budget listed.`),
    summaryDonors: (list) => `Main donors: ${list}.`,
    summaryEmpty: 'There are no projects to show.',
    resultsAnnounced: (count, n) => (count === 1 ? '1 project shown' : `${n} projects shown`),
  },
});

/** Serbian, Bosnian and Croatian share a grammar; only some words differ. */
interface SouthSlavicWords extends Omit<Words, 'project' | 'rest'> {
  /** projekat / projekta / projekata */
  project: [string, string, string];
  rest: Omit<Words['rest'], 'statusCount' | 'summaryNoBudget' | 'resultsAnnounced'>;
  noBudget: string;
  /** "Prikazano projekata" (then ": 5"). */
  announced: string;
}

function southSlavic(words: SouthSlavicWords): BoardMessages {
  const project = (count: number) => southSlavicPlural(count, ...words.project);
  const messages = build({
    ...words,
    project,
    rest: {
      ...words.rest,
      // A tally ("završeno 9") reads naturally where "9 završeno" would not.
      statusCount: (status, n) => `${messages.statusInText(status)} ${n}`,
      summaryNoBudget: (count, n) => `${words.noBudget}: ${n} ${project(count)}.`,
      resultsAnnounced: (_count, n) => `${words.announced}: ${n}`,
    },
  });
  return messages;
}

const srLatnWords: SouthSlavicWords = {
  status: { planned: 'Planirano', active: 'Aktivno', completed: 'Završeno', suspended: 'Obustavljeno', cancelled: 'Otkazano', other: 'Ostalo' },
  project: ['projekat', 'projekta', 'projekata'],
  layoutName: { columns: 'Kolone', list: 'Lista', table: 'Tabela' },
  asListed: 'Kao u podacima',
  sortOrder: {
    '-start': 'najnoviji prvo',
    start: 'najstariji prvo',
    '-end': 'najkasniji prvo',
    end: 'najraniji prvo',
    '-budget': 'najveći prvo',
    budget: 'najmanji prvo',
    title: 'A–Ž',
    '-title': 'Ž–A',
  },
  showing: ['Prikazano', 'od'],
  budgetFor: 'za',
  noBudget: 'Bez navedenog budžeta',
  filtered: ['Filteri prikazuju', 'od'],
  announced: 'Prikazano projekata',
  columns: { title: 'Naziv', start: 'Početak', end: 'Kraj', currency: 'Valuta', progress: 'Napredak', progressKind: 'Mera napretka', url: 'Veza' },
  rest: {
    tableCaption: 'Projekti',
    statusLabel: 'Status',
    layout: 'Prikaz',
    filters: 'Filtriranje projekata',
    search: 'Pretraga',
    donor: 'Donator',
    country: 'Zemlja',
    theme: 'Tema',
    anyDonor: 'Svi donatori',
    anyCountry: 'Sve zemlje',
    anyTheme: 'Sve teme',
    clearFilters: 'Poništi filtere',
    sort: 'Redosled',
    budgetSortNote: 'Budžeti se porede unutar iste valute, bez preračunavanja.',
    noMatches: 'Nijedan projekat ne odgovara ovim filterima.',
    donors: (count) => (count === 1 ? 'Donator' : 'Donatori'),
    partners: (count) => (count === 1 ? 'Partner' : 'Partneri'),
    themes: (count) => (count === 1 ? 'Tema' : 'Teme'),
    period: 'Period',
    budget: 'Budžet',
    progressText: (kind, percent) =>
      kind === 'reported' ? `Napredak: ${percent} (prijavljeno)` : `Proteklo vreme: ${percent} planiranog perioda`,
    progressKind: (kind) => (kind === 'reported' ? 'prijavljeno' : 'proteklo vreme'),
    ongoing: (start) => `${start} – u toku`,
    until: (end) => `do ${end}`,
    link: 'Stranica projekta',
    newTab: '(otvara se u novoj kartici)',
    showMore: (more, left) => `Prikaži još ${more} (preostalo: ${left})`,
    keyboardHint: 'Strelice vode od projekta do projekta; Enter otvara stranicu projekta ili ga bira; razmaknica ga bira.',
    selected: 'Izabrano',
    emptyGroup: 'Nema',
    summaryBudgets: (list) => `Budžeti po valutama (različite valute se ne sabiraju): ${list}.`,
    summaryDonors: (list) => `Glavni donatori: ${list}.`,
    summaryEmpty: 'Nema projekata za prikaz.',
  },
};

const srLatn = southSlavic(srLatnWords);

const srCyrlWords = inCyrillic(srLatnWords);
const srCyrl = southSlavic({
  ...srCyrlWords,
  // The Cyrillic alphabet ends in Ш.
  sortOrder: { ...srCyrlWords.sortOrder, title: 'А–Ш', '-title': 'Ш–А' },
  rest: {
    ...srCyrlWords.rest,
    // The key is named in Latin letters on every keyboard.
    keyboardHint: srLatnWords.rest.keyboardHint.split('Enter').map(latinToCyrillic).join('Enter'),
  },
});

/** Bosnian: Serbian Latin in ijekavian, with its own words for a few things. */
const bsWords: SouthSlavicWords = {
  ...srLatnWords,
  rest: {
    ...srLatnWords.rest,
    country: 'Država',
    anyCountry: 'Sve države',
    sort: 'Redoslijed',
    progressText: (kind, percent) =>
      kind === 'reported' ? `Napredak: ${percent} (prijavljeno)` : `Proteklo vrijeme: ${percent} planiranog perioda`,
    progressKind: (kind) => (kind === 'reported' ? 'prijavljeno' : 'proteklo vrijeme'),
    keyboardHint: 'Strelice vode od projekta do projekta; Enter otvara stranicu projekta ili ga odabire; razmaknica ga odabire.',
    selected: 'Odabrano',
  },
  columns: { ...srLatnWords.columns, progressKind: 'Mjera napretka', url: 'Link' },
};
const bs = southSlavic(bsWords);

/** Croatian: the Bosnian words, with its own for budgets, periods, filters and a few more. */
const hr = southSlavic({
  ...bsWords,
  project: ['projekt', 'projekta', 'projekata'],
  layoutName: { columns: 'Stupci', list: 'Popis', table: 'Tablica' },
  noBudget: 'Bez navedenog proračuna',
  filtered: ['Filtri prikazuju', 'od'],
  columns: { ...bsWords.columns, end: 'Završetak', url: 'Poveznica' },
  rest: {
    ...bsWords.rest,
    search: 'Pretraživanje',
    clearFilters: 'Poništi filtre',
    sort: 'Poredak',
    budgetSortNote: 'Proračuni se uspoređuju unutar iste valute, bez preračunavanja.',
    noMatches: 'Nijedan projekt ne odgovara ovim filtrima.',
    period: 'Razdoblje',
    budget: 'Proračun',
    progressText: (kind, percent) =>
      kind === 'reported' ? `Napredak: ${percent} (prijavljeno)` : `Proteklo vrijeme: ${percent} planiranog razdoblja`,
    ongoing: (start) => `${start} – u tijeku`,
    summaryBudgets: (list) => `Proračuni po valutama (različite valute se ne zbrajaju): ${list}.`,
  },
});

export const boardMessages = defineMessages<BoardMessages>({ en, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, bs, hr });
