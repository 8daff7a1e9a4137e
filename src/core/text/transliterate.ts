/**
 * Serbian script conversion (Latin ⇄ Cyrillic) and the folding used to search names in either script.
 *
 * Latin → Cyrillic is not one letter for one letter: the digraphs lj, nj and dž are single
 * letters (љ, њ, џ) except in a few words where they straddle a prefix or a loan's syllables
 * (`nadživeti` → надживети, `injekcija` → инјекција). Words that cannot be Serbian are left
 * alone: acronyms in capitals (IOM, EU, UNHCR), tokens with digits (A1, B92), mixed-case brands
 * (MoI, iPhone), words with letters Serbian Latin lacks (q, w, x, y, ä, ö, ü, …), URLs, e-mail
 * addresses and @handles. "dj" stays д + ј: text written without diacritics is not guessed at.
 * A zero-width non-joiner between two letters (`n\u200Cj`) marks a non-digraph explicitly; it is dropped.
 */

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', ð: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и',
  j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у',
  v: 'в', z: 'з', ž: 'ж',
  A: 'А', B: 'Б', C: 'Ц', Č: 'Ч', Ć: 'Ћ', D: 'Д', Đ: 'Ђ', Ð: 'Ђ', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', I: 'И',
  J: 'Ј', K: 'К', L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', Š: 'Ш', T: 'Т', U: 'У',
  V: 'В', Z: 'З', Ž: 'Ж',
  // Montenegrin ś and ź are written with a combining acute in Cyrillic.
  ś: 'с\u0301', ź: 'з\u0301', Ś: 'С\u0301', Ź: 'З\u0301',
  // Single-code-point digraphs (Unicode compatibility letters).
  Ǆ: 'Џ', ǅ: 'Џ', ǆ: 'џ', Ǉ: 'Љ', ǈ: 'Љ', ǉ: 'љ', Ǌ: 'Њ', ǋ: 'Њ', ǌ: 'њ',
};

/** The reverse: each Cyrillic letter's Latin letter (the first one, for ђ), and љ, њ, џ as digraphs. */
const CYRILLIC_TO_LATIN: Record<string, string> = { љ: 'lj', њ: 'nj', џ: 'dž', Љ: 'Lj', Њ: 'Nj', Џ: 'Dž' };
for (const [latin, cyrillic] of Object.entries(LATIN_TO_CYRILLIC)) if (cyrillic.length === 1) CYRILLIC_TO_LATIN[cyrillic] ??= latin;

/** Cyrillic capitals written with two Latin letters: `Lj` before lower case, `LJ` in capitals. */
const CAPITAL_DIGRAPHS: Readonly<Record<string, string>> = { Љ: 'LJ', Њ: 'NJ', Џ: 'DŽ' };

const ZWNJ = '\u200C';

/**
 * Words where lj/nj/dž are two letters, as stems matched at the start of a word (optionally after
 * `ne`); `|` marks where the letters part. dž: the prefixes nad-, od-, pod-, pred- (and German
 * feld-) before a word in ž-. nj: loans with the prefixes in-, kon-, an- and van-, and the
 * acronym-words Tanjug, panjugoslovenski (tan-jug, pan-jug). Standard Serbian has no such lj.
 */
const DIGRAPH_EXCEPTIONS: readonly string[] = [
  'nad|žanj', 'nad|ždr', 'nad|žel', 'nad|žet', 'nad|živ', 'nad|žnj', 'nad|žup',
  'od|žal', 'od|žar', 'od|žel', 'od|živ', 'od|žubor', 'od|žvak', 'od|žval',
  'pod|žanr', 'pod|žar', 'pod|žel', 'pod|žeg', 'pod|žig', 'pod|žnj', 'pod|žup',
  'pred|žel', 'pred|živ', 'feld|žand',
  'an|jon', 'in|jekc', 'in|jekt', 'in|jicir', 'in|jurij', 'kon|jug', 'kon|junk', 'pan|jug', 'tan|jug',
  'van|jezič',
];

const EXCEPTION_STEMS = DIGRAPH_EXCEPTIONS.map((entry) => ({
  stem: entry.replace('|', ''),
  split: entry.indexOf('|'),
}));

/**
 * Text that is never transliterated: URLs, bare lower-case domains with a common TLD (`serbia.iom.int`),
 * e-mail addresses, @handles.
 */
const PROTECTED = new RegExp(
  [
    String.raw`\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s<>"']+`,
    String.raw`\b[Ww]{3}\.[^\s<>"']+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?<![\p{L}\p{N}@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|int|edu|gov|info|eu|rs|ba|hr|me|mk|si|al|de|at|ch|uk|io)(?![\p{L}\p{N}-])(?:\/[^\s<>"']*)?`,
    String.raw`(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+`,
  ].join('|'),
  'gu',
);

/** A word: letters, combining marks, digits and a zero-width non-joiner (kept together to judge them). */
const WORD = /[\p{L}\p{M}\p{N}\u200C]+/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_THEN_UPPER = /\p{Ll}\p{M}*\p{Lu}/u;
const FOREIGN_LETTER = /[qwxyäöüßøåæœñ]/iu;
/** Capitals that mark a word in capitals as Serbian rather than an acronym. */
const SERBIAN_CAPITALS = /[ČĆŠŽĐǄǇǊ]|LJ|NJ|DŽ/u;
const LATIN_LETTER = /[A-Za-zÀ-ɏ]/u;

function isLatinWordToConvert(word: string): boolean {
  if (!LATIN_LETTER.test(word)) return false;
  if (HAS_DIGIT.test(word)) return false;
  if (FOREIGN_LETTER.test(word)) return false;
  if (LOWER_THEN_UPPER.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  // Two or more capitals and no lower case: an acronym, unless it spells Serbian letters.
  if (letters.length >= 2 && !HAS_LOWER.test(letters) && !SERBIAN_CAPITALS.test(letters)) return false;
  return true;
}

/** The word with a zero-width non-joiner where a known exception parts a digraph. */
function markExceptions(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length !== word.length) return word;
  for (const { stem, split } of EXCEPTION_STEMS) {
    const at = lower.startsWith(stem) ? 0 : lower.startsWith(stem, 2) && lower.startsWith('ne') ? 2 : -1;
    if (at >= 0) return word.slice(0, at + split) + ZWNJ + word.slice(at + split);
  }
  return word;
}

function convertWord(word: string): string {
  const marked = markExceptions(word.normalize('NFC'));
  let out = '';
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i] as string;
    const next = marked[i + 1] ?? '';
    if (c === ZWNJ && /[dDlLnN]/.test(marked[i - 1] ?? '') && /[jJžŽ]/.test(next)) continue;
    if ((c === 'l' || c === 'L' || c === 'n' || c === 'N') && (next === 'j' || next === 'J')) {
      out += c === 'l' ? 'љ' : c === 'L' ? 'Љ' : c === 'n' ? 'њ' : 'Њ';
      i++;
    } else if ((c === 'd' || c === 'D') && (next === 'ž' || next === 'Ž')) {
      out += c === 'd' ? 'џ' : 'Џ';
      i++;
    } else {
      out += LATIN_TO_CYRILLIC[c] ?? c;
    }
  }
  return out;
}

function convertPlain(text: string): string {
  return text.replace(WORD, (word) => (isLatinWordToConvert(word) ? convertWord(word) : word));
}

/** Serbian Latin text in Cyrillic, leaving acronyms, URLs, e-mail addresses and numbers as they are. */
export function latinToCyrillic(text: string): string {
  if (!text || !LATIN_LETTER.test(text)) return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const index = match.index ?? 0;
    out += convertPlain(text.slice(last, index)) + match[0];
    last = index + match[0].length;
  }
  return out + convertPlain(text.slice(last));
}

const UPPER = /\p{Lu}/u;

/** Serbian Cyrillic text in Latin (љ → lj, Љ → Lj, or LJ within capitals). */
export function cyrillicToLatin(text: string): string {
  if (!text || !/[\u0400-\u04FF]/u.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const latin = CYRILLIC_TO_LATIN[c];
    if (latin === undefined) {
      out += c;
      continue;
    }
    const capital = CAPITAL_DIGRAPHS[c];
    if (capital) {
      const next = text[i + 1] ?? '';
      const previous = text[i - 1] ?? '';
      const inCapitals = UPPER.test(next) || (!/\p{L}/u.test(next) && UPPER.test(previous));
      out += inCapitals ? capital : latin;
    } else {
      out += latin;
    }
  }
  // Montenegrin С́/З́ become Ś/Ź.
  return out.normalize('NFC');
}

/**
 * A key for matching names whatever the script, case or diacritics:
 * `Šid`, `Шид` and `sid` all fold to `sid`; `Крњача` and `Krnjača` to `krnjaca`.
 */
export function foldForSearch(text: string): string {
  return cyrillicToLatin(text)
    .toLowerCase()
    .replace(/[đð]/gu, 'd')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
