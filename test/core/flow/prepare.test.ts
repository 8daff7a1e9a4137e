import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareFlows, sameTimes } from '../../../src/core/layout/flow/prepare.ts';
import { dailyFlows, flows } from './fixtures.ts';

describe('prepareFlows', () => {
  it('shares one periods array between series that cover the same periods', () => {
    const prepared = prepareFlows(dailyFlows(3, 400, 2));
    for (const s of prepared.series) expect(s.times).toBe(prepared.periods);
    const points = (count: number) => Array.from({ length: count }, (_, i) => ({ date: `2016-${String(i + 1).padStart(2, '0')}`, value: i }));
    const uneven = prepareFlows(flows({ series: [{ label: 'a', points: points(12) }, { label: 'b', points: points(11) }] }));
    expect(uneven.series[0]!.times).toBe(uneven.periods);
    expect(uneven.series[1]!.times).not.toBe(uneven.periods);
    expect(uneven.series[1]!.aligned.length).toBe(uneven.periods.length);
  });

  it('reads a validated series again when its list of points changed length since', () => {
    const data = dailyFlows(1, 50, 3);
    data.series[0]!.points.pop();
    expect(prepareFlows(data).series[0]!.times.length).toBe(49);
  });
});

describe('sameTimes', () => {
  const time = fc.oneof(fc.integer({ min: -6e12, max: 8e12 }), fc.double({ min: -1e15, max: 1e15, noNaN: true }));
  it('says two arrays of times are equal exactly when every time is', () => {
    fc.assert(
      fc.property(fc.array(time, { maxLength: 60 }), fc.nat(), fc.option(time, { nil: undefined }), (times, at, other) => {
        const a = Float64Array.from(times);
        const b = Float64Array.from(times);
        if (other !== undefined && b.length) b[at % b.length] = other;
        expect(sameTimes(a, b)).toBe(a.every((t, i) => t === b[i]));
        // Views into a larger buffer compare their own elements only.
        const wide = new Float64Array(b.length + 2).fill(1);
        wide.set(b, 1);
        expect(sameTimes(a, wide.subarray(1, 1 + b.length))).toBe(a.every((t, i) => t === b[i]));
      }),
      { numRuns: 1000 },
    );
    expect(sameTimes(new Float64Array([1, 2]), new Float64Array([1]))).toBe(false);
  });
});
