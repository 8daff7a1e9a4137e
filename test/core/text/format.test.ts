import { afterEach, describe, expect, it } from 'vitest';
import {
  dateFormatter,
  formatCompact,
  formatCurrency,
  formatDate,
  formatDateRange,
  formatList,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatTick,
  formattingLocale,
  warmFormatters,
  numberFormatter,
} from '../../../src/core/text/format.ts';

// Intl puts these between a number and its unit, and around range dashes.
const NBSP = '\u00a0';
const THIN = '\u2009';
const MINUS = '\u2212';

const SEP_14_2015 = Date.UTC(2015, 8, 14);

describe('numbers', () => {
  it.each([
    ['en', '150,148', '1,234.5', '-5'],
    ['sr-Latn', '150.148', '1.234,5', '-5'],
    ['sr-Cyrl', '150.148', '1.234,5', '-5'],
    ['bs', '150.148', '1.234,5', '-5'],
    ['hr', '150.148', '1.234,5', `${MINUS}5`],
    ['de', '150.148', '1.234,5', '-5'],
  ])('formatNumber in %s', (locale, grouped, decimal, negative) => {
    expect(formatNumber(150148, locale)).toBe(grouped);
    expect(formatNumber(1234.5, locale)).toBe(decimal);
    expect(formatNumber(-5, locale)).toBe(negative);
  });

  it('shows -0 as 0 and passes options through', () => {
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(0.98765, 'en', { maximumFractionDigits: 2 })).toBe('0.99');
  });

  it.each([
    ['en', '150K', '1.5M'],
    ['sr-Latn', `150${NBSP}hilj.`, `1,5${NBSP}mil.`],
    ['sr-Cyrl', `150${NBSP}хиљ.`, `1,5${NBSP}мил.`],
    ['bs', `150${NBSP}hilj.`, `1,5${NBSP}mil.`],
    ['hr', `150${NBSP}tis.`, `1,5${NBSP}mil.`],
    ['de', '150.148', `1,5${NBSP}Mio.`],
  ])('formatCompact in %s', (locale, thousands, millions) => {
    expect(formatCompact(150148, locale)).toBe(thousands);
    expect(formatCompact(1_500_000, locale)).toBe(millions);
  });

  it.each([
    ['en', '98%', '98.1%'],
    ['sr-Latn', '98%', '98,1%'],
    ['sr-Cyrl', '98%', '98,1%'],
    ['bs', '98%', '98,1%'],
    ['hr', `98${NBSP}%`, `98,1${NBSP}%`],
    ['de', `98${NBSP}%`, `98,1${NBSP}%`],
  ])('formatPercent in %s', (locale, whole, oneDecimal) => {
    expect(formatPercent(0.98, locale)).toBe(whole);
    expect(formatPercent(0.9812, locale, 1)).toBe(oneDecimal);
  });

  it('formatPercent clamps impossible digit counts', () => {
    expect(formatPercent(0.5, 'en', -3)).toBe('50%');
    expect(formatPercent(0.5, 'en', Number.NaN)).toBe('50%');
  });

  it.each([
    ['en', '$130,000', '€1,234.50', '$130K'],
    ['sr-Latn', `130.000${NBSP}US$`, `1.234,50${NBSP}€`, `130${NBSP}hilj.${NBSP}US$`],
    ['sr-Cyrl', `130.000${NBSP}US$`, `1.234,50${NBSP}€`, `130${NBSP}хиљ.${NBSP}US$`],
    ['bs', `130.000${NBSP}USD`, `1.234,50${NBSP}€`, `130${NBSP}hilj.${NBSP}USD`],
    ['hr', `130.000${NBSP}USD`, `1.234,50${NBSP}€`, `130${NBSP}tis.${NBSP}USD`],
    ['de', `130.000${NBSP}$`, `1.234,50${NBSP}€`, `130.000${NBSP}$`],
  ])('formatCurrency in %s', (locale, whole, fraction, compact) => {
    expect(formatCurrency(130000, 'USD', locale)).toBe(whole);
    expect(formatCurrency(1234.5, 'EUR', locale)).toBe(fraction);
    expect(formatCurrency(130000, 'USD', locale, { compact: true })).toBe(compact);
  });

  it('formatCurrency accepts a lower-case code and never throws on a bad one', () => {
    expect(formatCurrency(130000, 'usd', 'en')).toBe('$130,000');
    expect(formatCurrency(130000, 'US-D', 'en')).toBe(`130,000${NBSP}US-D`);
    expect(formatCurrency(130000, 'dollars', 'sr-Latn')).toBe(`130.000${NBSP}dollars`);
    expect(formatCurrency(150148, '€€', 'en', { compact: true })).toBe(`150K${NBSP}€€`);
    expect(formatCurrency(5, '', 'en')).toBe('5');
  });

  it('gives an empty string for values that are not finite numbers', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(value, 'en')).toBe('');
      expect(formatCompact(value, 'sr-Latn')).toBe('');
      expect(formatPercent(value, 'hr')).toBe('');
      expect(formatCurrency(value, 'USD', 'de')).toBe('');
    }
    expect(formatNumber('12' as unknown as number, 'en')).toBe('');
  });

  it('memoises formatters and survives malformed locales and options', () => {
    expect(numberFormatter('sr-Latn', { maximumFractionDigits: 1 })).toBe(
      numberFormatter('sr-Latn', { maximumFractionDigits: 1 }),
    );
    expect(formatNumber(150148, 'not a locale!')).toBe('150,148');
    expect(formatNumber(1.5, 'en', { maximumFractionDigits: 500 })).toBe('1.5');
  });
});

describe('dates', () => {
  it('dateFormatter forces UTC and memoises', () => {
    const formatter = dateFormatter('en', { day: 'numeric', timeZone: 'Pacific/Kiritimati' });
    expect(formatter.resolvedOptions().timeZone).toBe('UTC');
    expect(formatter.format(SEP_14_2015)).toBe('14');
    expect(dateFormatter('en', { day: 'numeric', timeZone: 'Pacific/Kiritimati' })).toBe(formatter);
  });

  const periods: [string, Record<'day' | 'week' | 'month' | 'quarter' | 'year', [string, string]>][] = [
    [
      'en',
      {
        day: ['September 14, 2015', 'Sep 14, 2015'],
        week: ['week of September 14, 2015', 'week of Sep 14, 2015'],
        month: ['September 2015', 'Sep 2015'],
        quarter: ['Q3 2015', 'Q3 2015'],
        year: ['2015', '2015'],
      },
    ],
    [
      'sr-Latn',
      {
        day: ['14. septembar 2015.', '14. sep 2015.'],
        week: ['sedmica od 14. sep 2015.', 'sedmica od 14. sep 2015.'],
        month: ['septembar 2015.', 'sep 2015.'],
        quarter: ['3. kvartal 2015.', '3. kv. 2015.'],
        year: ['2015.', '2015.'],
      },
    ],
    [
      'sr-Cyrl',
      {
        day: ['14. септембар 2015.', '14. сеп 2015.'],
        week: ['седмица од 14. сеп 2015.', 'седмица од 14. сеп 2015.'],
        month: ['септембар 2015.', 'сеп 2015.'],
        quarter: ['3. квартал 2015.', '3. кв. 2015.'],
        year: ['2015.', '2015.'],
      },
    ],
    [
      'bs',
      {
        day: ['14. septembar 2015.', '14. sep 2015.'],
        week: ['sedmica od 14. sep 2015.', 'sedmica od 14. sep 2015.'],
        month: ['septembar 2015.', 'sep 2015.'],
        quarter: ['3. kvartal 2015.', '3. kv. 2015.'],
        year: ['2015.', '2015.'],
      },
    ],
    [
      'hr',
      {
        day: ['14. rujna 2015.', '14. ruj 2015.'],
        week: ['tjedan od 14. rujna 2015.', 'tjedan od 14. ruj 2015.'],
        month: ['rujan 2015.', 'ruj 2015.'],
        quarter: ['3. tromjesečje 2015.', '3. tr. 2015.'],
        year: ['2015.', '2015.'],
      },
    ],
    [
      'de',
      {
        day: ['14. September 2015', '14. Sept. 2015'],
        week: ['week of 14. September 2015', 'week of 14. Sept. 2015'],
        month: ['September 2015', 'Sept. 2015'],
        quarter: ['Q3 2015', 'Q3 2015'],
        year: ['2015', '2015'],
      },
    ],
  ];

  describe.each(periods)('formatPeriod in %s', (locale, expected) => {
    it.each(Object.entries(expected))('%s', (interval, [long, short]) => {
      const unit = interval as keyof typeof expected;
      expect(formatPeriod('2015-09-14', unit, locale)).toBe(long);
      expect(formatPeriod('2015-09-14', unit, locale, 'short')).toBe(short);
      expect(formatPeriod(SEP_14_2015, unit, locale, 'long')).toBe(long);
    });
  });

  it('formatPeriod names every quarter by its months', () => {
    expect(['2015-01-01', '2015-03-31', '2015-04', '2015-12'].map((d) => formatPeriod(d, 'quarter', 'en'))).toEqual([
      'Q1 2015',
      'Q1 2015',
      'Q2 2015',
      'Q4 2015',
    ]);
  });

  it('formatPeriod gives an empty string for invalid dates', () => {
    expect(formatPeriod('2023-02-30', 'day', 'en')).toBe('');
    expect(formatPeriod('15.09.2015', 'day', 'en')).toBe('');
    expect(formatPeriod(Number.NaN, 'month', 'en')).toBe('');
    expect(formatPeriod(1e20, 'month', 'en')).toBe('');
    expect(formatPeriod('2015-09', 'fortnight' as 'week', 'en')).toBe('');
  });

  it.each([
    ['en', '2015', 'Sep 2015', 'Sep 15, 2015', 'September 15, 2015'],
    ['sr-Latn', '2015.', 'sep 2015.', '15. sep 2015.', '15. septembar 2015.'],
    ['sr-Cyrl', '2015.', 'сеп 2015.', '15. сеп 2015.', '15. септембар 2015.'],
    ['bs', '2015.', 'sep 2015.', '15. sep 2015.', '15. septembar 2015.'],
    ['hr', '2015.', 'ruj 2015.', '15. ruj 2015.', '15. rujna 2015.'],
    ['de', '2015', 'Sept. 2015', '15. Sept. 2015', '15. September 2015'],
  ])('formatDate at the precision of the ISO text in %s', (locale, year, month, day, dayLong) => {
    expect(formatDate('2015', locale)).toBe(year);
    expect(formatDate('2015-09', locale)).toBe(month);
    expect(formatDate('2015-09-15', locale)).toBe(day);
    expect(formatDate('2015-09-15', locale, 'long')).toBe(dayLong);
    expect(formatDate('2015-09', locale, 'long')).toBe(formatPeriod('2015-09', 'month', locale, 'long'));
  });

  it('formatDate gives an empty string for invalid ISO text', () => {
    expect(formatDate('2015-13', 'en')).toBe('');
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate(undefined as unknown as string, 'en')).toBe('');
  });

  it.each([
    ['en', `Mar 8${THIN}–${THIN}20, 2016`, `Sep 2015${THIN}–${THIN}Mar 2016`, `2015${THIN}–${THIN}2017`],
    ['sr-Latn', '08.–20. mar 2016.', `sep 2015.${THIN}–${THIN}mar 2016.`, '2015–2017'],
    ['sr-Cyrl', '08.–20. мар 2016.', 'сеп 2015. – мар 2016.', '2015–2017'],
    ['bs', '8–20. mar 2016.', `sep 2015${THIN}–${THIN}mar 2016.`, '2015–2017'],
    ['hr', `08.${THIN}–${THIN}20. ožu 2016.`, `ruj 2015.${THIN}–${THIN}ožu 2016.`, `2015.${THIN}–${THIN}2017.`],
    ['de', '8.–20. März 2016', `Sept. 2015${THIN}–${THIN}März 2016`, '2015–2017'],
  ])('formatDateRange with Intl ranges in %s', (locale, days, months, years) => {
    expect(formatDateRange('2016-03-08', '2016-03-20', locale)).toBe(days);
    expect(formatDateRange('2015-09', '2016-03', locale)).toBe(months);
    expect(formatDateRange('2015', '2017', locale)).toBe(years);
  });

  it('formatDateRange joins two precisions, and shows the start alone without a valid end', () => {
    expect(formatDateRange('2015-09', '2017', 'en')).toBe(`Sep 2015${THIN}–${THIN}2017`);
    expect(formatDateRange('2015-09', '2017', 'sr-Cyrl')).toBe(`сеп 2015.${THIN}–${THIN}2017.`);
    expect(formatDateRange('2015-09', undefined, 'en')).toBe('Sep 2015');
    expect(formatDateRange('2015-09', 'soon', 'en')).toBe('Sep 2015');
    expect(formatDateRange('2015-09-15', '2015-09-15', 'en')).toBe('Sep 15, 2015');
    expect(formatDateRange('never', '2017', 'en')).toBe('');
  });

  it.each([
    ['en', ['Sep 14', 'Sep 14, 2015'], ['Sep', 'Sep 2015'], ['Q3', 'Q3 2015'], '2015'],
    ['sr-Latn', ['14. sep', '14. sep 2015.'], ['sep', 'sep 2015.'], ['3. kv.', '3. kv. 2015.'], '2015.'],
    ['sr-Cyrl', ['14. сеп', '14. сеп 2015.'], ['сеп', 'сеп 2015.'], ['3. кв.', '3. кв. 2015.'], '2015.'],
    ['bs', ['14. sep', '14. sep 2015.'], ['sep', 'sep 2015.'], ['3. kv.', '3. kv. 2015.'], '2015.'],
    ['hr', ['14. ruj', '14. ruj 2015.'], ['ruj', 'ruj 2015.'], ['3. tr.', '3. tr. 2015.'], '2015.'],
    ['de', ['14. Sept.', '14. Sept. 2015'], ['Sep', 'Sept. 2015'], ['Q3', 'Q3 2015'], '2015'],
  ])('formatTick in %s', (locale, day, month, quarter, year) => {
    expect([formatTick(SEP_14_2015, 'day', locale, false), formatTick(SEP_14_2015, 'day', locale, true)]).toEqual(day);
    expect([formatTick(SEP_14_2015, 'week', locale, false), formatTick(SEP_14_2015, 'week', locale, true)]).toEqual(day);
    expect([formatTick(SEP_14_2015, 'month', locale, false), formatTick(SEP_14_2015, 'month', locale, true)]).toEqual(
      month,
    );
    expect([formatTick(SEP_14_2015, 'quarter', locale, false), formatTick(SEP_14_2015, 'quarter', locale, true)]).toEqual(
      quarter,
    );
    expect(formatTick(SEP_14_2015, 'year', locale, false)).toBe(year);
    expect(formatTick(SEP_14_2015, 'year', locale, true)).toBe(year);
  });

  it('formatTick gives an empty string for an invalid time', () => {
    expect(formatTick(Number.NaN, 'month', 'en', true)).toBe('');
  });

  it('Cyrillic Serbian page locales get Cyrillic month names, Latin ones Latin names', () => {
    for (const locale of ['sr', 'sr-Cyrl', 'sr-RS', 'sr-Cyrl-BA']) expect(formatDate('2016-03', locale, 'long')).toMatch(/^март/);
    for (const locale of ['sr-Latn', 'sr-Latn-RS', 'bs', 'bs-BA']) expect(formatDate('2016-03', locale, 'long')).toMatch(/^mart/);
    expect(formatDate('2016-03', 'sr-ME', 'long')).toBe('mart 2016.');
  });
});

describe('the same output in every time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC'])('%s', (zone) => {
    process.env.TZ = zone;
    expect(formatDate('2015-09-01', 'en')).toBe('Sep 1, 2015');
    expect(formatDate('2016-01', 'sr-Latn', 'long')).toBe('januar 2016.');
    expect(formatDate('2016', 'en')).toBe('2016');
    expect(formatPeriod('2015-12-31', 'day', 'en')).toBe('December 31, 2015');
    expect(formatPeriod(Date.UTC(2015, 0, 1), 'quarter', 'en')).toBe('Q1 2015');
    expect(formatTick(Date.UTC(2016, 0, 1), 'year', 'en', false)).toBe('2016');
    expect(formatDateRange('2015-12-31', '2016-01-01', 'en')).toBe(`Dec 31, 2015${THIN}–${THIN}Jan 1, 2016`);
  });

  it('the zone change above really moves local dates', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(Date.UTC(2015, 8, 1)).getDate()).toBe(31);
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date(Date.UTC(2015, 11, 31, 12)).getDate()).toBe(1);
  });
});

describe('formatList', () => {
  it.each([
    ['en', 'Šid, Preševo, and Krnjača', 'Šid, Preševo, or Krnjača'],
    ['sr-Latn', 'Šid, Preševo i Krnjača', 'Šid, Preševo ili Krnjača'],
    ['sr-Cyrl', 'Шид, Прешево и Крњача', 'Шид, Прешево или Крњача'],
    ['bs', 'Šid, Preševo i Krnjača', 'Šid, Preševo ili Krnjača'],
    ['hr', 'Šid, Preševo i Krnjača', 'Šid, Preševo ili Krnjača'],
    ['de', 'Šid, Preševo und Krnjača', 'Šid, Preševo oder Krnjača'],
  ])('in %s', (locale, and, or) => {
    const items = locale === 'sr-Cyrl' ? ['Шид', 'Прешево', 'Крњача'] : ['Šid', 'Preševo', 'Krnjača'];
    expect(formatList(items, locale)).toBe(and);
    expect(formatList(items, locale, 'disjunction')).toBe(or);
  });

  it('handles one and no items', () => {
    expect(formatList(['Šid'], 'en')).toBe('Šid');
    expect(formatList([], 'en')).toBe('');
  });
});

describe('warmFormatters', () => {
  it('makes the plain number formatter of a language ahead of need, so the first number makes none', () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    } as typeof Intl.NumberFormat;
    try {
      warmFormatters('fi');
      expect(made).toBeGreaterThan(0);
      const afterWarming = made;
      expect(formatNumber(1234, 'fi')).toBe(new Original('fi').format(1234));
      expect(made).toBe(afterWarming);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});

describe('formattingLocale', () => {
  it('uses the locale itself when Intl has its data', () => {
    expect(formattingLocale('bs')).toBe('bs');
    expect(formattingLocale('sr-Cyrl')).toBe('sr-Cyrl');
  });
  it('falls back to a close relative when Intl lacks the language (Bosnian in some Chromium builds)', () => {
    const withoutBosnian = (tag: string) => !tag.startsWith('bs');
    expect(formattingLocale('bs', withoutBosnian)).toBe('sr-Latn-BA');
    expect(formattingLocale('bs-BA', withoutBosnian)).toBe('sr-Latn-BA');
  });
  it('keeps an unknown language as it is (Intl then uses its default)', () => {
    expect(formattingLocale('xx', () => false)).toBe('xx');
  });
  it('probes Intl only for languages that have a relative to fall back on', () => {
    const probed: string[] = [];
    const probe = (tag: string) => (probed.push(tag), true);
    for (const tag of ['en', 'de', 'ar', 'sr-Cyrl', 'bs']) formattingLocale(tag, probe);
    expect(probed).toEqual(['sr-Cyrl', 'bs']);
  });
});
