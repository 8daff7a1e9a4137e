/**
 * Width-independent preparation of a Flows dataset: numeric time arrays per series, one
 * aligned table (periods × series) for stacking, tooltips and the data table, sorted events.
 * Done once per dataset; the layout then only maps to pixels.
 */
import { columnsOf, type SeriesStats } from '../../data/contracts/flows.ts';
import { periodEnd, periodStart } from '../../data/dates.ts';
import type { FlowsData, Interval, Text } from '../../data/types.ts';
import { inferInterval } from './interval.ts';

export type { SeriesStats };

export interface PreparedSeries {
  id: string;
  label: Text;
  note?: Text;
  /** Position in the dataset (0-based): picks the default colour. */
  index: number;
  /** A safe CSS colour: the series' own, or a series colour token (`--mig-series-N`, resolved). */
  color: string;
  /** The series' own points: period start (UTC ms), value (NaN = unknown), estimate flag. */
  times: Float64Array;
  values: Float64Array;
  estimate: Uint8Array;
  /** Aligned to `PreparedFlows.periods`: NaN where unknown or where the series has no point. */
  aligned: Float64Array;
  alignedEstimate: Uint8Array;
  /** 1 where the series has a point for that period (known or unknown). */
  alignedPresent: Uint8Array;
  stats: SeriesStats;
}

export interface PreparedEvent {
  id: string;
  label: Text;
  note?: Text;
  date: string;
  end?: string;
  /** First millisecond of the event (UTC). */
  start: number;
  /** First millisecond after the event: the end of its last day (month, year). */
  stop: number;
  /** A span (drawn as a band) rather than a date (drawn as a rule). */
  span: boolean;
}

export interface PreparedFlows {
  interval: Interval;
  /** Whether `interval` was inferred rather than given. */
  inferred: boolean;
  stacked: boolean;
  unit?: Text;
  /** Sorted union of every series' period starts (UTC ms). */
  periods: Float64Array;
  series: PreparedSeries[];
  events: PreparedEvent[];
  /** Count of points over all series, known or unknown. */
  pointCount: number;
}

const SAFE_COLOR =
  /^(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20}|(?:rgb|rgba|hsl|hsla)\(\s*[0-9.%\s,/+-]{1,60}\))$/i;

/** A colour from the data is only used when it is plainly a colour (never `url(…)` or `var(…)`). */
export function safeColor(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return SAFE_COLOR.test(trimmed) ? trimmed : undefined;
}

/**
 * The default colour of the n-th series (tokens 1…8, then round again). A `var()`: set it through
 * CSS (a style property), as SVG presentation attributes do not resolve it.
 */
export function seriesToken(index: number): string {
  return `var(--_series-${(index % 8) + 1})`;
}

export function prepareFlows(data: FlowsData): PreparedFlows {
  const interval = data.interval ?? inferInterval(data.series);
  let pointCount = 0;
  const raw = data.series.map((series, index) => {
    // Validation usually read the points into columns already.
    const { times, values, estimate, stats } = columnsOf(series.points);
    pointCount += times.length;
    return { series, index, times, values, estimate, stats };
  });

  const periods = unionSorted(raw.map((r) => r.times));

  // A series with a point in every period (the usual case) is aligned already: its arrays are
  // shared, not copied, and so are its times (the layout then maps them to pixels once for all).
  let everyPeriod: Uint8Array | undefined;
  const series: PreparedSeries[] = raw.map(({ series: s, index, times: own, values, estimate, stats }) => {
    const full = own.length === periods.length;
    const times = full ? periods : own;
    const { aligned, alignedEstimate, alignedPresent } = full
      ? { aligned: values, alignedEstimate: estimate, alignedPresent: (everyPeriod ??= new Uint8Array(periods.length).fill(1)) }
      : align(periods, times, values, estimate);
    return {
      id: s.id,
      label: s.label,
      ...(s.note !== undefined ? { note: s.note } : {}),
      index,
      color: safeColor(s.color) ?? seriesToken(index),
      times,
      values,
      estimate,
      aligned,
      alignedEstimate,
      alignedPresent,
      stats,
    };
  });

  const events: PreparedEvent[] = data.events
    .map((event) => {
      const start = periodStart(event.date);
      const stop = Math.max(periodEnd(event.end ?? event.date), periodEnd(event.date));
      return {
        id: event.id,
        label: event.label,
        ...(event.note !== undefined ? { note: event.note } : {}),
        date: event.date,
        ...(event.end !== undefined ? { end: event.end } : {}),
        start,
        stop,
        span: event.end !== undefined && event.end !== event.date,
      };
    })
    .filter((event) => Number.isFinite(event.start) && Number.isFinite(event.stop))
    .sort((a, b) => a.start - b.start || a.stop - b.stop);

  return {
    interval,
    inferred: data.interval === undefined,
    stacked: data.stacked,
    ...(data.unit !== undefined ? { unit: data.unit } : {}),
    periods,
    series,
    events,
    pointCount,
  };
}

/** A series' values and estimates placed on `periods` (NaN and 0 where it has no point). */
function align(
  periods: Float64Array,
  times: Float64Array,
  values: Float64Array,
  estimate: Uint8Array,
): Pick<PreparedSeries, 'aligned' | 'alignedEstimate' | 'alignedPresent'> {
  const aligned = new Float64Array(periods.length).fill(NaN);
  const alignedEstimate = new Uint8Array(periods.length);
  const alignedPresent = new Uint8Array(periods.length);
  // Both arrays are sorted: walk them together.
  let at = 0;
  for (let i = 0; i < times.length; i += 1) {
    while (periods[at]! < times[i]!) at += 1;
    aligned[at] = values[i]!;
    alignedEstimate[at] = estimate[i]!;
    alignedPresent[at] = 1;
  }
  return { aligned, alignedEstimate, alignedPresent };
}

/** Sorted union of sorted time arrays (often all equal: then the first is reused; prepared arrays are never written to). */
function unionSorted(arrays: Float64Array[]): Float64Array {
  const first = arrays[0];
  if (!first) return new Float64Array(0);
  if (arrays.every((a) => sameTimes(a, first))) return first;
  const all = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    all.set(a, offset);
    offset += a.length;
  }
  all.sort();
  let count = 0;
  for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[count - 1]) all[count++] = all[i]!;
  return all.slice(0, count);
}

/** Whether two arrays of times are equal, element by element. */
export function sameTimes(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Index of the period nearest to `time` (−1 when there are none). */
export function nearestPeriod(periods: Float64Array, time: number): number {
  const n = periods.length;
  if (n === 0) return -1;
  const i = lowerBound(periods, time);
  if (i <= 0) return 0;
  if (i >= n) return n - 1;
  return time - periods[i - 1]! <= periods[i]! - time ? i - 1 : i;
}

/** First index whose value is ≥ `time` (binary search in a sorted array). */
export function lowerBound(sorted: Float64Array, time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The highest known value of the series (0 when none is known). */
export function seriesMax(series: readonly PreparedSeries[]): number {
  let max = 0;
  for (const s of series) if (s.stats.peakValue > max) max = s.stats.peakValue;
  return max;
}
