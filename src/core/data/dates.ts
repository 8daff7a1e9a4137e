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

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Years we accept: wide enough for any migration record, narrow enough to catch typos like 20150. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

const cache = new Map<string, CalendarPeriod | null>();

/** Parse ISO calendar text; null when malformed or not a real date (`2023-02-30`). */
export function parseIsoDate(text: unknown): CalendarPeriod | null {
  if (typeof text !== 'string' || text.length > 10) return null;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const parsed = parseUncached(text);
  // Room for several long daily series; cleared rather than evicted one by one.
  if (cache.size > 250_000) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): CalendarPeriod | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] === undefined) {
    return { iso: text, precision: 'year', start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return { iso: text, precision: 'month', start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: text, precision: 'day', start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : MONTH_DAYS[month - 1]!;
}

export function isIsoDate(text: unknown): text is string {
  return parseIsoDate(text) !== null;
}

/** First millisecond (UTC) of a valid ISO date; NaN when invalid. */
export function periodStart(iso: string): number {
  return parseIsoDate(iso)?.start ?? Number.NaN;
}

/** First millisecond after the period (UTC); NaN when invalid. */
export function periodEnd(iso: string): number {
  return parseIsoDate(iso)?.end ?? Number.NaN;
}

/** ISO day text (`YYYY-MM-DD`) of a UTC millisecond time. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
