/**
 * The Flows contract (DESIGN.md section 3) for <mig-flow-timeline>, and its validator.
 * Each contract is a module of its own, so a single-widget bundle carries only its own.
 */
import { periodStart } from '../dates.ts';
import {
  array,
  boolean,
  count,
  id,
  type Infer,
  isoDate,
  MAX_ROWS,
  NO_PROTOTYPE,
  object,
  oneOf,
  optional,
  refine,
  sourceIndex,
  string,
  text,
  withDefault,
  withFastPath,
} from '../schema.ts';
import { type FlowPoint, type FlowsData, type Validation } from '../types.ts';
import { meta, endNotBeforeStart, run, uniqueIds, byDate } from './shared.ts';

export const flowPointFields = object({
  date: isoDate(),
  value: count(),
  estimate: withDefault(boolean(), false),
  note: optional(text()),
});

/** The points of a series, row by row through the full schema: what the fast path below must equal. */
export const flowPointsFields = array(flowPointFields, { dropInvalid: true });

/** Counted while a series' points are read, for the scales and the summary. */
export interface SeriesStats {
  /** Index of the highest known value, the earliest on ties; −1 when none is known. */
  peak: number;
  /** The highest known value (−Infinity when none is known). */
  peakValue: number;
  /** Sum of the known values. */
  total: number;
  known: number;
  unknown: number;
  estimates: number;
}

/**
 * A series as columns: per point its start time, value (NaN = unknown) and estimate flag
 * (1 = estimate), and its counts. Preparing the timeline uses these rather than read every point
 * again.
 */
export interface SeriesColumns {
  times: Float64Array;
  values: Float64Array;
  estimate: Uint8Array;
  stats: SeriesStats;
}

/** Columns as validation's fast path read them, and whether the dates strictly increase (then sorting has nothing to do). */
export interface FlowColumns extends SeriesColumns {
  increasing: boolean;
}

/** The columns of validated points, where the fast path below read them (see `columnsOf`). */
export const flowColumns = new WeakMap<readonly FlowPoint[], FlowColumns>();

function emptyColumns(count: number): SeriesColumns {
  return {
    times: new Float64Array(count),
    values: new Float64Array(count),
    estimate: new Uint8Array(count),
    stats: { peak: -1, peakValue: -Infinity, total: 0, known: 0, unknown: 0, estimates: 0 },
  };
}

/**
 * Put a point at `index` of the columns and count it. Its value comes as read from the point,
 * not from a Float64Array, so that it stays a small integer in unoptimised code.
 */
function addPoint(columns: SeriesColumns, index: number, time: number, value: number | null, estimate: boolean): void {
  const { stats } = columns;
  columns.times[index] = time;
  if (estimate) {
    columns.estimate[index] = 1;
    stats.estimates += 1;
  }
  if (value === null) {
    columns.values[index] = NaN;
    stats.unknown += 1;
    return;
  }
  columns.values[index] = value;
  stats.known += 1;
  stats.total += value;
  if (value > stats.peakValue) {
    stats.peakValue = value;
    stats.peak = index;
  }
}

/**
 * The columns of validated points (sorted by date, unique): as validation's fast path read them,
 * or read now (points that went through the full schema or were sorted, or a list whose length
 * changed since: validated data is meant to be read-only). Dates that do not strictly increase
 * are left out, so the times are always monotonic.
 */
export function columnsOf(points: readonly FlowPoint[]): SeriesColumns {
  const read = flowColumns.get(points);
  if (read?.increasing && read.times.length === points.length) return read;
  const columns = emptyColumns(points.length);
  let kept = 0;
  let last = -Infinity;
  for (const point of points) {
    const time = periodStart(point.date);
    if (!Number.isFinite(time) || time <= last) continue;
    last = time;
    addPoint(columns, kept, time, point.value, point.estimate);
    kept += 1;
  }
  if (kept === points.length) return columns;
  const { times, values, estimate, stats } = columns;
  return { times: times.slice(0, kept), values: values.slice(0, kept), estimate: estimate.slice(0, kept), stats };
}

/**
 * A validated point, inheriting nothing (like every validated object, see NO_PROTOTYPE). Made by
 * `new`: before V8 optimises the loop below, a `__proto__` literal is a runtime call per point
 * (≈ 5 ms over 3 × 7,300 points in a first render), and `Object.create` plus three assignments
 * leaves every object a field larger than it needs (≈ 0.8 MB over 3 × 73,000 points).
 */
const ValidPoint = function (this: FlowPoint, date: string, value: number | null, estimate: boolean) {
  this.date = date;
  this.value = value;
  this.estimate = estimate;
} as unknown as new (date: string, value: number | null, estimate: boolean) => Infer<typeof flowPointFields>;
ValidPoint.prototype = NO_PROTOTYPE;

/** The fields of a point, as the fast path reads them. */
const POINT_KEYS = ['date', 'value', 'estimate', 'note'];
type PointRow = { date?: unknown; value?: unknown; estimate?: unknown; note?: unknown };

/**
 * The points of a series as most are: every one `{date, value[, estimate]}` with a real date and
 * a count ≥ 0 or null. Read in one pass that also keeps them as columns (see `flowColumns`), as
 * a long series has 10^5 points; any other point (a note, a bad field) sends the whole series
 * through the full schema, with its exact warnings.
 */
export const flowPoints = withFastPath(flowPointsFields, (rows) => {
  if (!Array.isArray(rows) || rows.length > MAX_ROWS || POINT_KEYS.some((key) => key in Object.prototype)) return undefined;
  const points: Infer<typeof flowPointFields>[] = new Array(rows.length);
  const columns = emptyColumns(rows.length);
  let increasing = true;
  let previous = -Infinity;
  for (let index = 0; index < rows.length; index += 1) {
    // A plain object (from JSON or a literal), its fields read by name: one shape at each read,
    // fast even before V8 optimises the loop (a shared `own(row, key)` read was a quarter of
    // validation). Object.prototype holds none of them (checked above): only own data is read.
    const row = rows[index] as PointRow;
    if (typeof row !== 'object' || row === null) return undefined;
    const prototype = Object.getPrototypeOf(row);
    if ((prototype !== Object.prototype && prototype !== null) || row.note !== undefined) return undefined;
    const date = row.date;
    const value = row.value;
    const estimate = row.estimate ?? false;
    const time = typeof date === 'string' ? periodStart(date) : NaN;
    if (Number.isNaN(time) || typeof estimate !== 'boolean') return undefined;
    if (value !== null && !(typeof value === 'number' && value >= 0 && value < Infinity)) return undefined;
    points[index] = new ValidPoint(date as string, value, estimate);
    addPoint(columns, index, time, value, estimate);
    if (!(time > previous)) increasing = false;
    previous = time;
  }
  flowColumns.set(points, { ...columns, increasing });
  return points;
});

const flowEvent = refine(
  object({
    id: optional(id()),
    date: isoDate(),
    end: optional(isoDate()),
    label: text(),
    note: optional(text()),
  }),
  endNotBeforeStart('date', 'end'),
);

/** CSS colours we accept for a series: hex, rgb()/hsl() with numbers only, or a keyword. */
const color = string({
  maxLength: 64,
  pattern: /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|hsl)a?\([0-9.,%\s/]+\))$/,
  description: 'A CSS colour: #hex, rgb(…), hsl(…) or a colour keyword',
});

const flowSeries = object({
  id: optional(id()),
  label: text(),
  color: optional(color),
  note: optional(text()),
  points: flowPoints,
});

export const flowsSchema = object(
  {
    ...meta,
    unit: optional(text()),
    interval: optional(oneOf(['day', 'week', 'month', 'quarter', 'year'] as const)),
    stacked: withDefault(boolean(), false),
    series: array(flowSeries, { dropInvalid: true }),
    events: withDefault(array(flowEvent, { dropInvalid: true }), []),
  },
  'Flows: counts of people over time for <mig-flow-timeline>',
);

export function validateFlows(raw: unknown): Validation<FlowsData> {
  return run<FlowsData>(flowsSchema, raw, (data, { warnings }) => {
    data.series = uniqueIds(data.series as (FlowsData['series'][number] & { id?: string })[], 'series', '/series', warnings);
    data.series.forEach((series, index) => {
      series.points = byDate(series.points, () => `/series/${sourceIndex(data.series, index)}/points`, warnings, flowColumns.get(series.points));
    });
    data.events = uniqueIds(data.events as (FlowsData['events'][number] & { id?: string })[], 'event', '/events', warnings).sort(
      (a, b) => periodStart(a.date) - periodStart(b.date),
    );
    return data;
  });
}
