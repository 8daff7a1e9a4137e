/**
 * The three data contracts (DESIGN.md section 3) as schemas, and their validators.
 * `npm run schemas` writes the same definitions to data/schemas/*.schema.json.
 */
import { isIsoDate, periodStart } from './dates.ts';
import {
  array,
  boolean,
  count,
  id,
  type Infer,
  InvalidData,
  isPlainRecord,
  isoDate,
  keyword,
  NO_PROTOTYPE,
  number,
  object,
  oneOf,
  own,
  oneOrMany,
  optional,
  type ParseContext,
  pointer,
  refine,
  safeUrl,
  type Schema,
  keepSourcePositions,
  sourceIndex,
  string,
  text,
  withDefault,
  withFastPath,
} from './schema.ts';
import {
  CENTRE_STATUSES,
  type CentresData,
  type DataIssue,
  type DatasetMeta,
  type FlowsData,
  type ProjectsData,
  type Validation,
} from './types.ts';

const source = object({
  name: text(),
  url: safeUrl(),
  date: optional(isoDate()),
  licence: optional(text()),
});

const meta = {
  title: optional(text()),
  subtitle: optional(text()),
  note: optional(text()),
  source: oneOrMany(source),
};

/** CSS colours we accept for a series: hex, rgb()/hsl() with numbers only, or a keyword. */
const color = string({
  maxLength: 64,
  pattern: /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|hsl)a?\([0-9.,%\s/]+\))$/,
  description: 'A CSS colour: #hex, rgb(…), hsl(…) or a colour keyword',
});

function endNotBeforeStart(startKey: string, endKey: string) {
  return (value: Record<string, unknown>) => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start === 'string' && typeof end === 'string' && periodStart(end) < periodStart(start)) {
      throw new InvalidData(pointer('', endKey), `ends (${end}) before it starts (${start})`);
    }
  };
}

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

const latitude = number({ minimum: -90, maximum: 90 });
const longitude = number({ minimum: -180, maximum: 180 });

const centreSnapshot = object({
  date: isoDate(),
  occupancy: withDefault(count(), null),
  capacity: withDefault(count(), null),
});

const centre = object({
  id: id(),
  name: text(),
  type: withDefault(keyword(), 'other'),
  lat: latitude,
  lon: longitude,
  capacity: withDefault(count(), null),
  occupancy: withDefault(count(), null),
  history: withDefault(array(centreSnapshot, { dropInvalid: true }), []),
  status: withDefault(oneOf(CENTRE_STATUSES), 'open'),
  url: safeUrl(),
  note: optional(text()),
});

export const centresSchema = object(
  {
    ...meta,
    asOf: optional(isoDate()),
    basemap: optional(string({ maxLength: 2000 })),
    centres: array(centre, { dropInvalid: true }),
  },
  'Centres: asylum and reception centres with occupancy and capacity for <mig-centre-map>',
);

/** Larger budgets are data errors; the cap also keeps per-currency totals finite. */
const MAX_BUDGET = 1e15;

const budget = object({
  amount: number({ minimum: 0, maximum: MAX_BUDGET }),
  currency: string({ pattern: /^[A-Za-z]{3}$/, description: 'ISO 4217 currency code, e.g. EUR' }),
});

const project = refine(
  object({
    id: id(),
    title: text(),
    status: withDefault(keyword(), 'other'),
    summary: optional(text()),
    donors: withDefault(array(text(), { dropInvalid: true }), []),
    partners: withDefault(array(text(), { dropInvalid: true }), []),
    budget: optional(budget),
    start: optional(isoDate()),
    end: optional(isoDate()),
    country: optional(string({ pattern: /^[A-Za-z]{2}$/, description: 'ISO 3166-1 alpha-2 country code, e.g. RS' })),
    themes: withDefault(array(text(), { dropInvalid: true }), []),
    url: safeUrl(),
    progress: optional(number({ minimum: 0, maximum: 1 })),
  }),
  endNotBeforeStart('start', 'end'),
);

export const projectsSchema = object(
  {
    ...meta,
    projects: array(project, { dropInvalid: true }),
  },
  'Projects: an organisation’s projects for <mig-project-board>',
);

/** Run a schema and turn failures into a DataIssue; never throws. */
function run<T>(schema: Schema<unknown>, raw: unknown, finish: (value: T, context: ParseContext) => T): Validation<T> {
  const context: ParseContext = { warnings: [] };
  try {
    const value = finish(schema.parse(raw, context) as T, context);
    return { ok: true, value, warnings: context.warnings };
  } catch (error) {
    if (error instanceof InvalidData) {
      return { ok: false, error: { code: error.code, message: error.reason, path: error.path || '/' }, warnings: context.warnings };
    }
    // A bug or an exotic input (e.g. a getter that throws): still never thrown into the page.
    return { ok: false, error: { code: 'invalid-data', message: String((error as Error)?.message ?? error) }, warnings: context.warnings };
  }
}

/** Give missing ids a stable generated one and drop rows whose id repeats (ids key the DOM). */
function uniqueIds<T extends { id?: string }>(rows: T[], prefix: string, path: string, warnings: DataIssue[]): (T & { id: string })[] {
  const seen = new Set<string>();
  const result: (T & { id: string })[] = [];
  const positions: number[] = [];
  rows.forEach((row, index) => {
    const rowId = row.id ?? `${prefix}-${sourceIndex(rows, index) + 1}`;
    if (seen.has(rowId)) {
      warnings.push({ code: 'duplicate-id', message: `Row left out: the id "${rowId.slice(0, 40)}" is used twice`, path: pointer(path, sourceIndex(rows, index)) });
      return;
    }
    seen.add(rowId);
    row.id = rowId;
    result.push(row as T & { id: string });
    positions.push(index);
  });
  keepSourcePositions(result, rows, positions);
  return result;
}

type Dated = { date: string };

function strictlyIncreasing(rows: readonly Dated[]): boolean {
  let previous = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const time = periodStart(row.date);
    if (!(time > previous)) return false;
    previous = time;
  }
  return true;
}

/** Sort by date (stable) and drop repeated dates, keeping the first. */
function byDate<T extends Dated>(rows: T[], path: string, warnings: DataIssue[]): T[] {
  if (strictlyIncreasing(rows)) return rows; // the usual case, and the cheap one at 10^5 rows
  const sorted = rows.map((row, index) => ({ row, index, time: periodStart(row.date) })).sort((a, b) => a.time - b.time || a.index - b.index);
  const result: T[] = [];
  let previous: string | undefined;
  for (const { row, index } of sorted) {
    if (row.date === previous) {
      warnings.push({ code: 'duplicate-date', message: `Row left out: the date ${row.date} appears twice`, path: pointer(path, sourceIndex(rows, index)) });
      continue;
    }
    previous = row.date;
    result.push(row);
  }
  return result;
}

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

export function validateCentres(raw: unknown): Validation<CentresData> {
  return run<CentresData>(centresSchema, raw, (data, { warnings }) => {
    data.centres = uniqueIds(data.centres, 'centre', '/centres', warnings);
    data.centres.forEach((centre, index) => {
      centre.history = byDate(centre.history, `/centres/${sourceIndex(data.centres, index)}/history`, warnings);
    });
    return data;
  });
}

export function validateProjects(raw: unknown): Validation<ProjectsData> {
  return run<ProjectsData>(projectsSchema, raw, (data, { warnings }) => {
    data.projects = uniqueIds(data.projects, 'project', '/projects', warnings);
    for (const project of data.projects) {
      if (project.budget) project.budget.currency = project.budget.currency.toUpperCase();
      if (project.country) project.country = project.country.toUpperCase();
    }
    return data;
  });
}

/** The contracts by name, for the schema generator and tooling. */
export const CONTRACTS = {
  flows: flowsSchema,
  centres: centresSchema,
  projects: projectsSchema,
} as const;

export type { DatasetMeta };
