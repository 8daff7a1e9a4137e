import { describe, expect, it } from 'vitest';
import { isoDay, parseIsoDate, periodEnd, periodStart } from '../../../src/core/data/dates.ts';

describe('parseIsoDate', () => {
  it('parses years, months and days as UTC calendar periods', () => {
    expect(parseIsoDate('2016')).toMatchObject({ precision: 'year', start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) });
    expect(parseIsoDate('2016-03')).toMatchObject({ precision: 'month', start: Date.UTC(2016, 2, 1), end: Date.UTC(2016, 3, 1) });
    expect(parseIsoDate('2016-02-29')).toMatchObject({ precision: 'day', start: Date.UTC(2016, 1, 29) });
  });

  it.each(['2023-02-30', '2015-02-29', '2016-13', '2016-00', '2016-1', '16-01-01', '2016-01-01T00:00', ' 2016', '0001', '99999', '', 'abc'])(
    'rejects %j',
    (text) => expect(parseIsoDate(text)).toBeNull(),
  );

  it('rejects non-strings', () => {
    expect(parseIsoDate(2016)).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('gives the same instants whatever the process time zone', () => {
    expect(periodStart('2016-03-08')).toBe(1457395200000);
    expect(periodEnd('2016-03')).toBe(Date.UTC(2016, 3, 1));
    expect(new Date(periodStart('2016-03-08')).toISOString()).toBe('2016-03-08T00:00:00.000Z');
  });

  it('agrees with Date.UTC on every day, month and year from 1800 to 2200', () => {
    const DAY = 86_400_000;
    const mismatches: string[] = [];
    for (let time = Date.UTC(1800, 0, 1); time <= Date.UTC(2200, 11, 31); time += DAY) {
      const text = isoDay(time);
      if (periodStart(text) !== time || periodEnd(text) !== time + DAY) mismatches.push(text);
    }
    for (let year = 1800; year <= 2200; year += 1) {
      if (periodStart(String(year)) !== Date.UTC(year, 0, 1) || periodEnd(String(year)) !== Date.UTC(year + 1, 0, 1)) mismatches.push(String(year));
      for (let month = 1; month <= 12; month += 1) {
        const text = `${year}-${String(month).padStart(2, '0')}`;
        if (periodStart(text) !== Date.UTC(year, month - 1, 1) || periodEnd(text) !== Date.UTC(year, month, 1)) mismatches.push(text);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
