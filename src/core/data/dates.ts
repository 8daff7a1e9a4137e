/**
 * ISO 8601 calendar dates as UTC calendar periods: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
 * No time-zone shifts ever: a date is the same period whatever the reader's zone.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface CalendarPeriod {
  /** Normalised ISO text. */
  iso: string;
  precision: DatePrecision;
  /** First millisecond of the period (UTC). */
  start: number;
  /** First millisecond after the period (UTC), exclusive. */
  end: number;
}

/** Years we accept: wide enough for any migration record, narrow enough to catch typos like 20150. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

const DAY_MS = 86_400_000;
const HYPHEN = 45;

/** The number written by the two ASCII digits at `at`; −1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  // `>>> 0` turns a negative difference into a huge number: one test per digit.
  return tens >>> 0 > 9 || ones >>> 0 > 9 ? -1 : tens * 10 + ones;
}

/** The year written by four ASCII digits; −1 when any is not a digit. */
function yearOf(text: string): number {
  const century = twoDigits(text, 0);
  const rest = twoDigits(text, 2);
  return century < 0 || rest < 0 ? -1 : century * 100 + rest;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`), in plain
 * arithmetic: `Date.UTC` is a call into the runtime, which dominated reading long series.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The last month asked for (`year * 16 + month`) and its first day: a series' dates mostly share their month with the one before. */
let lastMonth = -1;
let lastMonthStart = 0;

/** Days from 1970-01-01 to the first of the month. */
function monthStart(year: number, month: number): number {
  const key = year * 16 + month;
  if (key !== lastMonth) {
    lastMonthStart = daysFromCivil(year, month, 1);
    lastMonth = key;
  }
  return lastMonthStart;
}

/**
 * First millisecond (UTC) of valid ISO calendar text, NaN otherwise. Read character by
 * character, allocating nothing: a long daily series has 10^5 dates, so neither a regular
 * expression nor a cache of texts pays here. The precision follows from the length: 4 (year),
 * 7 (month) or 10 (day).
 */
function startOf(text: string): number {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return NaN;
  const year = yearOf(text);
  if (year < MIN_YEAR || year > MAX_YEAR) return NaN;
  if (length === 4) return monthStart(year, 1) * DAY_MS;
  const month = text.charCodeAt(4) === HYPHEN ? twoDigits(text, 5) : -1;
  if (month < 1 || month > 12) return NaN;
  if (length === 7) return monthStart(year, month) * DAY_MS;
  const day = text.charCodeAt(7) === HYPHEN ? twoDigits(text, 8) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return NaN;
  return (monthStart(year, month) + day - 1) * DAY_MS;
}

const PRECISIONS: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/** First millisecond after the valid ISO period `text` (whose start is known): rarely asked, so plain `Date.UTC`. */
function endOf(text: string, start: number): number {
  if (text.length === 10) return start + DAY_MS;
  const year = yearOf(text);
  return text.length === 4 ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, twoDigits(text, 5), 1);
}

/** Parse ISO calendar text; null when malformed or not a real date (`2023-02-30`). */
export function parseIsoDate(text: unknown): CalendarPeriod | null {
  if (typeof text !== 'string') return null;
  const start = startOf(text);
  if (Number.isNaN(start)) return null;
  return { iso: text, precision: PRECISIONS[text.length]!, start, end: endOf(text, start) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : MONTH_DAYS[month - 1]!;
}

export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && !Number.isNaN(startOf(text));
}

/** First millisecond (UTC) of a valid ISO date; NaN when invalid. */
export function periodStart(iso: string): number {
  return typeof iso === 'string' ? startOf(iso) : NaN;
}

/** First millisecond after the period (UTC); NaN when invalid. */
export function periodEnd(iso: string): number {
  const start = periodStart(iso);
  return Number.isNaN(start) ? start : endOf(iso, start);
}

/** ISO day text (`YYYY-MM-DD`) of a UTC millisecond time. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
