/**
 * The flow timeline picture as a plain model: prepared data + size + view state → scales,
 * ticks, path strings, event marks and label places. Drawing cost is bounded by the plot's
 * pixel width (see decimate.ts); the aligned data stays whole for tooltips and tables.
 */
import { pickText } from '../../text/pick.ts';
import { round1 } from '../path-text.ts';
import { decimateIndices, rangeIndices } from './decimate.ts';
import { placeEventLabels, type PlacedLabel } from './events.ts';
import { periodAfter, timeInterval } from './interval.ts';
import { lowerBound, type PreparedFlows, type PreparedSeries, seriesMax } from './prepare.ts';
import { type LinearScale, timeScale } from './scale.ts';
import { type SeriesShapes, seriesShapes } from './shapes.ts';
import { estimateTextWidth, timeTicks, type TimeTick, valueScale, type ValueTick } from './ticks.ts';

export interface FlowLayoutOptions {
  width: number;
  height: number;
  locale: string;
  /** Ids of series switched off in the legend. */
  hidden?: ReadonlySet<string>;
  /** Zoomed time range (UTC ms); null or absent = everything. */
  domain?: readonly [number, number] | null;
  /** Font size of axis and event labels, px. */
  fontSize?: number;
  /** Reserve a strip below the plot to brush a time range: 'auto' shows it for long series. */
  overview?: 'auto' | 'always' | 'never';
}

export interface PlotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface SeriesModel {
  id: string;
  label: string;
  color: string;
  index: number;
  shapes: SeriesShapes;
  /** Points drawn after decimation. */
  drawn: number;
}

export interface EventModel {
  id: string;
  label: string;
  span: boolean;
  start: number;
  stop: number;
  /** Rule position or band start, clipped to the plot. */
  x0: number;
  /** Band end (= x0 for a rule), clipped to the plot. */
  x1: number;
  /** Whether any part lies within the shown range. */
  inView: boolean;
  placed: PlacedLabel;
  /** Baseline of the label text. */
  labelY: number;
  /** Index in `periods` of the first period at or after the event start (for keyboard jumps). */
  period: number;
}

export interface OverviewModel {
  top: number;
  height: number;
  x: LinearScale;
  /**
   * One thin line per visible series over the whole range (decimated). When the chart shows the
   * whole range too, `d` is the chart's own path and `transform` (an SVG matrix) fits it into
   * the strip: a long series is then written out once, not twice.
   */
  lines: { id: string; color: string; d: string; transform?: string }[];
  /** The brushed range in px, or null when showing everything. */
  selection: [number, number] | null;
}

export interface FlowModel {
  width: number;
  height: number;
  plot: PlotBox;
  fontSize: number;
  stacked: boolean;
  x: LinearScale;
  y: LinearScale;
  fullDomain: [number, number];
  domain: [number, number];
  zoomed: boolean;
  xTicks: TimeTick[];
  yTicks: ValueTick[];
  compact: boolean;
  series: SeriesModel[];
  events: EventModel[];
  eventRows: number;
  overview: OverviewModel | null;
  /** Whether any series was decimated to the pixel grid. */
  decimated: boolean;
  /** Index range [from, to) of `periods` within the shown range. */
  periodRange: [number, number];
}

const ROW_HEIGHT_EM = 1.35;
const OVERVIEW_HEIGHT = 36;
/** Overview lines per prepared dataset and size: they do not change while zooming. */
const overviewCache = new WeakMap<PreparedFlows, Map<string, OverviewModel['lines']>>();
/** Longer than this many periods, the overview strip appears ('auto'). */
export const OVERVIEW_MIN_PERIODS = 60;

/** The whole time range: data periods plus events, padded by one period when it is a single instant. */
export function fullDomain(prepared: PreparedFlows): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const { periods, events, interval } = prepared;
  if (periods.length > 0) {
    lo = periods[0]!;
    hi = periods[periods.length - 1]!;
  }
  for (const event of events) {
    lo = Math.min(lo, event.start);
    hi = Math.max(hi, event.span ? event.stop : event.start);
  }
  if (!Number.isFinite(lo)) {
    const now = Date.UTC(2000, 0, 1);
    return [now, periodAfter(now, 'year')];
  }
  if (hi <= lo) {
    const step = timeInterval(interval);
    return [step.offset(new Date(lo), -1).getTime(), step.offset(new Date(lo), 1).getTime()];
  }
  return [lo, hi];
}

/** A zoom range clamped into the full range, at least two periods long. */
export function clampDomain(prepared: PreparedFlows, domain: readonly [number, number] | null | undefined): [number, number] {
  const full = fullDomain(prepared);
  if (!domain) return full;
  let [a, b] = domain[0] <= domain[1] ? [domain[0], domain[1]] : [domain[1], domain[0]];
  const minSpan = Math.min(full[1] - full[0], 2 * (periodAfter(full[0], prepared.interval) - full[0]));
  if (b - a < minSpan) {
    const mid = (a + b) / 2;
    a = mid - minSpan / 2;
    b = mid + minSpan / 2;
  }
  if (a < full[0]) [a, b] = [full[0], full[0] + (b - a)];
  if (b > full[1]) [a, b] = [Math.max(full[0], full[1] - (b - a)), full[1]];
  return [a, b];
}

export function layoutFlows(prepared: PreparedFlows, options: FlowLayoutOptions): FlowModel {
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(1, Math.round(options.height));
  const { locale } = options;
  const fontSize = options.fontSize ?? 12;
  const hidden = options.hidden ?? new Set<string>();
  const stacked = prepared.stacked;
  const visible = prepared.series.filter((s) => !hidden.has(s.id));
  const full = fullDomain(prepared);
  const domain = clampDomain(prepared, options.domain);
  const zoomed = domain[0] > full[0] || domain[1] < full[1];
  const compact = width < 560;

  const showOverview =
    options.overview === 'always' ||
    (options.overview !== 'never' && (prepared.periods.length > OVERVIEW_MIN_PERIODS || zoomed));
  const axisHeight = fontSize + 12;
  const bottomReserve = axisHeight + (showOverview ? OVERVIEW_HEIGHT + 10 : 0);
  const right = Math.max(10, fontSize);
  const rowHeight = Math.round(fontSize * ROW_HEIGHT_EM);
  const maxRows = width < 480 ? 2 : 3;

  // Periods within the shown range, with one neighbour each side so lines run to the edges.
  const from = Math.max(0, lowerBound(prepared.periods, domain[0]) - 1);
  const to = Math.min(prepared.periods.length, lowerBound(prepared.periods, domain[1] + 1) + 1);
  const inRange = (t: number): boolean => t >= domain[0] && t <= domain[1];
  // Unzoomed lines: the highest value was counted when the points were prepared.
  const max = !stacked && !zoomed ? seriesMax(visible) : maxValue(prepared, visible, stacked, inRange);

  // Margins depend on each other: y labels → left → x scale → event rows → top → y labels. Iterate to a fixed point.
  let left = 0;
  let top = 8;
  let placed: PlacedLabel[] = [];
  let rows = 0;
  let scaleY = valueScale(max, height - bottomReserve, top, { locale, fontSize, compact });
  let x = timeScale(domain, [0, 1]);
  const eventsInView = prepared.events.filter((e) => e.start <= domain[1] && (e.span ? e.stop : e.start) >= domain[0]);
  for (let pass = 0; pass < 3; pass += 1) {
    const labelWidth = Math.max(0, ...scaleY.ticks.map((t) => estimateTextWidth(t.label, fontSize)));
    const nextLeft = Math.max(left, Math.ceil(labelWidth + 8));
    x = timeScale(domain, [nextLeft, Math.max(nextLeft + 1, width - right)]);
    placed = placeEventLabels(
      eventsInView.map((e) => ({ id: e.id, x: clampX(x, e.start, nextLeft, width - right), text: pickText(e.label, locale) })),
      { width, fontSize, maxRows },
    );
    rows = placed.reduce((m, p) => (p.visible ? Math.max(m, p.row + 1) : m), 0);
    const nextTop = rows > 0 ? rows * rowHeight + 8 : 8;
    const stable = nextLeft === left && nextTop === top;
    left = nextLeft;
    top = nextTop;
    scaleY = valueScale(max, height - bottomReserve, top, { locale, fontSize, compact });
    if (stable) break;
  }
  const y = scaleY.y;
  const plot: PlotBox = {
    left,
    top,
    right: width - right,
    bottom: height - bottomReserve,
    width: Math.max(1, width - right - left),
    height: Math.max(1, height - bottomReserve - top),
  };
  const xTicks = timeTicks(x, { locale, interval: prepared.interval, fontSize, width });

  const lines = stacked ? null : lineShapes(visible, domain, x, y, plot, locale);
  const { series, decimated } = lines ?? stackedShapes(prepared, visible, from, to, x, y, plot, locale);

  const placedById = new Map(placed.map((p) => [p.id, p]));
  const events: EventModel[] = prepared.events.map((e) => {
    const label = pickText(e.label, locale);
    const x0 = clampX(x, e.start, plot.left, plot.right);
    const x1 = e.span ? clampX(x, e.stop, plot.left, plot.right) : x0;
    const p = placedById.get(e.id) ?? { id: e.id, row: 0, x: x0, width: 0, text: '', visible: false, truncated: true };
    return {
      id: e.id,
      label,
      span: e.span,
      start: e.start,
      stop: e.stop,
      x0,
      x1,
      inView: placedById.has(e.id),
      placed: p,
      labelY: 4 + p.row * rowHeight + fontSize,
      period: Math.min(prepared.periods.length - 1, lowerBound(prepared.periods, e.start)),
    };
  });

  // Unzoomed lines span the same pixels as the strip: it reuses their paths.
  const sameShapes = lines && !zoomed && x.range()[1] === plot.right ? { series, y } : undefined;
  const overview = showOverview ? overviewModel(prepared, visible, full, domain, zoomed, plot, height, sameShapes) : null;

  return {
    width,
    height,
    plot,
    fontSize,
    stacked,
    x,
    y,
    fullDomain: full,
    domain,
    zoomed,
    xTicks,
    yTicks: scaleY.ticks,
    compact,
    series,
    events,
    eventRows: rows,
    overview,
    decimated,
    periodRange: [lowerBound(prepared.periods, domain[0]), lowerBound(prepared.periods, domain[1] + 1)],
  };
}

/** Pixel x of `times[from]` … `times[to - 1]`: the time scale as one multiply-add per point, for long series. */
function pixelXs(x: LinearScale, times: Float64Array, from: number, to: number): Float64Array {
  const [d0, d1] = x.domain();
  const [r0, r1] = x.range();
  const k = d1 > d0 ? (r1 - r0) / (d1 - d0) : 0;
  const xs = new Float64Array(Math.max(0, to - from));
  for (let i = from; i < to; i += 1) xs[i - from] = r0 + (times[i]! - d0) * k;
  return xs;
}

/** The points kept for drawing [from, to): every one (sharing `xs`), or the decimated ones when there are more than 2 per pixel. */
function keptPoints(xs: Float64Array, from: number, to: number, layers: readonly Float64Array[], width: number): DrawnPoints & { decimated: boolean } {
  const decimated = to - from > width * 2;
  return { ...(decimated ? decimateIndices(from, to, xs, layers) : { keep: rangeIndices(from, to), xs }), decimated };
}

function clampX(x: LinearScale, time: number, lo: number, hi: number): number {
  return round1(Math.max(lo, Math.min(hi, x(time))));
}

function maxValue(
  prepared: PreparedFlows,
  visible: PreparedSeries[],
  stacked: boolean,
  inRange: (t: number) => boolean,
): number {
  let max = 0;
  if (stacked) {
    const { periods } = prepared;
    for (let i = 0; i < periods.length; i += 1) {
      if (!inRange(periods[i]!)) continue;
      let sum = 0;
      for (const s of visible) {
        const v = s.aligned[i]!;
        if (Number.isNaN(v)) break;
        sum += v;
        if (sum > max) max = sum;
      }
    }
    return max;
  }
  for (const s of visible) {
    for (let i = 0; i < s.times.length; i += 1) {
      const v = s.values[i]!;
      if (v > max && inRange(s.times[i]!)) max = v;
    }
  }
  return max;
}

function lineShapes(
  visible: PreparedSeries[],
  domain: [number, number],
  x: LinearScale,
  y: LinearScale,
  plot: PlotBox,
  locale: string,
): { series: SeriesModel[]; decimated: boolean } {
  let decimated = false;
  let shared: { times: Float64Array; from: number; to: number; xs: Float64Array } | undefined;
  const series = visible.map((s) => {
    const from = Math.max(0, lowerBound(s.times, domain[0]) - 1);
    const to = Math.min(s.times.length, lowerBound(s.times, domain[1] + 1) + 1);
    // Series with the same periods share their times array: their pixels are worked out once.
    if (!shared || shared.times !== s.times || shared.from !== from || shared.to !== to) shared = { times: s.times, from, to, xs: pixelXs(x, s.times, from, to) };
    const kept = keptPoints(shared.xs, from, to, [s.values], plot.width);
    decimated ||= kept.decimated;
    const { keep, xs } = kept;
    const n = keep.length;
    const ys = new Float64Array(n);
    const est = new Uint8Array(n);
    for (let k = 0; k < n; k += 1) {
      const i = keep[k]!;
      const v = s.values[i]!;
      ys[k] = Number.isNaN(v) ? NaN : y(v);
      est[k] = s.estimate[i]!;
    }
    return { s, shapes: seriesShapes({ n, x: xs, y: ys, estimate: est }), drawn: n };
  });
  return { series: series.map(({ s, shapes, drawn }) => seriesModel(s, shapes, drawn, locale)), decimated };
}

function stackedShapes(
  prepared: PreparedFlows,
  visible: PreparedSeries[],
  from: number,
  to: number,
  x: LinearScale,
  y: LinearScale,
  plot: PlotBox,
  locale: string,
): { series: SeriesModel[]; decimated: boolean } {
  const { periods } = prepared;
  const n = Math.max(0, to - from);
  // Cumulative tops per layer: a layer is unknown wherever it, or anything below it, is unknown.
  const tops: Float64Array[] = [];
  let below = new Float64Array(n);
  for (const s of visible) {
    const top = new Float64Array(n);
    for (let k = 0; k < n; k += 1) {
      const v = s.aligned[from + k]!;
      top[k] = below[k]! + v;
    }
    tops.push(top);
    below = top;
  }
  // Indices relative to `from` here: the tops start there.
  const { keep, xs, decimated } = keptPoints(pixelXs(x, periods, from, from + n), 0, n, tops, plot.width);
  const m = keep.length;
  const baseline = y(0);
  const series = visible.map((s, layer) => {
    const ys = new Float64Array(m);
    const y0s = new Float64Array(m);
    const est = new Uint8Array(m);
    for (let j = 0; j < m; j += 1) {
      const k = keep[j]!;
      const t = tops[layer]![k]!;
      ys[j] = Number.isNaN(t) ? NaN : y(t);
      y0s[j] = layer === 0 ? baseline : y(tops[layer - 1]![k]!);
      est[j] = s.alignedEstimate[from + k]!;
    }
    return seriesModel(s, seriesShapes({ n: m, x: xs, y: ys, y0: y0s, estimate: est }), m, locale);
  });
  return { series, decimated };
}

function seriesModel(s: PreparedSeries, shapes: SeriesShapes, drawn: number, locale: string): SeriesModel {
  return { id: s.id, label: pickText(s.label, locale), color: s.color, index: s.index, shapes, drawn };
}

function overviewModel(
  prepared: PreparedFlows,
  visible: PreparedSeries[],
  full: [number, number],
  domain: [number, number],
  zoomed: boolean,
  plot: PlotBox,
  height: number,
  /** The chart's lines when they span the strip's pixels, and their y scale. */
  same?: { series: SeriesModel[]; y: LinearScale },
): OverviewModel {
  const top = height - OVERVIEW_HEIGHT - 2;
  const ox = timeScale(full, [plot.left, plot.right]);
  const key = `${plot.left}|${plot.right}|${top}|${visible.map((s) => s.id).join('\u0000')}`;
  let cache = overviewCache.get(prepared);
  if (!cache) overviewCache.set(prepared, (cache = new Map()));
  const max = seriesMax(visible);
  const oy = (v: number): number => top + OVERVIEW_HEIGHT - 2 - (max > 0 ? (v / max) * (OVERVIEW_HEIGHT - 4) : 0);
  let lines = cache.get(key);
  // The strip's y is a linear function of the chart's: y' = a + b·y (drawn that way only when finite).
  const b = same ? (oy(max) - oy(0)) / (same.y(max) - same.y(0)) : NaN;
  const a = same ? oy(0) - b * same.y(0) : NaN;
  if (same && Number.isFinite(a + b)) {
    const transform = `matrix(1 0 0 ${b} 0 ${a})`;
    lines = same.series.map((s) => ({ id: s.id, color: s.color, d: s.shapes.line + s.shapes.estimateLine, transform }));
  } else if (!lines) {
    lines = visible.map((s) => {
      const { keep, xs } = overviewPoints(s, ox, plot);
      const n = keep.length;
      const ys = new Float64Array(n);
      for (let k = 0; k < n; k += 1) {
        const v = s.values[keep[k]!]!;
        ys[k] = Number.isNaN(v) ? NaN : oy(v);
      }
      const shapes = seriesShapes({ n, x: xs, y: ys, estimate: new Uint8Array(n) });
      return { id: s.id, color: s.color, d: shapes.line };
    });
    // Sizes change rarely; zooming and brushing reuse the strip.
    if (cache.size > 8) cache.clear();
    cache.set(key, lines);
  }
  return {
    top,
    height: OVERVIEW_HEIGHT,
    x: ox,
    lines,
    selection: zoomed ? [ox(domain[0]), ox(domain[1])] : null,
  };
}

/** Indices of a series' points kept for drawing, and their x. */
interface DrawnPoints {
  keep: Int32Array;
  xs: Float64Array;
}

function overviewPoints(s: PreparedSeries, ox: LinearScale, plot: PlotBox): DrawnPoints {
  const n = s.times.length;
  return keptPoints(pixelXs(ox, s.times, 0, n), 0, n, [s.values], plot.width);
}

export interface CrosshairMark {
  id: string;
  color: string;
  y: number;
  estimate: boolean;
}

/** Where the crosshair of period `index` crosses each shown series (stacked: at the layer's top). */
export function crosshairAt(
  prepared: PreparedFlows,
  model: FlowModel,
  index: number,
  hidden: ReadonlySet<string> = new Set(),
): { x: number; marks: CrosshairMark[] } | null {
  const time = prepared.periods[index];
  if (time === undefined) return null;
  const marks: CrosshairMark[] = [];
  let sum = 0;
  for (const s of prepared.series) {
    if (hidden.has(s.id)) continue;
    const v = s.aligned[index]!;
    if (model.stacked) {
      sum += v;
      if (Number.isNaN(sum)) break;
      marks.push({ id: s.id, color: s.color, y: model.y(sum), estimate: s.alignedEstimate[index] === 1 });
    } else if (!Number.isNaN(v)) {
      marks.push({ id: s.id, color: s.color, y: model.y(v), estimate: s.alignedEstimate[index] === 1 });
    }
  }
  return { x: model.x(time), marks };
}
