import { describe, expect, it } from 'vitest';
import { countPeriods, inferInterval, periodAfter } from '../../../src/core/layout/flow/interval.ts';
import { flows } from './fixtures.ts';

const series = (dates: string[]) => flows({ series: [{ id: 'a', label: 'A', points: dates.map((date) => ({ date, value: 1 })) }] }).series;

describe('inferInterval', () => {
  it('reads years from YYYY dates', () => {
    expect(inferInterval(series(['2014', '2015', '2017']))).toBe('year');
  });
  it('reads months from YYYY-MM dates', () => {
    expect(inferInterval(series(['2015-01', '2015-02', '2015-05']))).toBe('month');
  });
  it('reads quarters from months that are all quarter starts three months apart', () => {
    expect(inferInterval(series(['2015-01', '2015-04', '2015-07', '2015-10']))).toBe('quarter');
    expect(inferInterval(series(['2015-01', '2015-04', '2015-05']))).toBe('month');
  });
  it('reads days, weeks and months from the most common step between days', () => {
    expect(inferInterval(series(['2015-01-01', '2015-01-02', '2015-01-03', '2015-01-10']))).toBe('day');
    expect(inferInterval(series(['2015-01-05', '2015-01-12', '2015-01-19', '2015-02-02']))).toBe('week');
    expect(inferInterval(series(['2015-01-01', '2015-02-01', '2015-03-01', '2015-04-01']))).toBe('month');
    expect(inferInterval(series(['2015-01-01', '2015-04-01', '2015-07-01']))).toBe('quarter');
    expect(inferInterval(series(['2015-01-01', '2016-01-01', '2017-01-01']))).toBe('year');
  });
  it('takes the finest precision across series and falls back to day for a single day', () => {
    expect(inferInterval(series(['2015-03-04']))).toBe('day');
    expect(inferInterval(series(['2015-03']))).toBe('month');
  });
});

describe('periods', () => {
  it('steps one period in UTC', () => {
    expect(new Date(periodAfter(Date.UTC(2016, 1, 1), 'month')).toISOString()).toBe('2016-03-01T00:00:00.000Z');
    expect(new Date(periodAfter(Date.UTC(2016, 0, 1), 'quarter')).toISOString()).toBe('2016-04-01T00:00:00.000Z');
  });
  it('counts periods inclusively', () => {
    expect(countPeriods(Date.UTC(2015, 0, 1), Date.UTC(2018, 11, 1), 'month')).toBe(48);
    expect(countPeriods(Date.UTC(2015, 0, 1), Date.UTC(2015, 9, 1), 'quarter')).toBe(4);
    expect(countPeriods(Date.UTC(2016, 0, 1), Date.UTC(2016, 11, 31), 'day')).toBe(366);
    expect(countPeriods(Date.UTC(2015, 0, 1), Date.UTC(2015, 0, 1), 'year')).toBe(1);
  });
});
