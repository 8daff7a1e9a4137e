import { describe, expect, it } from 'vitest';
import { pickText } from '../../../src/core/text/pick.ts';

describe('pickText', () => {
  it('gives an empty string for a missing text', () => {
    expect(pickText(undefined, 'en')).toBe('');
    expect(pickText(null, 'sr-Cyrl')).toBe('');
    expect(pickText({}, 'en')).toBe('');
    expect(pickText('', 'sr')).toBe('');
  });

  describe('plain strings', () => {
    it('are themselves on Latin and non-Serbian pages', () => {
      expect(pickText('Krnjača', 'en')).toBe('Krnjača');
      expect(pickText('Krnjača', 'sr-Latn')).toBe('Krnjača');
      expect(pickText('Krnjača', 'bs')).toBe('Krnjača');
      expect(pickText('Krnjača', 'de')).toBe('Krnjača');
      expect(pickText('Krnjača', 'ru')).toBe('Krnjača');
    });

    it('are transliterated on a Cyrillic Serbian page, as Latin local text', () => {
      expect(pickText('Krnjača', 'sr-Cyrl')).toBe('Крњача');
      expect(pickText('Krnjača', 'sr')).toBe('Крњача');
      expect(pickText('Krnjača', 'sr-RS')).toBe('Крњача');
      expect(pickText('IOM projekti u Srbiji', 'sr-Cyrl-RS')).toBe('IOM пројекти у Србији');
    });
  });

  describe('language objects', () => {
    const title = { en: 'Open Communities', 'sr-Latn': 'Otvorene zajednice', 'sr-Cyrl': 'Отворене заједнице' };

    it('takes the exact tag', () => {
      expect(pickText(title, 'en')).toBe('Open Communities');
      expect(pickText(title, 'sr-Latn')).toBe('Otvorene zajednice');
      expect(pickText(title, 'sr-Cyrl')).toBe('Отворене заједнице');
    });

    it('matches tags whatever their case or separator', () => {
      expect(pickText({ 'SR-latn': 'Otvorene zajednice', en: 'Open Communities' }, 'sr-LATN')).toBe('Otvorene zajednice');
      expect(pickText({ sr_Latn: 'Otvorene zajednice', en: 'Open Communities' }, 'sr-Latn')).toBe('Otvorene zajednice');
      expect(pickText(title, 'sr_Cyrl')).toBe('Отворене заједнице');
    });

    it('takes the same language and script, using likely subtags', () => {
      // `sr` is Cyrillic, `sr-ME` Latin.
      expect(pickText(title, 'sr')).toBe('Отворене заједнице');
      expect(pickText(title, 'sr-RS')).toBe('Отворене заједнице');
      expect(pickText(title, 'sr-ME')).toBe('Otvorene zajednice');
      expect(pickText(title, 'sr-Latn-RS')).toBe('Otvorene zajednice');
      expect(pickText({ en: 'Borders', sr: 'Границе', 'sr-Latn': 'Granice' }, 'sr-Cyrl')).toBe('Границе');
      expect(pickText({ en: 'Centre', 'de-AT': 'Zentrum (AT)' }, 'de')).toBe('Zentrum (AT)');
    });

    it('prefers the same region, then a key without a region', () => {
      const text = { 'en-US': 'Center', 'en-GB': 'Centre', 'sr-Latn': 'Centar' };
      expect(pickText(text, 'en-GB')).toBe('Centre');
      expect(pickText(text, 'en-US')).toBe('Center');
      expect(pickText({ 'en-US': 'Center', en: 'Centre (en)' }, 'en-AU')).toBe('Centre (en)');
    });

    it('takes the same language in another script, written in the page script', () => {
      expect(pickText({ en: 'Asylum centre', sr: 'Центар за азил Крњача' }, 'sr-Latn')).toBe('Centar za azil Krnjača');
      expect(pickText({ en: 'Centre', 'zh-Hant': '中心' }, 'zh-CN')).toBe('中心');
    });

    it('transliterates Latin Serbian on a Cyrillic Serbian page', () => {
      const text = { en: 'Asylum centre Krnjača', 'sr-Latn': 'Centar za azil Krnjača' };
      expect(pickText(text, 'sr-Cyrl')).toBe('Центар за азил Крњача');
      expect(pickText(text, 'sr')).toBe('Центар за азил Крњача');
      expect(pickText({ en: 'Centre', 'sr-ME': 'Centar Podgorica' }, 'sr-Cyrl')).toBe('Центар Подгорица');
    });

    it('transliterates Bosnian, then Croatian, and Montenegrin text on a Cyrillic Serbian page', () => {
      expect(pickText({ en: 'Reception centre', bs: 'Prihvatni centar Ušivak' }, 'sr-Cyrl')).toBe('Прихватни центар Ушивак');
      expect(pickText({ en: 'Border', hr: 'Granica Bajakovo' }, 'sr-Cyrl')).toBe('Граница Бајаково');
      expect(pickText({ en: 'Border', hr: 'Granica', bs: 'Granični prelaz' }, 'sr-Cyrl')).toBe('Гранични прелаз');
      expect(pickText({ en: 'Capital', cnr: 'Glavni grad Njegoš' }, 'sr-Cyrl')).toBe('Главни град Његош');
    });

    it('leaves acronyms and links alone while transliterating', () => {
      const text = { en: 'IOM and EU in Šid', 'sr-Latn': 'IOM i EU u Šidu, vidi https://serbia.iom.int, 2016.' };
      expect(pickText(text, 'sr-Cyrl')).toBe('IOM и EU у Шиду, види https://serbia.iom.int, 2016.');
    });

    it('does not transliterate Serbian-group text on a Latin page of another language', () => {
      expect(pickText({ en: 'Border', 'sr-Latn': 'Granica' }, 'bs')).toBe('Border');
      expect(pickText({ 'sr-Latn': 'Granica', de: 'Grenze' }, 'hr')).toBe('Granica');
    });

    it('falls back to English, preferring plain `en`', () => {
      expect(pickText(title, 'de')).toBe('Open Communities');
      expect(pickText({ 'en-GB': 'Centre', de: 'Zentrum' }, 'fr')).toBe('Centre');
      expect(pickText({ de: 'Zentrum', 'en-US': 'Center', en: 'Centre' }, 'fr')).toBe('Centre');
      // English is never transliterated.
      expect(pickText({ en: 'Open Communities', de: 'Offene Gemeinschaften' }, 'sr-Cyrl')).toBe('Open Communities');
    });

    it('falls back to the first entry', () => {
      expect(pickText({ de: 'Zentrum', fr: 'Centre' }, 'it')).toBe('Zentrum');
      expect(pickText({ de: 'Zentrum', fr: 'Centre' }, 'sr-Cyrl')).toBe('Zentrum');
    });

    it('skips empty translations and keys that are not language tags', () => {
      expect(pickText({ 'sr-Latn': '', en: 'Centre' }, 'sr-Latn')).toBe('Centre');
      expect(pickText({ 'not a tag!': 'x', de: 'Zentrum' }, 'de')).toBe('Zentrum');
      expect(pickText({ 'not a tag!': 'x', de: 'Zentrum' }, 'it')).toBe('x');
    });

    it('treats a malformed page locale as English', () => {
      expect(pickText(title, '')).toBe('Open Communities');
      expect(pickText(title, 'not a locale!')).toBe('Open Communities');
    });
  });

  it('memoises per object and locale', () => {
    const text = { en: 'Route closes', 'sr-Latn': 'Ruta se zatvara' };
    const first = pickText(text, 'sr-Cyrl');
    expect(first).toBe('Рута се затвара');
    expect(pickText(text, 'sr-Cyrl')).toBe(first);
    expect(pickText(text, 'sr-Latn')).toBe('Ruta se zatvara');
    expect(pickText(text, 'en')).toBe('Route closes');
    // A different object with other contents is picked afresh.
    expect(pickText({ ...text, 'sr-Cyrl': 'Рута је затворена' }, 'sr-Cyrl')).toBe('Рута је затворена');
  });

  it('picks 10,000 texts, the same answer from the cache the second time', () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => ({ en: `Centre ${i}`, 'sr-Latn': `Centar Krnjača ${i}` }));
    const first = texts.map((text) => pickText(text, 'sr-Cyrl'));
    expect(texts.map((text) => pickText(text, 'sr-Cyrl'))).toEqual(first);
    expect(first[42]).toBe('Центар Крњача 42');
  });
});
