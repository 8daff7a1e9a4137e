/**
 * Facts for the plain-language summary (span, each series' peak and total, the change across
 * each event) and the summary text itself in the page's language.
 */
import type { Interval, Text } from '../../data/types.ts';
import { formatList, formatNumber, formatPeriod } from '../../text/format.ts';
import { flowMessages } from '../../text/messages/flow.ts';
import { messagesFor } from '../../text/messages/catalogue.ts';
import { pickText } from '../../text/pick.ts';
import { countPeriods, timeInterval } from './interval.ts';
import { lowerBound, type PreparedFlows } from './prepare.ts';

export interface SeriesFacts {
  id: string;
  label: Text;
  /** Highest known value (the earliest on ties); null when no value is known. */
  peak: { time: number; value: number; estimate: boolean } | null;
  /** Sum of known values. */
  total: number;
  known: number;
  unknown: number;
  estimates: number;
}

export interface EventChange {
  eventId: string;
  label: Text;
  /** The series compared, or null for the total of all series (stacked or single series). */
  seriesId: string | null;
  /** Periods averaged on each side. */
  window: number;
  /** Average per period of the known values before the event and after it; null when none is known. */
  before: number | null;
  after: number | null;
  /** after ÷ before − 1; null when either side is unknown or before is 0. */
  change: number | null;
}

export interface FlowFacts {
  interval: Interval;
  first: number | null;
  last: number | null;
  /** Periods from the first to the last, inclusive. */
  span: number;
  series: SeriesFacts[];
  changes: EventChange[];
  unknown: number;
  estimates: number;
}

/** Periods compared before and after an event. */
export const CHANGE_WINDOW: Record<Interval, number> = { day: 30, week: 8, month: 6, quarter: 4, year: 3 };
/** Series compared one by one across events when they are not stacked (the first few). */
const MAX_COMPARED_SERIES = 3;

export function flowFacts(prepared: PreparedFlows): FlowFacts {
  const { periods, interval } = prepared;
  const step = timeInterval(interval);
  const first = periods.length > 0 ? periods[0]! : null;
  const last = periods.length > 0 ? periods[periods.length - 1]! : null;
  const span = first === null || last === null ? 0 : countPeriods(first, last, interval);

  // Counted when the points were prepared.
  const series: SeriesFacts[] = prepared.series.map(({ id, label, stats, times, values, estimate }) => ({
    id,
    label,
    peak: stats.peak < 0 ? null : { time: times[stats.peak]!, value: values[stats.peak]!, estimate: estimate[stats.peak] === 1 },
    total: stats.total,
    known: stats.known,
    unknown: stats.unknown,
    estimates: stats.estimates,
  }));

  // Totals per period when the series add up (stacked, or one series): known only if every series is.
  const together = prepared.stacked || prepared.series.length === 1;
  const subjects: { id: string | null; values: Float64Array }[] = together
    ? [{ id: null, values: totals(prepared) }]
    : prepared.series.slice(0, MAX_COMPARED_SERIES).map((s) => ({ id: s.id, values: s.aligned }));
  const window = CHANGE_WINDOW[interval];
  const changes: EventChange[] = [];
  for (const event of prepared.events) {
    const startPeriod = step.floor(new Date(event.start));
    const stopPeriod = step.ceil(new Date(event.stop));
    const beforeRange: [number, number] = [step.offset(startPeriod, -window).getTime(), startPeriod.getTime()];
    const afterRange: [number, number] = [stopPeriod.getTime(), step.offset(stopPeriod, window).getTime()];
    for (const subject of subjects) {
      const before = average(periods, subject.values, beforeRange);
      const after = average(periods, subject.values, afterRange);
      if (before === null && after === null) continue;
      changes.push({
        eventId: event.id,
        label: event.label,
        seriesId: subject.id,
        window,
        before,
        after,
        change: before !== null && after !== null && before > 0 ? after / before - 1 : null,
      });
    }
  }

  return {
    interval,
    first,
    last,
    span,
    series,
    changes,
    unknown: series.reduce((n, s) => n + s.unknown, 0),
    estimates: series.reduce((n, s) => n + s.estimates, 0),
  };
}

function totals(prepared: PreparedFlows): Float64Array {
  const out = new Float64Array(prepared.periods.length);
  for (const s of prepared.series) for (let i = 0; i < out.length; i += 1) out[i] = out[i]! + s.aligned[i]!;
  return out;
}

/** Average of the known values with period start in [from, to). */
function average(periods: Float64Array, values: Float64Array, [from, to]: [number, number]): number | null {
  let sum = 0;
  let count = 0;
  for (let i = lowerBound(periods, from); i < periods.length && periods[i]! < to; i += 1) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    sum += v;
    count += 1;
  }
  return count > 0 ? sum / count : null;
}

/** The summary in the page's language. */
export function flowSummaryText(prepared: PreparedFlows, facts: FlowFacts, locale: string): string {
  const m = messagesFor(flowMessages, locale);
  const { interval } = facts;
  if (facts.first === null || facts.last === null) return '';
  const sentences: string[] = [];
  const period = (time: number): string => formatPeriod(time, interval, locale, 'long');
  const number = (value: number): string => formatNumber(Math.round(value), locale);
  sentences.push(
    m.summarySpan(period(facts.first), period(facts.last), m.periods(interval, facts.span, formatNumber(facts.span, locale))),
  );
  for (const s of facts.series) {
    const label = pickText(s.label, locale);
    if (!s.peak) {
      sentences.push(m.summaryNoValues(label));
      continue;
    }
    const peakValue = number(s.peak.value) + (s.peak.estimate ? ` (${m.estimate})` : '');
    sentences.push(m.summarySeries(label, period(s.peak.time), peakValue, number(s.total)));
  }
  const labels = new Map(prepared.series.map((s) => [s.id, pickText(s.label, locale)]));
  for (const c of notableChanges(facts.changes)) {
    const window = m.periods(interval, c.window, formatNumber(c.window, locale));
    const before = m.perPeriod(interval, number(c.before));
    const after = m.perPeriod(interval, number(c.after));
    const change =
      c.change === null
        ? '–'
        : formatNumber(c.change, locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 });
    const event = formatList(
      c.labels.map((label) => m.quote(pickText(label, locale))),
      locale,
    );
    sentences.push(
      c.seriesId === null
        ? m.summaryChange(event, window, before, after, change)
        : m.summaryChangeOf(labels.get(c.seriesId) ?? '', event, window, before, after, change),
    );
  }
  if (facts.unknown > 0) sentences.push(m.summaryGaps(facts.unknown, formatNumber(facts.unknown, locale)));
  if (facts.estimates > 0) sentences.push(m.summaryEstimates);
  return sentences.join(' ');
}

/** Change sentences told at most, per summary: the largest changes, in time order. */
export const MAX_CHANGE_SENTENCES = 3;

interface NotableChange {
  labels: Text[];
  seriesId: string | null;
  window: number;
  before: number;
  after: number;
  change: number | null;
  order: number;
}

/**
 * Events whose before/after windows are the same periods are told together (`around “A” and “B”`);
 * of those, the largest changes (by ratio) are kept, told in time order.
 */
export function notableChanges(changes: readonly EventChange[]): NotableChange[] {
  const groups = new Map<string, NotableChange>();
  changes.forEach((c, order) => {
    if (c.before === null || c.after === null) return;
    const key = `${c.seriesId ?? ''}|${c.before}|${c.after}`;
    const group = groups.get(key);
    if (group) group.labels.push(c.label);
    else groups.set(key, { labels: [c.label], seriesId: c.seriesId, window: c.window, before: c.before, after: c.after, change: c.change, order });
  });
  const size = (c: NotableChange): number =>
    c.before > 0 && c.after > 0 ? Math.abs(Math.log(c.after / c.before)) : c.before === c.after ? 0 : Infinity;
  return [...groups.values()]
    .sort((a, b) => size(b) - size(a) || a.order - b.order)
    .slice(0, MAX_CHANGE_SENTENCES)
    .sort((a, b) => a.order - b.order);
}
