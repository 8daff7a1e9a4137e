/** UI words of <mig-project-board>: statuses, filters, sorting, cards, table and the summary. */
import { defineMessages, inCyrillic, southSlavicPlural } from './catalogue.ts';

type Status = 'planned' | 'active' | 'completed' | 'suspended' | 'cancelled' | 'other';
type Layout = 'columns' | 'list' | 'table';
type ProgressKind = 'reported' | 'elapsed';
/** Sort choices in their attribute form ('' = as listed, '-' = descending). */
type SortValue = '' | 'start' | '-start' | 'end' | '-end' | 'budget' | '-budget' | 'title' | '-title';

export interface BoardMessages {
  /** Accessible name of the board. */
  board: string;
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
  progress: string;
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
  colTitle: string;
  colStatus: string;
  colDonors: string;
  colPartners: string;
  colCountry: string;
  colStart: string;
  colEnd: string;
  colBudget: string;
  colCurrency: string;
  colProgress: string;
  colProgressKind: string;
  colThemes: string;
  colLink: string;
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

/** Headings that repeat a word the board says elsewhere. */
type Repeated = 'tableCaption' | 'colStatus' | 'colDonors' | 'colPartners' | 'colCountry' | 'colBudget' | 'colProgress' | 'colThemes';

function withRepeated(words: Omit<BoardMessages, Repeated>): BoardMessages {
  return {
    ...words,
    tableCaption: words.board,
    colStatus: words.statusLabel,
    colDonors: words.donors(2),
    colPartners: words.partners(2),
    colCountry: words.country,
    colBudget: words.budget,
    colProgress: words.progress,
    colThemes: words.themes(2),
  };
}

const en = withRepeated({
  board: 'Projects',
  status: (status) =>
    ({ planned: 'Planned', active: 'Active', completed: 'Completed', suspended: 'Suspended', cancelled: 'Cancelled', other: 'Other' })[status],
  statusInText: (status) =>
    ({ planned: 'planned', active: 'active', completed: 'completed', suspended: 'suspended', cancelled: 'cancelled', other: 'other' })[status],
  statusLabel: 'Status',
  layout: 'Layout',
  layoutName: (layout) => ({ columns: 'Columns', list: 'List', table: 'Table' })[layout],
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
  sortName: (value) =>
    ({
      '': 'As listed',
      '-start': 'Start, newest first',
      start: 'Start, oldest first',
      '-end': 'End, latest first',
      end: 'End, earliest first',
      '-budget': 'Budget, largest first',
      budget: 'Budget, smallest first',
      title: 'Title, A–Z',
      '-title': 'Title, Z–A',
    })[value],
  budgetSortNote: 'Budgets are compared within each currency, never converted.',
  projects: (count, n) => `${n} ${count === 1 ? 'project' : 'projects'}`,
  showing: (shown, total, n) => `Showing ${shown} of ${n} ${total === 1 ? 'project' : 'projects'}`,
  noMatches: 'No projects match these filters.',
  donors: (count) => (count === 1 ? 'Donor' : 'Donors'),
  partners: (count) => (count === 1 ? 'Partner' : 'Partners'),
  themes: (count) => (count === 1 ? 'Theme' : 'Themes'),
  period: 'Period',
  budget: 'Budget',
  progress: 'Progress',
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
  colTitle: 'Title',
  colStart: 'Start',
  colEnd: 'End',
  colCurrency: 'Currency',
  colProgressKind: 'Progress measure',
  colLink: 'Link',
  summaryStatuses: (count, n, list) => `${n} ${count === 1 ? 'project' : 'projects'}: ${list}.`,
  statusCount: (status, n) => `${n} ${en.statusInText(status)}`,
  summaryBudgets: (list) => `Budgets by currency (currencies are never added together): ${list}.`,
  budgetFor: (amount, count, n) => `${amount} for ${n} ${count === 1 ? 'project' : 'projects'}`,
  summaryNoBudget: (count, n) => (count === 1 ? '1 project has no budget listed.' : `${n} projects have no budget listed.`),
  summaryDonors: (list) => `Main donors: ${list}.`,
  donorWithCount: (name, count, n) => `${name} (${n} ${count === 1 ? 'project' : 'projects'})`,
  summaryFiltered: (shown, total, n) => `The filters show ${shown} of ${n} ${total === 1 ? 'project' : 'projects'}.`,
  summaryEmpty: 'There are no projects to show.',
  resultsAnnounced: (count, n) => (count === 1 ? '1 project shown' : `${n} projects shown`),
});

/** Serbian, Bosnian and Croatian share a grammar; only some words differ. */
interface SouthSlavicWords {
  status: Record<Status, string>;
  statusInText: Record<Status, string>;
  /** projekat / projekta / projekata */
  project: [string, string, string];
  layoutName: Record<Layout, string>;
  sortName: Record<SortValue, string>;
  rest: Omit<
    BoardMessages,
    | 'status'
    | 'statusInText'
    | 'layoutName'
    | 'sortName'
    | 'projects'
    | 'showing'
    | 'summaryStatuses'
    | 'statusCount'
    | 'budgetFor'
    | 'summaryNoBudget'
    | 'donorWithCount'
    | 'summaryFiltered'
    | 'resultsAnnounced'
    | Repeated
  >;
  /** "Prikazano … od …" */
  showing: [string, string];
  budgetFor: string;
  noBudget: string;
  filtered: [string, string];
  /** "Prikazano projekata" (then ": 5"). */
  announced: string;
}

function southSlavic(words: SouthSlavicWords): BoardMessages {
  const noun = (count: number) => southSlavicPlural(count, ...words.project);
  return withRepeated({
    ...words.rest,
    status: (status) => words.status[status],
    statusInText: (status) => words.statusInText[status],
    layoutName: (layout) => words.layoutName[layout],
    sortName: (value) => words.sortName[value],
    projects: (count, n) => `${n} ${noun(count)}`,
    showing: (shown, total, n) => `${words.showing[0]} ${shown} ${words.showing[1]} ${n} ${noun(total)}`,
    summaryStatuses: (count, n, list) => `${n} ${noun(count)}: ${list}.`,
    // A tally ("završeno 9") reads naturally where "9 završeno" would not.
    statusCount: (status, n) => `${words.statusInText[status]} ${n}`,
    budgetFor: (amount, count, n) => `${amount} ${words.budgetFor} ${n} ${noun(count)}`,
    summaryNoBudget: (count, n) => `${words.noBudget}: ${n} ${noun(count)}.`,
    donorWithCount: (name, count, n) => `${name} (${n} ${noun(count)})`,
    summaryFiltered: (shown, total, n) => `${words.filtered[0]} ${shown} ${words.filtered[1]} ${n} ${noun(total)}.`,
    resultsAnnounced: (_count, n) => `${words.announced}: ${n}`,
  });
}

const srLatnWords: SouthSlavicWords = {
  status: { planned: 'Planirano', active: 'Aktivno', completed: 'Završeno', suspended: 'Obustavljeno', cancelled: 'Otkazano', other: 'Ostalo' },
  statusInText: { planned: 'planirano', active: 'aktivno', completed: 'završeno', suspended: 'obustavljeno', cancelled: 'otkazano', other: 'ostalo' },
  project: ['projekat', 'projekta', 'projekata'],
  layoutName: { columns: 'Kolone', list: 'Lista', table: 'Tabela' },
  sortName: {
    '': 'Kao u podacima',
    '-start': 'Početak, najnoviji prvo',
    start: 'Početak, najstariji prvo',
    '-end': 'Kraj, najkasniji prvo',
    end: 'Kraj, najraniji prvo',
    '-budget': 'Budžet, najveći prvo',
    budget: 'Budžet, najmanji prvo',
    title: 'Naziv, A–Ž',
    '-title': 'Naziv, Ž–A',
  },
  showing: ['Prikazano', 'od'],
  budgetFor: 'za',
  noBudget: 'Bez navedenog budžeta',
  filtered: ['Filteri prikazuju', 'od'],
  announced: 'Prikazano projekata',
  rest: {
    board: 'Projekti',
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
    progress: 'Napredak',
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
    colTitle: 'Naziv',
    colStart: 'Početak',
    colEnd: 'Kraj',
    colCurrency: 'Valuta',
    colProgressKind: 'Mera napretka',
    colLink: 'Veza',
    summaryBudgets: (list) => `Budžeti po valutama (različite valute se ne sabiraju): ${list}.`,
    summaryDonors: (list) => `Glavni donatori: ${list}.`,
    summaryEmpty: 'Nema projekata za prikaz.',
  },
};

const srLatn = southSlavic(srLatnWords);

const srCyrlWords = inCyrillic(srLatnWords);
const srCyrl = southSlavic({
  ...srCyrlWords,
  // The Cyrillic alphabet ends in Ш; the key is named in Latin letters on every keyboard.
  sortName: { ...srCyrlWords.sortName, title: 'Назив, А–Ш', '-title': 'Назив, Ш–А' },
  rest: {
    ...srCyrlWords.rest,
    keyboardHint: 'Стрелице воде од пројекта до пројекта; Enter отвара страницу пројекта или га бира; размакница га бира.',
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
    colProgressKind: 'Mjera napretka',
    colLink: 'Link',
  },
};
const bs = southSlavic(bsWords);

/** Croatian: the Bosnian words, with its own for budgets, periods, filters and a few more. */
const hr = southSlavic({
  ...bsWords,
  project: ['projekt', 'projekta', 'projekata'],
  layoutName: { columns: 'Stupci', list: 'Popis', table: 'Tablica' },
  sortName: {
    ...bsWords.sortName,
    '-end': 'Završetak, najkasniji prvo',
    end: 'Završetak, najraniji prvo',
    '-budget': 'Proračun, najveći prvo',
    budget: 'Proračun, najmanji prvo',
  },
  noBudget: 'Bez navedenog proračuna',
  filtered: ['Filtri prikazuju', 'od'],
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
    colEnd: 'Završetak',
    colLink: 'Poveznica',
    summaryBudgets: (list) => `Proračuni po valutama (različite valute se ne zbrajaju): ${list}.`,
  },
});

export const boardMessages = defineMessages<BoardMessages>({ en, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, bs, hr });
