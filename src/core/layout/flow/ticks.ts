/**
 * Axis ticks that fit: time ticks fitted to the data interval and the width, value ticks with
 * locale-grouped (or, when narrow, compact) numbers. Label widths are estimated from character
 * counts × font size, so the same layout comes out in Node, on the server and in any browser.
 */
import type { Interval } from '../../data/types.ts';
import { formatCompact, formatNumber, formatTick } from '../../text/format.ts';
import { type Calendar, utcDay, utcMonday, utcMonth, utcYear } from './calendar.ts';
import { INTERVAL_DAYS } from './interval.ts';
import { type LinearScale, linearScale, niceDomain } from './scale.ts';

/** Average advance of one character in em (generous for digits and Latin/Cyrillic text). */
export const CHAR_EM = 0.62;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_EM;
}

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface TimeTick {
  time: number;
  /** Tick position. */
  x: number;
  label: string;
  /** Where the label starts (labels near an edge are moved inside, never cut). */
  labelX: number;
  labelWidth: number;
}

export interface ValueTick {
  value: number;
  y: number;
  label: string;
}

interface Candidate {
  unit: TickUnit;
  interval: Calendar;
  days: number;
}

const CANDIDATES: Candidate[] = [
  { unit: 'day', interval: utcDay, days: 1 },
  { unit: 'day', interval: utcDay.every(2), days: 2 },
  { unit: 'week', interval: utcMonday, days: 7 },
  { unit: 'week', interval: utcMonday.every(2), days: 14 },
  { unit: 'month', interval: utcMonth, days: 30.44 },
  { unit: 'month', interval: utcMonth.every(2), days: 60.9 },
  { unit: 'quarter', interval: utcMonth.every(3), days: 91.31 },
  { unit: 'month', interval: utcMonth.every(6), days: 182.6 },
  { unit: 'year', interval: utcYear, days: 365.25 },
  { unit: 'year', interval: utcYear.every(2), days: 730.5 },
  { unit: 'year', interval: utcYear.every(5), days: 1826 },
  { unit: 'year', interval: utcYear.every(10), days: 3652 },
  { unit: 'year', interval: utcYear.every(20), days: 7305 },
  { unit: 'year', interval: utcYear.every(50), days: 18262 },
  { unit: 'year', interval: utcYear.every(100), days: 36525 },
];

const DAY = 86_400_000;

export interface TimeTickOptions {
  locale: string;
  interval: Interval;
  fontSize: number;
  /** Labels must stay within [0, width]. */
  width: number;
  /** Minimum space between two labels, px. */
  gap?: number;
}

/**
 * The finest tick interval (never finer than the data's own) whose labels do not overlap.
 * Ticks are the interval's boundaries within the domain, both ends included.
 */
export function timeTicks(x: LinearScale, options: TimeTickOptions): TimeTick[] {
  const { interval, fontSize } = options;
  const gap = options.gap ?? fontSize;
  const [d0, d1] = x.domain();
  const [r0, r1] = x.range();
  const boundaries = (step: Calendar): Date[] => step.range(new Date(d0), new Date(d1 + 1));
  const spanDays = (d1 - d0) / DAY;
  const minLabel = fontSize * CHAR_EM * 3;
  const allowed = CANDIDATES.filter((c) => c.days >= INTERVAL_DAYS[interval] * 0.99);
  for (const candidate of allowed) {
    // Too many ticks to possibly fit: skip without generating them.
    if ((spanDays / candidate.days) * (minLabel + gap) > (r1 - r0) + minLabel * 2) continue;
    const unit = candidate.unit === 'quarter' && interval !== 'quarter' ? 'month' : candidate.unit;
    const ticks = labelTicks(x, boundaries(candidate.interval), unit, options);
    if (ticks.length > 0 && fits(ticks, gap)) return ticks;
  }
  // Nothing fits (a very narrow chart or a very long span): thin the coarsest candidate out.
  const coarsest = allowed[allowed.length - 1] ?? CANDIDATES[CANDIDATES.length - 1]!;
  let ticks = labelTicks(x, boundaries(coarsest.interval), coarsest.unit, options);
  while (ticks.length > 1 && !fits(ticks, gap)) {
    ticks = labelTicks(
      x,
      ticks.filter((_, i) => i % 2 === 0).map((t) => new Date(t.time)),
      coarsest.unit,
      options,
    );
  }
  return ticks.length > 0 && fits(ticks, gap) ? ticks : ticks.slice(0, 1);
}

function labelTicks(x: LinearScale, dates: Date[], unit: TickUnit, options: TimeTickOptions): TimeTick[] {
  const { locale, fontSize, width } = options;
  let previousYear = NaN;
  return dates.map((date) => {
    const time = date.getTime();
    const year = date.getUTCFullYear();
    const label = formatTick(time, unit, locale, unit !== 'year' && year !== previousYear);
    previousYear = year;
    const labelWidth = estimateTextWidth(label, fontSize);
    const px = x(date);
    const labelX = Math.max(0, Math.min(width - labelWidth, px - labelWidth / 2));
    return { time, x: px, label, labelX, labelWidth };
  });
}

function fits(ticks: TimeTick[], gap: number): boolean {
  for (let i = 1; i < ticks.length; i += 1) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    if (a.labelX + a.labelWidth + gap > b.labelX) return false;
  }
  return true;
}

export interface ValueTickOptions {
  locale: string;
  fontSize: number;
  /** Use compact numbers (12K, 1,2 mil.). */
  compact: boolean;
}

/**
 * A zero-based linear scale over [0, max] on [bottom, top], niced, with ticks at least two
 * lines apart. Labels fall back from compact to full numbers when compact ones would repeat.
 */
export function valueScale(
  max: number,
  bottom: number,
  top: number,
  options: ValueTickOptions,
): { y: LinearScale; ticks: ValueTick[] } {
  const height = Math.max(1, bottom - top);
  const spacing = options.fontSize * 4;
  let count = Math.max(2, Math.min(10, Math.floor(height / spacing)));
  const upper = max > 0 && Number.isFinite(max) ? max : 1;
  for (;;) {
    const y = linearScale(niceDomain(0, upper, count), [bottom, top]);
    const values = y.ticks(count);
    const step = values.length > 1 ? height / (values.length - 1) : height;
    if (step >= options.fontSize * 1.6 || count <= 2) {
      return { y, ticks: valueLabels(y, values, options) };
    }
    count -= 1;
  }
}

function valueLabels(y: LinearScale, values: number[], options: ValueTickOptions): ValueTick[] {
  const { locale, compact } = options;
  let labels = values.map((v) => (compact ? formatCompact(v, locale) : formatNumber(v, locale)));
  if (compact && new Set(labels).size < labels.length) labels = values.map((v) => formatNumber(v, locale));
  return values.map((value, i) => ({ value, y: y(value), label: labels[i]! }));
}
