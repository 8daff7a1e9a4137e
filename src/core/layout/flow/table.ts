/** The data as a table: one row per period, one column per series; estimates marked, unknowns named. */
import type { Interval } from '../../data/types.ts';
import { formatNumber, formatPeriod } from '../../text/format.ts';
import { messagesFor } from '../../text/messages/catalogue.ts';
import { flowMessages } from '../../text/messages/flow.ts';
import { pickText } from '../../text/pick.ts';
import type { PreparedFlows } from './prepare.ts';

export interface FlowTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { id: string; cells: string[]; values: (string | number | null)[] }[];
}

/** ISO text of a period start at the interval's own precision (`2015`, `2015-09`, `2015-09-14`). */
export function periodIso(time: number, interval: Interval): string {
  const iso = new Date(time).toISOString();
  if (interval === 'year') return iso.slice(0, 4);
  if (interval === 'month' || interval === 'quarter') return iso.slice(0, 7);
  return iso.slice(0, 10);
}

/** A value as shown in tooltips and the table: locale number, estimate marked, unknown named. */
export function formatFlowValue(value: number, estimate: boolean, locale: string): string {
  const m = messagesFor(flowMessages, locale);
  if (Number.isNaN(value)) return m.unknown;
  const text = formatNumber(value, locale);
  return estimate ? `${text} (${m.estimateMark})` : text;
}

export function flowTable(prepared: PreparedFlows, locale: string, caption: string): FlowTable {
  const m = messagesFor(flowMessages, locale);
  const { periods, series, interval } = prepared;
  const anyEstimate = series.some((s) => s.estimate.some((e) => e === 1));
  const columns = [
    { key: 'period', label: m.period },
    ...series.map((s) => ({ key: `series:${s.id}`, label: pickText(s.label, locale), numeric: true })),
  ];
  const rows: FlowTable['rows'] = new Array(periods.length);
  for (let i = 0; i < periods.length; i += 1) {
    const time = periods[i]!;
    const iso = periodIso(time, interval);
    const cells = [formatPeriod(time, interval, locale, 'long')];
    const values: (string | number | null)[] = [iso];
    for (const s of series) {
      if (!s.alignedPresent[i]) {
        cells.push('');
        values.push(null);
        continue;
      }
      const v = s.aligned[i]!;
      cells.push(formatFlowValue(v, s.alignedEstimate[i] === 1, locale));
      values.push(Number.isNaN(v) ? null : v);
    }
    rows[i] = { id: iso, cells, values };
  }
  return { caption: anyEstimate ? `${caption} (${m.tableEstimateNote})` : caption, columns, rows };
}
