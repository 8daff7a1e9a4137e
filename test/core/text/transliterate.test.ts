import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, foldForSearch, latinToCyrillic } from '../../../src/core/text/transliterate.ts';

describe('latinToCyrillic', () => {
  it.each([
    ['Krnjača', 'Крњача'],
    ['Bogovađa', 'Боговађа'],
    ['Preševo', 'Прешево'],
    ['Šid', 'Шид'],
    ['Obrenovac', 'Обреновац'],
    ['Njegoš', 'Његош'],
    ['Džemal', 'Џемал'],
    ['Ljubljana', 'Љубљана'],
    ['LJUBLJANA', 'ЉУБЉАНА'],
    ['Subotica', 'Суботица'],
    ['Tutin', 'Тутин'],
    ['Sjenica', 'Сјеница'],
    ['Principovac', 'Принциповац'],
    ['Adaševci', 'Адашевци'],
    ['Divljana', 'Дивљана'],
    ['Vranje', 'Врање'],
    ['Kikinda', 'Кикинда'],
    ['Bujanovac', 'Бујановац'],
    ['Ćuprija', 'Ћуприја'],
    ['Đorđe Čolić', 'Ђорђе Чолић'],
  ])('writes the place or name %s as %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('leaves acronyms, URLs and numbers alone in a sentence', () => {
    expect(latinToCyrillic('IOM i EU u Šidu, vidi https://serbia.iom.int, 2016.')).toBe(
      'IOM и EU у Шиду, види https://serbia.iom.int, 2016.',
    );
  });

  it('leaves e-mail addresses, bare domains, www addresses and @handles alone', () => {
    expect(latinToCyrillic('Pišite na info.serbia@iom.int ili posetite serbia.iom.int/vesti')).toBe(
      'Пишите на info.serbia@iom.int или посетите serbia.iom.int/vesti',
    );
    expect(latinToCyrillic('Vidi www.kirs.gov.rs/azil i @UNHCRSerbia')).toBe('Види www.kirs.gov.rs/azil и @UNHCRSerbia');
    expect(latinToCyrillic('Izvor: HTTP://Example.org/Šid')).toBe('Извор: HTTP://Example.org/Šid');
  });

  it('leaves all-caps acronyms alone but writes one-letter capitals and Serbian capitals', () => {
    expect(latinToCyrillic('UNHCR, IOM, EU, OEBS')).toBe('UNHCR, IOM, EU, OEBS');
    expect(latinToCyrillic('U Šidu')).toBe('У Шиду');
    expect(latinToCyrillic('I ovde')).toBe('И овде');
    expect(latinToCyrillic('CENTAR KRNJAČA')).toBe('CENTAR КРЊАЧА');
    expect(latinToCyrillic('NJEGOŠ, DŽEMAL')).toBe('ЊЕГОШ, ЏЕМАЛ');
  });

  it('declines an acronym with a Cyrillic ending after the hyphen', () => {
    expect(latinToCyrillic('podrška UNHCR-a')).toBe('подршка UNHCR-а');
  });

  it('leaves tokens with digits, mixed-case brands and foreign letters alone', () => {
    expect(latinToCyrillic('B92, A1, COVID-19, 150.148 ljudi')).toBe('B92, A1, COVID-19, 150.148 људи');
    expect(latinToCyrillic('MoI i iPhone')).toBe('MoI и iPhone');
    expect(latinToCyrillic('Wien, Hungary, Axa, Köln')).toBe('Wien, Hungary, Axa, Köln');
  });

  it('keeps the case of digraphs: lj/Lj/LJ, nj/Nj/NJ, dž/Dž/DŽ', () => {
    expect(latinToCyrillic('ljudi Ljudi LJUDI')).toBe('људи Људи ЉУДИ');
    expect(latinToCyrillic('konj Njiva NJIVA')).toBe('коњ Њива ЊИВА');
    expect(latinToCyrillic('džep Džep DŽEP')).toBe('џеп Џеп ЏЕП');
  });

  it('keeps "dj" as д + ј', () => {
    expect(latinToCyrillic('Bogovadja')).toBe('Боговадја');
  });

  it('splits digraphs in the known exceptions', () => {
    expect(latinToCyrillic('nadživeti podžupan odžaliti predželudac nadžnjeti')).toBe(
      'надживети поджупан оджалити преджелудац наджњети',
    );
    expect(latinToCyrillic('injekcija konjugacija konjunktura Tanjug vanjezički anjon')).toBe(
      'инјекција конјугација конјунктура Танјуг ванјезички анјон',
    );
    expect(latinToCyrillic('Nekonjugovan')).toBe('Неконјугован');
    // Not exceptions: the same letters as single digraphs.
    expect(latinToCyrillic('Odžaci odžak kanjon konj Injac')).toBe('Оџаци оџак кањон коњ Ињац');
  });

  it('drops a zero-width non-joiner that parts a digraph', () => {
    expect(latinToCyrillic('n\u200Cjemu')).toBe('нјему');
    expect(latinToCyrillic('D\u200Cžemal')).toBe('Джемал');
  });

  it('reads decomposed letters and single-code-point digraphs', () => {
    expect(latinToCyrillic('S\u030Cid')).toBe('Шид');
    expect(latinToCyrillic('\u01C5emal \u01C8ubljana \u01CBegoš')).toBe('Џемал Љубљана Његош');
  });

  it('leaves Cyrillic and empty text unchanged', () => {
    expect(latinToCyrillic('Крњача')).toBe('Крњача');
    expect(latinToCyrillic('')).toBe('');
    expect(latinToCyrillic('2016–2017')).toBe('2016–2017');
  });
});

describe('cyrillicToLatin', () => {
  it.each([
    ['Крњача', 'Krnjača'],
    ['Боговађа', 'Bogovađa'],
    ['Шид', 'Šid'],
    ['Његош', 'Njegoš'],
    ['Џемал', 'Džemal'],
    ['Љубљана', 'Ljubljana'],
    ['ЉУБЉАНА', 'LJUBLJANA'],
    ['ЊЕГОШ И ЏЕМАЛ', 'NJEGOŠ I DŽEMAL'],
    ['Ћуприја', 'Ćuprija'],
  ])('writes %s as %s', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it('writes a lone capital digraph letter in title case unless it stands among capitals', () => {
    expect(cyrillicToLatin('Џ')).toBe('Dž');
    expect(cyrillicToLatin('ЏЏ')).toBe('DŽDŽ');
    expect(cyrillicToLatin('ШЏ')).toBe('ŠDŽ');
  });

  it('leaves Latin text, digits and punctuation alone', () => {
    expect(cyrillicToLatin('IOM и EU у Шиду, види https://serbia.iom.int, 2016.')).toBe(
      'IOM i EU u Šidu, vidi https://serbia.iom.int, 2016.',
    );
  });

  it('writes every letter of the Serbian Cyrillic alphabet, in both cases', () => {
    const cyrillic = 'абвгдђежзијклљмнњопрстћуфхцчџш';
    const latin = ['a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'o', 'p', 'r', 's', 't', 'ć', 'u', 'f', 'h', 'c', 'č', 'dž', 'š'];
    expect([...cyrillic].map(cyrillicToLatin)).toEqual(latin);
    expect([...cyrillic.toUpperCase()].map(cyrillicToLatin)).toEqual(latin.map((letter) => letter[0]!.toUpperCase() + letter.slice(1)));
  });

  it('inverts latinToCyrillic on Serbian words', () => {
    const text = 'Krnjača, Bogovađa, Preševo, Šid, Obrenovac, Njegoš, Džemal, Ljubljana, LJUBLJANA';
    expect(cyrillicToLatin(latinToCyrillic(text))).toBe(text);
  });
});

describe('foldForSearch', () => {
  it('matches names whatever the script, case and diacritics', () => {
    expect(foldForSearch('Šid')).toBe('sid');
    expect(foldForSearch('Шид')).toBe('sid');
    expect(foldForSearch('sid')).toBe('sid');
    expect(foldForSearch('Крњача')).toBe('krnjaca');
    expect(foldForSearch('Krnjača')).toBe('krnjaca');
    expect(foldForSearch('Боговађа')).toBe('bogovada');
    expect(foldForSearch('Bogovađa')).toBe('bogovada');
  });

  it('collapses and trims white space', () => {
    expect(foldForSearch('  Centar\u00a0 za\tazil  Krnjača ')).toBe('centar za azil krnjaca');
  });

  it('folds compatibility digraph letters and other diacritics', () => {
    expect(foldForSearch('\u01C5emal')).toBe('dzemal');
    expect(foldForSearch('Ćuprija Čačak Žitište')).toBe('cuprija cacak zitiste');
    expect(foldForSearch('Köln')).toBe('koln');
  });
});
