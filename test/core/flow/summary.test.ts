import { describe, expect, it } from 'vitest';
import { flowFacts, flowSummaryText, notableChanges, prepareFlows } from '../../../src/core/layout/flow/index.ts';
import { flows, monthly, serbiaFlows } from './fixtures.ts';

describe('flowFacts', () => {
  it('finds the span, each series’ peak and total, ignoring unknowns', () => {
    const prepared = prepareFlows(monthly([10, null, 30, 25, null, 5], { estimate: [2] }));
    const facts = flowFacts(prepared);
    expect(facts.span).toBe(6);
    expect(facts.first).toBe(Date.UTC(2015, 0, 1));
    expect(facts.series[0]).toMatchObject({ total: 70, known: 4, unknown: 2, estimates: 1 });
    expect(facts.series[0]!.peak).toEqual({ time: Date.UTC(2015, 2, 1), value: 30, estimate: true });
  });

  it('compares the average per period before and after an event, leaving out the event’s own period', () => {
    const data = flows({
      series: [{ id: 'a', label: 'A', points: Array.from({ length: 24 }, (_, i) => ({ date: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: i < 12 ? 100 : 10 })) }],
      events: [{ date: '2015-12-15', label: 'Closure' }],
    });
    const facts = flowFacts(prepareFlows(data));
    expect(facts.changes).toHaveLength(1);
    const change = facts.changes[0]!;
    expect(change.window).toBe(6);
    expect(change.before).toBe(100); // Jun–Nov 2015
    expect(change.after).toBe(10); // Jan–Jun 2016
    expect(change.change).toBeCloseTo(-0.9);
    expect(change.seriesId).toBeNull();
  });

  it('compares the stacked total, and each series when they are not stacked', () => {
    const raw = (stacked: boolean) => ({
      stacked,
      series: ['a', 'b'].map((id) => ({ id, label: id, points: Array.from({ length: 12 }, (_, i) => ({ date: `2015-${String(i + 1).padStart(2, '0')}`, value: i < 6 ? 10 : 20 })) })),
      events: [{ date: '2015-07', label: 'E' }],
    });
    const stacked = flowFacts(prepareFlows(flows(raw(true))));
    expect(stacked.changes.map((c) => [c.seriesId, c.before, c.after])).toEqual([[null, 20, 40]]);
    const lines = flowFacts(prepareFlows(flows(raw(false))));
    expect(lines.changes.map((c) => [c.seriesId, c.before, c.after])).toEqual([
      ['a', 10, 20],
      ['b', 10, 20],
    ]);
  });
});

describe('flowSummaryText', () => {
  const prepared = prepareFlows(serbiaFlows());
  const facts = flowFacts(prepared);

  it('tells span, peaks, totals and the largest changes in English', () => {
    const text = flowSummaryText(prepared, facts, 'en');
    expect(text).toContain('January 2015 to December 2018 (48 months)');
    expect(text).toContain('highest in October 2015 (180,344)');
    expect(text).toContain('“The Western Balkan route closes” and “EU–Turkey Statement”');
    expect(text).toContain('a month in the 6 months before');
    expect(text).toContain('values are unknown');
  });

  it('speaks each UI language', () => {
    expect(flowSummaryText(prepared, facts, 'sr-Latn')).toContain('48 meseci');
    expect(flowSummaryText(prepared, facts, 'sr-Latn')).toContain('180.344');
    expect(flowSummaryText(prepared, facts, 'sr-Cyrl')).toContain('48 месеци');
    expect(flowSummaryText(prepared, facts, 'sr-Cyrl')).toContain('Затвара се западнобалканска рута');
    expect(flowSummaryText(prepared, facts, 'bs')).toContain('48 mjeseci');
    expect(flowSummaryText(prepared, facts, 'hr')).toContain('Razdoblje podataka');
  });

  it('tells at most three changes, grouping events with the same windows', () => {
    const changes = notableChanges(facts.changes);
    expect(changes.length).toBeLessThanOrEqual(3);
    expect(changes.some((c) => c.labels.length === 2)).toBe(true);
  });

  it('is empty for a dataset without periods', () => {
    const empty = prepareFlows(flows({ series: [] }));
    expect(flowSummaryText(empty, flowFacts(empty), 'en')).toBe('');
  });
});
