import { describe, expect, it } from 'vitest';
import { defaultDate, historyDates, statusAt, valuesAt } from '../../../src/core/layout/map/history.ts';
import { centres, small, withHistory } from './fixtures.ts';

describe('historyDates', () => {
  it('joins every history date and asOf, sorted and unique', () => {
    expect(historyDates(withHistory())).toEqual(['2016-06', '2016-12', '2016-12-25', '2017-01', '2017-06']);
  });

  it('is empty when no centre has a history', () => {
    expect(historyDates(small())).toEqual([]);
  });
});

describe('defaultDate', () => {
  it('is asOf, else the latest date', () => {
    expect(defaultDate(withHistory())).toBe('2017-01');
    const undated = centres({ centres: [{ id: 'a', name: 'A', lat: 44, lon: 20, history: [{ date: '2018', occupancy: 1 }, { date: '2019-03', occupancy: 2 }] }] });
    expect(defaultDate(undated)).toBe('2019-03');
    expect(defaultDate(small())).toBe('2017-01-16');
  });
});

describe('valuesAt', () => {
  const [a, b] = withHistory().centres as [never, never];

  it('takes the latest snapshot on or before the date', () => {
    expect(valuesAt(a, '2016-09-01', '2017-01')).toMatchObject({ occupancy: 50, capacity: 80, date: '2016-06', known: true });
    expect(valuesAt(a, '2016-12-25', '2017-01')).toMatchObject({ occupancy: 120, date: '2016-12-25' });
    expect(valuesAt(a, '2016-12-31', '2017-01')).toMatchObject({ occupancy: 120 });
  });

  it('counts the centre’s own values as the asOf snapshot', () => {
    expect(valuesAt(a, '2017-01', '2017-01')).toMatchObject({ occupancy: 90, capacity: 100, current: true, date: '2017-01' });
    expect(valuesAt(a, '2017-03', '2017-01')).toMatchObject({ occupancy: 90, current: true });
    expect(valuesAt(a, '2017-06-15', '2017-01')).toMatchObject({ occupancy: 30, current: false, date: '2017-06' });
  });

  it('knows nothing before the first snapshot', () => {
    expect(valuesAt(a, '2015', '2017-01')).toMatchObject({ occupancy: null, capacity: null, known: false });
  });

  it('gives the own values without a date; a centre without history has no figures before asOf', () => {
    expect(valuesAt(a, undefined, '2017-01')).toMatchObject({ occupancy: 90, current: true });
    const plain = small().centres[0]!;
    expect(valuesAt(plain, '2010', '2017-01-16')).toMatchObject({ occupancy: null, known: false });
    expect(valuesAt(plain, '2018', '2017-01-16')).toMatchObject({ occupancy: 980, current: true });
    expect(valuesAt(plain, '2010', undefined)).toMatchObject({ occupancy: 980, current: true });
  });

  it('without asOf, puts the own values after the history', () => {
    const [centre] = centres({
      centres: [{ id: 'a', name: 'A', lat: 44, lon: 20, occupancy: 7, capacity: 10, history: [{ date: '2018', occupancy: 1 }, { date: '2019', occupancy: 2 }] }],
    }).centres;
    expect(valuesAt(centre!, '2018-06', undefined)).toMatchObject({ occupancy: 1, current: false });
    expect(valuesAt(centre!, '2019', undefined)).toMatchObject({ occupancy: 7, capacity: 10, current: true });
  });

  it('shows a closed centre as open on an earlier date with figures', () => {
    expect(statusAt(b, valuesAt(b, '2016-12-15', '2017-01'))).toBe('open');
    expect(statusAt(b, valuesAt(b, '2017-01', '2017-01'))).toBe('closed');
    expect(statusAt(b, valuesAt(b, '2015', '2017-01'))).toBe('closed');
  });
});
