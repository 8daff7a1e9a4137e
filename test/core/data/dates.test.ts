import { describe, expect, it } from 'vitest';
import { parseIsoDate, periodEnd, periodStart } from '../../../src/core/data/dates.ts';

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
});
