/** Time intervals of a flow series: inference from the data, and stepping through periods (UTC). */
import { parseIsoDate } from '../../data/dates.ts';
import type { FlowSeries, Interval } from '../../data/types.ts';
import { type Calendar, utcDay, utcMonday, utcMonth, utcYear } from './calendar.ts';

const utcQuarter = utcMonth.every(3);

const TIME_INTERVALS: Record<Interval, Calendar> = {
  day: utcDay,
  week: utcMonday,
  month: utcMonth,
  quarter: utcQuarter,
  year: utcYear,
};

/** The calendar interval whose periods the data is counted in. */
export function timeInterval(interval: Interval): Calendar {
  return TIME_INTERVALS[interval];
}

/** First millisecond after the period that starts at `time`. */
export function periodAfter(time: number, interval: Interval): number {
  return TIME_INTERVALS[interval].offset(new Date(time), 1).getTime();
}

/** Typical length of one period in days: used to compare intervals and size default windows. */
export const INTERVAL_DAYS: Record<Interval, number> = { day: 1, week: 7, month: 30.44, quarter: 91.31, year: 365.25 };

const DAY = 86_400_000;
const INFER_SAMPLE = 4000;

/**
 * The interval the points are counted in, when the data does not say: dates given as `YYYY`
 * are years; as `YYYY-MM`, months (or quarters when only Jan/Apr/Jul/Oct occur at steps of
 * three months or more); as days, the most common step between consecutive dates decides.
 */
export function inferInterval(series: readonly FlowSeries[]): Interval {
  let finest: 'year' | 'month' | 'day' = 'year';
  let allQuarterMonths = true;
  const steps = new Map<number, number>();
  for (const s of series) {
    let previous = NaN;
    // The first few thousand points tell the step as well as all of them.
    for (const point of s.points.length > INFER_SAMPLE ? s.points.slice(0, INFER_SAMPLE) : s.points) {
      const parsed = parseIsoDate(point.date);
      if (!parsed) continue;
      if (parsed.precision === 'day') finest = 'day';
      else if (parsed.precision === 'month' && finest === 'year') finest = 'month';
      if (parsed.precision !== 'year' && new Date(parsed.start).getUTCMonth() % 3 !== 0) allQuarterMonths = false;
      if (Number.isFinite(previous) && parsed.start > previous) {
        const days = Math.round((parsed.start - previous) / DAY);
        steps.set(days, (steps.get(days) ?? 0) + 1);
      }
      previous = parsed.start;
    }
  }
  if (finest === 'year') return 'year';
  const step = commonStep(steps);
  if (finest === 'month') {
    if (allQuarterMonths && step >= 89) return step >= 365 ? 'year' : 'quarter';
    return 'month';
  }
  if (step === 0 || step < 4) return 'day';
  if (step < 20) return 'week';
  if (step < 60) return 'month';
  if (step < 200) return 'quarter';
  return 'year';
}

/** The most common step in days (the smallest one on ties); 0 when there is none. */
function commonStep(steps: Map<number, number>): number {
  let best = 0;
  let bestCount = 0;
  for (const [days, count] of steps) {
    if (count > bestCount || (count === bestCount && days < best)) {
      best = days;
      bestCount = count;
    }
  }
  return best;
}

/** Periods from the one starting at `first` to the one starting at `last`, inclusive. */
export function countPeriods(first: number, last: number, interval: Interval): number {
  const a = new Date(first);
  const b = new Date(last);
  switch (interval) {
    case 'day':
      return utcDay.count(a, b) + 1;
    case 'week':
      return utcMonday.count(a, b) + 1;
    case 'month':
      return utcMonth.count(a, b) + 1;
    case 'quarter':
      return Math.floor(utcMonth.count(utcQuarter.floor(a), utcQuarter.floor(b)) / 3) + 1;
    default:
      return utcYear.count(a, b) + 1;
  }
}
