/**
 * What the three contracts share: dataset metadata, colours, date ranges, and the steps
 * after parsing (generated ids, sorting by date).
 */
import { periodStart } from '../dates.ts';
import {
  InvalidData,
  isoDate,
  object,
  oneOrMany,
  optional,
  type ParseContext,
  pointer,
  safeUrl,
  type Schema,
  keepSourcePositions,
  sourceIndex,
  text,
} from '../schema.ts';
import { type DataIssue, type Validation } from '../types.ts';

const source = object({
  name: text(),
  url: safeUrl(),
  date: optional(isoDate()),
  licence: optional(text()),
});

export const meta = {
  title: optional(text()),
  subtitle: optional(text()),
  note: optional(text()),
  source: oneOrMany(source),
};

export function endNotBeforeStart(startKey: string, endKey: string) {
  return (value: Record<string, unknown>) => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start === 'string' && typeof end === 'string' && periodStart(end) < periodStart(start)) {
      throw new InvalidData(pointer('', endKey), `ends (${end}) before it starts (${start})`);
    }
  };
}

/** Run a schema and turn failures into a DataIssue; never throws. */
export function run<T>(schema: Schema<unknown>, raw: unknown, finish: (value: T, context: ParseContext) => T): Validation<T> {
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
export function uniqueIds<T extends { id?: string }>(rows: T[], prefix: string, path: string, warnings: DataIssue[]): (T & { id: string })[] {
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

/** Whether the rows' dates strictly increase: as validation found while reading them, or read now. */
function strictlyIncreasing(rows: readonly Dated[], read?: { increasing: boolean }): boolean {
  if (read) return read.increasing;
  let previous = -Infinity;
  for (let index = 0; index < rows.length; index += 1) {
    const time = periodStart(rows[index]!.date);
    if (!(time > previous)) return false;
    previous = time;
  }
  return true;
}

/**
 * Sort by date (stable) and drop repeated dates, keeping the first. `read`: whether the dates
 * increase, where validation knows it already. `path` (of the rows, for warnings) is written only
 * when a warning needs it: thousands of small lists are sorted without making their paths.
 */
export function byDate<T extends Dated>(rows: T[], path: () => string, warnings: DataIssue[], read?: { increasing: boolean }): T[] {
  if (strictlyIncreasing(rows, read)) return rows; // the usual case, and the cheap one at 10^5 rows
  const sorted = rows.map((row, index) => ({ row, index, time: periodStart(row.date) })).sort((a, b) => a.time - b.time || a.index - b.index);
  const result: T[] = [];
  let previous: string | undefined;
  for (const { row, index } of sorted) {
    if (row.date === previous) {
      warnings.push({ code: 'duplicate-date', message: `Row left out: the date ${row.date} appears twice`, path: pointer(path(), sourceIndex(rows, index)) });
      continue;
    }
    previous = row.date;
    result.push(row);
  }
  return result;
}
