/** What one period shows in the tooltip, the live region and the `mig-select` detail. */
import { formatNumber, formatPeriod } from '../../text/format.ts';
import { messagesFor } from '../../text/messages/catalogue.ts';
import { flowMessages } from '../../text/messages/flow.ts';
import { pickText } from '../../text/pick.ts';
import type { PreparedFlows } from './prepare.ts';
import { formatFlowValue, periodIso } from './table.ts';

export interface PeriodReadout {
  index: number;
  time: number;
  /** ISO text of the period (`2015-09`). */
  period: string;
  title: string;
  lines: { id: string; label: string; value: string; swatch: string; raw: number | null; estimate: boolean }[];
  /** Sum of the shown series when stacked and every one is known. */
  total: { label: string; value: string; raw: number } | null;
  /** One sentence for screen readers. */
  text: string;
}

export function periodReadout(
  prepared: PreparedFlows,
  index: number,
  locale: string,
  hidden: ReadonlySet<string> = new Set(),
): PeriodReadout | null {
  const time = prepared.periods[index];
  if (time === undefined) return null;
  const m = messagesFor(flowMessages, locale);
  const lines: PeriodReadout['lines'] = [];
  let sum = 0;
  let complete = true;
  for (const s of prepared.series) {
    if (hidden.has(s.id)) continue;
    if (!s.alignedPresent[index]) {
      complete = false;
      continue;
    }
    const v = s.aligned[index]!;
    const estimate = s.alignedEstimate[index] === 1;
    if (Number.isNaN(v)) complete = false;
    else sum += v;
    lines.push({
      id: s.id,
      label: pickText(s.label, locale),
      value: formatFlowValue(v, estimate, locale),
      swatch: s.color,
      raw: Number.isNaN(v) ? null : v,
      estimate,
    });
  }
  const total =
    prepared.stacked && complete && lines.length > 1 ? { label: m.total, value: formatNumber(sum, locale), raw: sum } : null;
  const title = formatPeriod(time, prepared.interval, locale, 'long');
  const parts = lines.map((l) => `${l.label}: ${l.value}`);
  if (total) parts.push(`${total.label}: ${total.value}`);
  return {
    index,
    time,
    period: periodIso(time, prepared.interval),
    title,
    lines,
    total,
    text: `${title}. ${parts.join('; ')}.`,
  };
}
