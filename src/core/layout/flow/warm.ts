import { validateFlows } from '../../data/contracts/flows.ts';
import { formatPeriod, formatTick } from '../../text/format.ts';
import { type FlowModel, layoutFlows } from './layout.ts';
import { prepareFlows } from './prepare.ts';
import { flowFacts, flowSummaryText } from './summary.ts';

/**
 * What a timeline waiting for its data does while the page is idle: make this language's
 * formatters, and take a small made-up dataset through validation, summary and layout once.
 * The first real dataset then runs code the engine has already compiled and optimised rather
 * than doing that as it goes: about a quarter of a first render's time (CHANGELOG). Nothing of it
 * is kept; the model is returned for tests.
 */
export function warmTimeline(locale: string): FlowModel | undefined {
  // The tick and period formats of long or monthly series, which the sample does not need.
  for (const withYear of [true, false]) for (const unit of ['day', 'month', 'year'] as const) formatTick(0, unit, locale, withYear);
  formatPeriod(0, 'month', locale, 'long');
  // Gaps, estimates and more points than pixels: the branches a long real series takes.
  const points = Array.from({ length: 10 }, (_, day) => ({ date: `2000-02-1${day}`, value: day % 4 ? day : null, estimate: day > 6 }));
  const checked = validateFlows({ series: [{ label: 'a', points }, { label: 'b', points }] });
  if (!checked.ok) return undefined;
  const prepared = prepareFlows(checked.value);
  flowSummaryText(prepared, flowFacts(prepared), locale);
  return layoutFlows(prepared, { width: 8, height: 120, locale, fontSize: 12 });
}
