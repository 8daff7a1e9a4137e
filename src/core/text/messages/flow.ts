/** UI words of the flow timeline: legend, zoom, keyboard help, tooltip, table and the generated summary. */
import type { Interval } from '../../data/types.ts';
import { defineMessages, inCyrillic, southSlavicPlural } from './catalogue.ts';

export interface FlowMessages {
  /** Accessible name of the focusable plot. */
  chart: (title: string) => string;
  keyboardHint: string;
  period: string;
  estimate: string;
  /** What the values count, from the dataset's `unit` (e.g. people). */
  unit: (unit: string) => string;
  /** Marker after an estimated value in the tooltip and table. */
  estimateMark: string;
  unknown: string;
  total: string;
  legend: string;
  event: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  /** Accessible name of the overview strip that brushes a time range. */
  overview: string;
  zoomedTo: (from: string, to: string) => string;
  showingAll: string;
  seriesShown: (label: string) => string;
  seriesHidden: (label: string) => string;
  selected: (period: string) => string;
  /** `12,300 a month`. */
  perPeriod: (interval: Interval, value: string) => string;
  /** `30 months`: `count` for the plural, `formatted` for display. */
  periods: (interval: Interval, count: number, formatted: string) => string;
  summarySpan: (from: string, to: string, periods: string) => string;
  summarySeries: (label: string, peakPeriod: string, peakValue: string, total: string) => string;
  summaryNoValues: (label: string) => string;
  summaryChange: (event: string, window: string, before: string, after: string, change: string) => string;
  summaryChangeOf: (label: string, event: string, window: string, before: string, after: string, change: string) => string;
  /** A dataset text quoted in running text. */
  quote: (text: string) => string;
  summaryGaps: (count: number, formatted: string) => string;
  summaryEstimates: string;
  tableEstimateNote: string;
}

const EN_UNITS: Record<Interval, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['year', 'years'],
};
const EN_PER: Record<Interval, string> = { day: 'a day', week: 'a week', month: 'a month', quarter: 'a quarter', year: 'a year' };

const SR_LATN_UNITS: Record<Interval, [string, string, string]> = {
  day: ['dan', 'dana', 'dana'],
  week: ['nedelja', 'nedelje', 'nedelja'],
  month: ['mesec', 'meseca', 'meseci'],
  quarter: ['kvartal', 'kvartala', 'kvartala'],
  year: ['godina', 'godine', 'godina'],
};
const SR_LATN_PER: Record<Interval, string> = { day: 'dnevno', week: 'nedeljno', month: 'mesečno', quarter: 'kvartalno', year: 'godišnje' };

const BS_UNITS: Record<Interval, [string, string, string]> = {
  day: ['dan', 'dana', 'dana'],
  week: ['sedmica', 'sedmice', 'sedmica'],
  month: ['mjesec', 'mjeseca', 'mjeseci'],
  quarter: ['kvartal', 'kvartala', 'kvartala'],
  year: ['godina', 'godine', 'godina'],
};
const BS_PER: Record<Interval, string> = { day: 'dnevno', week: 'sedmično', month: 'mjesečno', quarter: 'kvartalno', year: 'godišnje' };

const HR_UNITS: Record<Interval, [string, string, string]> = {
  day: ['dan', 'dana', 'dana'],
  week: ['tjedan', 'tjedna', 'tjedana'],
  month: ['mjesec', 'mjeseca', 'mjeseci'],
  quarter: ['tromjesečje', 'tromjesečja', 'tromjesečja'],
  year: ['godina', 'godine', 'godina'],
};
const HR_PER: Record<Interval, string> = { day: 'dnevno', week: 'tjedno', month: 'mjesečno', quarter: 'tromjesečno', year: 'godišnje' };

const slavic = (units: Record<Interval, [string, string, string]>) => (interval: Interval, count: number, n: string) => {
  const [one, few, other] = units[interval];
  return `${n} ${southSlavicPlural(count, one, few, other)}`;
};

/** Serbian in Latin; the Cyrillic words are its transliteration, but for the entries below. */
const srLatn: FlowMessages = {
  chart: (title) => (title ? `${title}, grafikon` : 'Grafikon'),
  keyboardHint:
    'Strelice pomeraju po periodima, Page Up i Page Down po događajima, Home i End na prvi i poslednji period; + i − uvećavaju i umanjuju, Enter bira, Escape poništava.',
  period: 'Period',
  estimate: 'procena',
  unit: (unit) => `Jedinica: ${unit}`,
  estimateMark: 'proc.',
  unknown: 'nepoznato',
  total: 'Ukupno',
  legend: 'Prikaži ili sakrij serije',
  event: 'Događaj',
  resetZoom: 'Poništi uvećanje',
  zoomIn: 'Uvećaj',
  zoomOut: 'Umanji',
  overview: 'Vremenski raspon: prevucite da uvećate',
  zoomedTo: (from, to) => `Prikazano: ${from} – ${to}.`,
  showingAll: 'Prikazan je ceo period.',
  seriesShown: (label) => `${label}: prikazano.`,
  seriesHidden: (label) => `${label}: sakriveno.`,
  selected: (period) => `Izabrano: ${period}.`,
  perPeriod: (interval, value) => `${value} ${SR_LATN_PER[interval]}`,
  periods: slavic(SR_LATN_UNITS),
  summarySpan: (from, to, periods) => `Period podataka: ${from} – ${to} (${periods}).`,
  summarySeries: (label, period, value, total) => `${label}: najviše ${value} (${period}); ukupno ${total}.`,
  summaryNoValues: (label) => `${label}: nema poznatih vrednosti.`,
  summaryChange: (event, window, before, after, change) =>
    `Oko događaja ${event}: u proseku ${before} tokom ${window} pre i ${after} tokom ${window} posle (${change}).`,
  summaryChangeOf: (label, event, window, before, after, change) =>
    `${label}, oko događaja ${event}: u proseku ${before} tokom ${window} pre i ${after} tokom ${window} posle (${change}).`,
  quote: (text) => `„${text}”`,
  summaryGaps: (_count, n) => `Nepoznatih vrednosti: ${n} (prikazane kao praznine).`,
  summaryEstimates: 'Neke vrednosti su procene: prikazane su isprekidano i označene u tabeli.',
  tableEstimateNote: 'proc. = procena',
};

/** Bosnian: Serbian (Latin) words but for these. */
const bs: FlowMessages = {
  ...srLatn,
  keyboardHint:
    'Strelice pomjeraju po periodima, Page Up i Page Down po događajima, Home i End na prvi i posljednji period; + i − uvećavaju i umanjuju, Enter bira, Escape poništava.',
  estimate: 'procjena',
  showingAll: 'Prikazan je cijeli period.',
  selected: (period) => `Odabrano: ${period}.`,
  perPeriod: (interval, value) => `${value} ${BS_PER[interval]}`,
  periods: slavic(BS_UNITS),
  summaryNoValues: (label) => `${label}: nema poznatih vrijednosti.`,
  summaryChange: (event, window, before, after, change) =>
    `Oko događaja ${event}: u prosjeku ${before} tokom ${window} prije i ${after} tokom ${window} poslije (${change}).`,
  summaryChangeOf: (label, event, window, before, after, change) =>
    `${label}, oko događaja ${event}: u prosjeku ${before} tokom ${window} prije i ${after} tokom ${window} poslije (${change}).`,
  summaryGaps: (_count, n) => `Nepoznatih vrijednosti: ${n} (prikazane kao praznine).`,
  summaryEstimates: 'Neke vrijednosti su procjene: prikazane su isprekidano i označene u tabeli.',
  tableEstimateNote: 'proc. = procjena',
};

export const flowMessages = defineMessages<FlowMessages>({
  en: {
    chart: (title) => (title ? `${title}, chart` : 'Chart'),
    keyboardHint:
      'Arrow keys move between periods, Page Up and Page Down between events, Home and End to the first and last period; + and − zoom, Enter selects, Escape clears.',
    period: 'Period',
    estimate: 'estimate',
    unit: (unit) => `Unit: ${unit}`,
    estimateMark: 'est.',
    unknown: 'unknown',
    total: 'Total',
    legend: 'Show or hide series',
    event: 'Event',
    resetZoom: 'Reset zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    overview: 'Time range: drag to zoom',
    zoomedTo: (from, to) => `Showing ${from} to ${to}.`,
    showingAll: 'Showing the whole period.',
    seriesShown: (label) => `${label} shown.`,
    seriesHidden: (label) => `${label} hidden.`,
    selected: (period) => `${period} selected.`,
    perPeriod: (interval, value) => `${value} ${EN_PER[interval]}`,
    periods: (interval, count, n) => `${n} ${EN_UNITS[interval][count === 1 ? 0 : 1]}`,
    summarySpan: (from, to, periods) => `The data runs from ${from} to ${to} (${periods}).`,
    summarySeries: (label, period, value, total) => `${label}: highest in ${period} (${value}); ${total} in total.`,
    summaryNoValues: (label) => `${label}: no known values.`,
    summaryChange: (event, window, before, after, change) =>
      `Around ${event}: on average ${before} in the ${window} before and ${after} in the ${window} after (${change}).`,
    summaryChangeOf: (label, event, window, before, after, change) =>
      `${label}, around ${event}: on average ${before} in the ${window} before and ${after} in the ${window} after (${change}).`,
    quote: (text) => `“${text}”`,
    summaryGaps: (count, n) =>
      count === 1 ? 'One value is unknown (shown as a gap).' : `${n} values are unknown (shown as gaps).`,
    summaryEstimates: 'Some values are estimates: drawn dashed and marked in the table.',
    tableEstimateNote: 'est. = estimate',
  },
  'sr-Latn': srLatn,
  'sr-Cyrl': {
    ...inCyrillic(srLatn),
    // Key names stay as printed on keyboards; Serbian acronyms are written in Cyrillic.
    keyboardHint:
      'Стрелице померају по периодима, Page Up и Page Down по догађајима, Home и End на први и последњи период; + и − увећавају и умањују, Enter бира, Escape поништава.',
  },
  bs,
  hr: {
    // Croatian: Bosnian words but for these.
    ...bs,
    keyboardHint:
      'Strelice pomiču po razdobljima, Page Up i Page Down po događajima, Home i End na prvo i posljednje razdoblje; + i − povećavaju i smanjuju, Enter odabire, Escape poništava.',
    period: 'Razdoblje',
    legend: 'Prikaži ili sakrij nizove',
    resetZoom: 'Poništi povećanje',
    zoomIn: 'Povećaj',
    zoomOut: 'Smanji',
    overview: 'Vremenski raspon: povucite za povećanje',
    showingAll: 'Prikazano je cijelo razdoblje.',
    seriesHidden: (label) => `${label}: skriveno.`,
    perPeriod: (interval, value) => `${value} ${HR_PER[interval]}`,
    periods: slavic(HR_UNITS),
    summarySpan: (from, to, periods) => `Razdoblje podataka: ${from} – ${to} (${periods}).`,
    summaryChange: (event, window, before, after, change) =>
      `Oko događaja ${event}: u prosjeku ${before} tijekom ${window} prije i ${after} tijekom ${window} poslije (${change}).`,
    summaryChangeOf: (label, event, window, before, after, change) =>
      `${label}, oko događaja ${event}: u prosjeku ${before} tijekom ${window} prije i ${after} tijekom ${window} poslije (${change}).`,
    summaryEstimates: 'Neke vrijednosti su procjene: prikazane su isprekidano i označene u tablici.',
  },
});
