import { describe, expect, it } from 'vitest';
import {
  isCyrillic,
  languageOf,
  maximizeLocale,
  normaliseLocale,
  scriptOf,
  uiLanguage,
  UI_LANGUAGES,
} from '../../../src/core/text/locale.ts';
import { defineMessages, messagesFor, plural, southSlavicPlural } from '../../../src/core/text/messages/catalogue.ts';
import * as text from '../../../src/core/text/index.ts';

describe('normaliseLocale', () => {
  it('canonicalises case and separators', () => {
    expect(normaliseLocale('SR-latn-rs')).toBe('sr-Latn-RS');
    expect(normaliseLocale('sr_Cyrl')).toBe('sr-Cyrl');
    expect(normaliseLocale(' en-gb ')).toBe('en-GB');
  });

  it('falls back to English for a missing or malformed tag', () => {
    expect(normaliseLocale(undefined)).toBe('en');
    expect(normaliseLocale(null)).toBe('en');
    expect(normaliseLocale('')).toBe('en');
    expect(normaliseLocale('not a locale!')).toBe('en');
  });
});

describe('likely subtags', () => {
  it.each([
    ['sr', 'sr-Cyrl-RS', 'Cyrl', true],
    ['sr-RS', 'sr-Cyrl-RS', 'Cyrl', true],
    ['sr-Cyrl', 'sr-Cyrl-RS', 'Cyrl', true],
    ['sr-Latn', 'sr-Latn-RS', 'Latn', false],
    ['sr-ME', 'sr-Latn-ME', 'Latn', false],
    ['bs', 'bs-Latn-BA', 'Latn', false],
    ['hr', 'hr-Latn-HR', 'Latn', false],
    ['en', 'en-Latn-US', 'Latn', false],
    ['ru', 'ru-Cyrl-RU', 'Cyrl', true],
  ])('%s → %s', (locale, maximized, script, cyrillic) => {
    expect(maximizeLocale(locale).toString()).toBe(maximized);
    expect(scriptOf(locale)).toBe(script);
    expect(isCyrillic(locale)).toBe(cyrillic);
  });

  it('gives the primary language', () => {
    expect(languageOf('sr-Latn-RS')).toBe('sr');
    expect(languageOf('cnr')).toBe('sr');
    expect(languageOf('hr-BA')).toBe('hr');
  });

  it('survives a malformed tag', () => {
    expect(maximizeLocale('not a locale!').toString()).toBe('en-Latn-US');
  });
});

describe('uiLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['sr', 'sr-Cyrl'],
    ['sr-RS', 'sr-Cyrl'],
    ['sr-Cyrl', 'sr-Cyrl'],
    ['sr-Latn', 'sr-Latn'],
    ['sr-ME', 'sr-Latn'],
    ['cnr', 'sr-Latn'],
    ['bs', 'bs'],
    ['hr', 'hr'],
    ['de', 'en'],
    ['ru', 'en'],
  ])('%s → %s', (locale, expected) => {
    expect(uiLanguage(locale)).toBe(expected);
    expect(UI_LANGUAGES).toContain(expected);
  });
});

describe('message catalogues', () => {
  interface Words {
    hello: string;
    centres: (count: number, n: string) => string;
  }
  const words = defineMessages<Words>({
    en: { hello: 'Hello', centres: (count, n) => (count === 1 ? '1 centre' : `${n} centres`) },
    'sr-Latn': { hello: 'Zdravo', centres: (count, n) => southSlavicPlural(count, `${n} centar`, `${n} centra`, `${n} centara`) },
    'sr-Cyrl': { hello: 'Здраво', centres: (count, n) => southSlavicPlural(count, `${n} центар`, `${n} центра`, `${n} центара`) },
    bs: { hello: 'Zdravo', centres: (count, n) => southSlavicPlural(count, `${n} centar`, `${n} centra`, `${n} centara`) },
    hr: { hello: 'Bok', centres: (count, n) => southSlavicPlural(count, `${n} centar`, `${n} centra`, `${n} centara`) },
  });

  it('gives the words of the page language, English for others', () => {
    expect(messagesFor(words, 'sr').hello).toBe('Здраво');
    expect(messagesFor(words, 'sr-Latn-RS').hello).toBe('Zdravo');
    expect(messagesFor(words, 'hr-HR').hello).toBe('Bok');
    expect(messagesFor(words, 'de').hello).toBe('Hello');
  });

  it('chooses South Slavic plural forms', () => {
    const centres = messagesFor(words, 'sr-Latn').centres;
    expect([1, 2, 5, 11, 21, 22, 25, 112].map((n) => centres(n, String(n)))).toEqual([
      '1 centar',
      '2 centra',
      '5 centara',
      '11 centara',
      '21 centar',
      '22 centra',
      '25 centara',
      '112 centara',
    ]);
  });

  it('plural follows Intl plural rules of the locale', () => {
    const forms = { one: 'one', few: 'few', other: 'other' };
    expect([1, 3, 5, 21].map((n) => plural('sr-Cyrl', n, forms))).toEqual(['one', 'few', 'other', 'one']);
    expect([1, 3, 21].map((n) => plural('en', n, forms))).toEqual(['one', 'other', 'other']);
    expect(plural('hr', 3, { other: 'only other' })).toBe('only other');
    expect(plural('not a locale!', 1, forms)).toBe('one');
  });
});

describe('the text module index', () => {
  it('re-exports locales, picking, transliteration, formatting and catalogues', () => {
    for (const name of [
      'normaliseLocale',
      'uiLanguage',
      'pickText',
      'latinToCyrillic',
      'cyrillicToLatin',
      'foldForSearch',
      'formatNumber',
      'formatPeriod',
      'formatTick',
      'defineMessages',
      'messagesFor',
    ]) {
      expect(typeof (text as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
