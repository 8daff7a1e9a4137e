/**
 * Every visible number and date goes through these: Intl formatters, memoised per locale and
 * options, dates always in UTC (a calendar period reads the same in every time zone).
 * Invalid input (NaN, ±Infinity, malformed or impossible dates) gives '' and never throws.
 */
import type { Interval } from '../data/types.ts';
import { type DatePrecision, parseIsoDate, periodStart } from '../data/dates.ts';
import { normaliseLocale } from './locale.ts';
import { messagesFor } from './messages/catalogue.ts';
import { formatMessages } from './messages/format.ts';

export type DateStyle = 'long' | 'short';
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const numberFormatters = new Map<string, Intl.NumberFormat | null>();
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const listFormatters = new Map<string, Intl.ListFormat>();

/**
 * Close relatives whose number and date conventions a language shares, for browsers whose Intl
 * lacks its own data (Debian's Chromium has no Bosnian: "2019 M09", "1,976" instead of
 * "septembar 2019.", "1.976"). Bosnian writes like Latin Serbian, then Croatian. (Montenegrin,
 * `cnr`, is canonicalised to `sr-ME` before it gets here.)
 */
const FORMAT_RELATIVES: Readonly<Record<string, readonly string[]>> = {
  bs: ['sr-Latn-BA', 'sr-Latn', 'hr-BA', 'hr'],
  sr: ['sr-Latn', 'hr'],
  hr: ['sr-Latn', 'bs'],
};

/**
 * Whether Intl really has the language's data. Some builds list a locale as supported but lack
 * its patterns, and then format with the root locale's: months as "M09" ("2019 M09"), numbers
 * as "1,976".
 */
function hasIntlData(tag: string): boolean {
  try {
    if (!Intl.DateTimeFormat.supportedLocalesOf([tag]).length || !Intl.NumberFormat.supportedLocalesOf([tag]).length) return false;
    const month = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2019, 8, 1));
    return !/^M\d+$/.test(month);
  } catch {
    return false;
  }
}

const formattingLocales = new Map<string, string>();

/** The locale Intl formats `locale` with: itself when Intl has its data, else a close relative that it has. */
export function formattingLocale(locale: string, supported: (tag: string) => boolean = hasIntlData): string {
  const tag = normaliseLocale(locale);
  const cached = supported === hasIntlData ? formattingLocales.get(tag) : undefined;
  if (cached) return cached;
  // Only languages with relatives to fall back on are probed: a probe builds a date formatter,
  // and the first one on a page is costly.
  const relatives = FORMAT_RELATIVES[tag.split('-')[0]!.toLowerCase()];
  const chosen = relatives && !supported(tag) ? (relatives.find(supported) ?? tag) : tag;
  if (supported === hasIntlData) formattingLocales.set(tag, chosen);
  return chosen;
}

function cacheKey(locale: string, options: object | undefined): string {
  return options ? `${locale}|${JSON.stringify(options)}` : locale;
}

/** A memoised number formatter, or null when Intl rejects the options (an unknown currency code…). */
function tryNumberFormatter(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const tag = formattingLocale(locale);
  const key = cacheKey(tag, options);
  let formatter = numberFormatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(tag, options);
    } catch {
      formatter = null;
    }
    numberFormatters.set(key, formatter);
  }
  return formatter;
}

/** A memoised `Intl.NumberFormat`; options Intl rejects are dropped rather than thrown. */
export function numberFormatter(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return tryNumberFormatter(locale, options) ?? (tryNumberFormatter(locale) as Intl.NumberFormat);
}

/**
 * Make the plain number and date formatters of `locale` ahead of need. The first Intl formatter
 * on a page costs some 10-15 ms (the engine loads its locale data); a widget waiting for its data
 * spends that while the page is idle instead of in its first picture.
 */
export function warmFormatters(locale: string): void {
  numberFormatter(locale);
  dateFormatter(locale, { year: 'numeric' });
}

/** A memoised `Intl.DateTimeFormat` in UTC, whatever `options.timeZone` says. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = formattingLocale(locale);
  const utc: Intl.DateTimeFormatOptions = { ...options, timeZone: 'UTC' };
  const key = cacheKey(tag, utc);
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(tag, utc);
    } catch {
      formatter = new Intl.DateTimeFormat(tag, { timeZone: 'UTC' });
    }
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `-0` shows as `0`. */
function unsigned0(value: number): number {
  return value === 0 ? 0 : value;
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  if (!isNumber(value)) return '';
  return numberFormatter(locale, options).format(unsigned0(value));
}

/** Short magnitudes: `150K` (en), `150 hilj.` (sr-Latn), `150 хиљ.` (sr-Cyrl). */
export function formatCompact(value: number, locale: string): string {
  return formatNumber(value, locale, { notation: 'compact' });
}

/** A ratio as a percentage: 0.98 → `98%` (en), `98 %` (hr, de). */
export function formatPercent(ratio: number, locale: string, maximumFractionDigits = 0): string {
  const digits = isNumber(maximumFractionDigits) ? Math.min(20, Math.max(0, Math.trunc(maximumFractionDigits))) : 0;
  return formatNumber(ratio, locale, { style: 'percent', maximumFractionDigits: digits });
}

/**
 * An amount of money: `$130,000` (en), `130.000 US$` (sr). Whole amounts show no minor units.
 * A code Intl does not accept gives the number followed by the code as written.
 */
export function formatCurrency(
  amount: number,
  currency: string,
  locale: string,
  options?: { compact?: boolean },
): string {
  if (!isNumber(amount)) return '';
  const code = typeof currency === 'string' ? currency.trim() : '';
  const compact = options?.compact === true;
  const digits: Intl.NumberFormatOptions = compact
    ? { notation: 'compact' }
    : Number.isInteger(amount)
      ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
      : {};
  if (/^[A-Za-z]{3}$/.test(code)) {
    const formatter = tryNumberFormatter(locale, { style: 'currency', currency: code.toUpperCase(), ...digits });
    if (formatter) return formatter.format(unsigned0(amount));
  }
  const number = formatNumber(amount, locale, compact ? { notation: 'compact' } : undefined);
  return code ? `${number}\u00a0${code}` : number;
}

const MAX_TIME = 8.64e15;

/** UTC milliseconds of ISO text or of a time; NaN when invalid. */
function timeOf(date: string | number): number {
  const time = typeof date === 'string' ? periodStart(date) : date;
  return isNumber(time) && Math.abs(time) <= MAX_TIME ? time : NaN;
}

const DAY_LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DAY_SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const MONTH_LONG: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const MONTH_SHORT: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const MONTH_ONLY: Intl.DateTimeFormatOptions = { month: 'short' };

function quarterOf(time: number): number {
  return Math.floor(new Date(time).getUTCMonth() / 3) + 1;
}

/**
 * A period of a series: `September 15, 2015` (day, en), `week of Sep 14, 2015`, `September 2015`,
 * `Q3 2015` / `3. kvartal 2015.`, `2015`. `date` is ISO text or UTC milliseconds; a week is named
 * by the day given (its first day), not moved to a Monday.
 */
export function formatPeriod(date: string | number, interval: Interval, locale: string, style: DateStyle = 'long'): string {
  const time = timeOf(date);
  if (Number.isNaN(time)) return '';
  const long = style === 'long';
  switch (interval) {
    case 'day':
    case 'month':
    case 'year':
      return dateFormatter(locale, calendarOptions(interval, long)).format(time);
    case 'week':
      return messagesFor(formatMessages, locale).weekOf(
        dateFormatter(locale, long ? DAY_LONG : DAY_SHORT).format(time),
        dateFormatter(locale, DAY_SHORT).format(time),
      );
    case 'quarter': {
      const messages = messagesFor(formatMessages, locale);
      const year = dateFormatter(locale, YEAR).format(time);
      return long ? messages.quarterLong(quarterOf(time), year) : messages.quarterShort(quarterOf(time), year);
    }
    default:
      return '';
  }
}

/** The formatter options of a calendar day, month or year, long or short. */
function calendarOptions(precision: DatePrecision, long: boolean): Intl.DateTimeFormatOptions {
  if (precision === 'day') return long ? DAY_LONG : DAY_SHORT;
  return precision === 'month' ? (long ? MONTH_LONG : MONTH_SHORT) : YEAR;
}

/** Make the formatters of generated sentences ahead of need (see `warmFormatters`): percentages, lists, long dates. */
export function warmSentenceFormatters(locale: string): void {
  formatPercent(0, locale);
  formatList(['', ''], locale);
  for (const date of ['2020-01-01', '2020-01', '2020']) formatDate(date, locale, 'long');
}

/**
 * ISO text at its own precision: `2015` → `2015`, `2015-09` → `Sep 2015`, `2015-09-15` → `Sep 15, 2015`.
 * Without `formatPeriod`'s weeks and quarters, so a widget that only shows dates does not carry them.
 */
export function formatDate(iso: string, locale: string, style: DateStyle = 'short'): string {
  const period = parseIsoDate(iso);
  return period ? dateFormatter(locale, calendarOptions(period.precision, style === 'long')).format(period.start) : '';
}

/**
 * From one ISO date to another, each at its own precision: `Sep 15 – 20, 2015`, `Sep 2015 – Mar 2016`,
 * `2015–2017`; without a (valid) end, the start alone.
 */
export function formatDateRange(startIso: string, endIso: string | undefined, locale: string): string {
  const start = parseIsoDate(startIso);
  if (!start) return '';
  const end = endIso === undefined ? null : parseIsoDate(endIso);
  if (!end) return formatDate(startIso, locale);
  if (start.precision === end.precision) {
    try {
      return dateFormatter(locale, calendarOptions(start.precision, false)).formatRange(start.start, end.start);
    } catch {
      // An engine that rejects an end before the start: fall through to two dates.
    }
  }
  // Thin spaces around the dash, as Intl's own ranges have them.
  return `${formatDate(startIso, locale)}\u2009–\u2009${formatDate(endIso as string, locale)}`;
}

/** A short axis label: `Sep`, `Sep 2015`, `Q3`, `2016`, `Sep 14` (en); `sep`, `3. kv.`, `14. sep` (sr-Latn). */
export function formatTick(time: number, unit: TickUnit, locale: string, withYear: boolean): string {
  const t = timeOf(time);
  if (Number.isNaN(t)) return '';
  switch (unit) {
    case 'day':
    case 'week':
      return dateFormatter(locale, withYear ? DAY_SHORT : DAY_MONTH).format(t);
    case 'month':
      return dateFormatter(locale, withYear ? MONTH_SHORT : MONTH_ONLY).format(t);
    case 'quarter': {
      const messages = messagesFor(formatMessages, locale);
      return withYear
        ? messages.quarterShort(quarterOf(t), dateFormatter(locale, YEAR).format(t))
        : messages.quarterTick(quarterOf(t));
    }
    case 'year':
      return dateFormatter(locale, YEAR).format(t);
    default:
      return '';
  }
}

/** `a, b, and c` (en), `a, b i c` (sr-Latn), `a, b или c` (sr-Cyrl, disjunction). */
export function formatList(
  items: string[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (!Array.isArray(items) || items.length === 0) return '';
  const tag = formattingLocale(locale);
  const key = `${tag}|${type}`;
  let formatter = listFormatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.ListFormat(tag, { type, style: 'long' });
    } catch {
      formatter = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' });
    }
    listFormatters.set(key, formatter);
  }
  return formatter.format(items.map(String));
}
