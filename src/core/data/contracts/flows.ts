/**
 * The Flows contract (DESIGN.md section 3) for <mig-flow-timeline>, and its validator.
 * Each contract is a module of its own, so a single-widget bundle carries only its own.
 */
import { isIsoDate, periodStart } from '../dates.ts';
import {
  array,
  boolean,
  count,
  id,
  type Infer,
  isPlainRecord,
  isoDate,
  NO_PROTOTYPE,
  object,
  oneOf,
  optional,
  own,
  refine,
  sourceIndex,
  text,
  withDefault,
  withFastPath,
} from '../schema.ts';
import { type FlowsData, type Validation } from '../types.ts';
import { meta, color, endNotBeforeStart, run, uniqueIds, byDate } from './shared.ts';

export const flowPointFields = object({
  date: isoDate(),
  value: count(),
  estimate: withDefault(boolean(), false),
  note: optional(text()),
});

/**
 * A point as most are, `{date, value[, estimate]}` with a real date and a count ≥ 0 or null,
 * read in one go; anything else (a note, a bad field) goes through the full schema.
 */
export const flowPoint = withFastPath(flowPointFields, (row) => {
  if (!isPlainRecord(row) || own(row, 'note') !== undefined) return undefined;
  const date = own(row, 'date');
  const value = own(row, 'value');
  const estimate = own(row, 'estimate') ?? false;
  if (!isIsoDate(date) || typeof estimate !== 'boolean') return undefined;
  if (value !== null && !(typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY)) return undefined;
  return { __proto__: NO_PROTOTYPE, date, value, estimate } as unknown as Infer<typeof flowPointFields>;
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

const flowSeries = object({
  id: optional(id()),
  label: text(),
  color: optional(color),
  note: optional(text()),
  points: array(flowPoint, { dropInvalid: true }),
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
      series.points = byDate(series.points, `/series/${sourceIndex(data.series, index)}/points`, warnings);
    });
    data.events = uniqueIds(data.events as (FlowsData['events'][number] & { id?: string })[], 'event', '/events', warnings).sort(
      (a, b) => periodStart(a.date) - periodStart(b.date),
    );
    return data;
  });
}
