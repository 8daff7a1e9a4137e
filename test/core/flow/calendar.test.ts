import * as d3 from 'd3-time';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDay, utcMonday, utcMonth, utcYear, type CountedCalendar } from '../../../src/core/layout/flow/calendar.ts';
import { seedFromEnvironment } from '../properties/arbitraries.ts';

seedFromEnvironment();

const pairs: [string, CountedCalendar, d3.CountableTimeInterval][] = [
  ['day', utcDay, d3.utcDay],
  ['week', utcMonday, d3.utcMonday],
  ['month', utcMonth, d3.utcMonth],
  ['year', utcYear, d3.utcYear],
];

/** Any millisecond from 1000 to 2999, and quite often a period boundary or just beside one. */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2999, 11, 31) }),
  fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(-1, 0, 1)).map(([year, month, day, shift]) => Date.UTC(year, month, day) + shift),
);
const times = (dates: Date[]) => dates.map((date) => date.getTime());

describe.each(pairs)('utc %s', (_name, ours, theirs) => {
  it('floors, ceils, offsets and counts as d3-time does, and leaves its argument alone', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: -40, max: 40 }), (a, b, step) => {
        const date = new Date(a);
        expect(ours.floor(date).getTime()).toBe(theirs.floor(new Date(a)).getTime());
        expect(ours.ceil(date).getTime()).toBe(theirs.ceil(new Date(a)).getTime());
        expect(ours.offset(date, step).getTime()).toBe(theirs.offset(new Date(a), step).getTime());
        expect(ours.offset(date).getTime()).toBe(theirs.offset(new Date(a)).getTime());
        expect(ours.count(date, new Date(b))).toBe(theirs.count(new Date(a), new Date(b)));
        expect(date.getTime()).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it('lists the same periods, and every n-th of them', () => {
    const span = { day: 400, week: 3000, month: 12_000, year: 150_000 }[_name]! * 86_400_000;
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: span }), fc.constantFrom(1, 2, 3, 5, 6, 10, 20, 50, 100), (a, length, step) => {
        const start = new Date(a);
        const stop = new Date(a + length);
        expect(times(ours.range(start, stop))).toEqual(times(theirs.range(new Date(a), new Date(a + length))));
        const every = ours.every(step);
        const theirsEvery = theirs.every(step)!;
        expect(times(every.range(start, stop))).toEqual(times(theirsEvery.range(new Date(a), new Date(a + length))));
        expect(every.floor(start).getTime()).toBe(theirsEvery.floor(new Date(a)).getTime());
        expect(every.ceil(start).getTime()).toBe(theirsEvery.ceil(new Date(a)).getTime());
      }),
      { numRuns: 300 },
    );
  });
});

describe('every n-th period', () => {
  it('steps between kept periods as d3-time does (quarters)', () => {
    const ours = utcMonth.every(3);
    const theirs = d3.utcMonth.every(3)!;
    fc.assert(
      fc.property(instant, fc.integer({ min: -12, max: 12 }), (a, step) => {
        expect(ours.offset(ours.floor(new Date(a)), step).getTime()).toBe(theirs.offset(theirs.floor(new Date(a)), step).getTime());
      }),
    );
  });

  it('a step below 2 is the interval itself; an invalid date stays invalid', () => {
    expect(utcDay.every(1)).toBe(utcDay);
    expect(utcMonth.every(0)).toBe(utcMonth);
    expect(utcMonth.every(3).floor(new Date(Number.NaN)).getTime()).toBeNaN();
    expect(utcMonth.every(3).offset(new Date(Number.NaN), 2).getTime()).toBeNaN();
    expect(utcDay.range(new Date(Number.NaN), new Date(0))).toEqual([]);
  });
});
