/**
 * Choosing the string of a dataset Text for a page locale (DESIGN.md section 3).
 *
 * Order: the exact tag; then the same language and script (after likely subtags: `sr` is
 * Cyrillic, `sr-ME` and `bs`/`hr` Latin), preferring the same region; then the same language;
 * on a Cyrillic Serbian (or Bosnian) page, Serbian, Bosnian or Croatian text of either script;
 * then English; then the first entry.
 * Text in the Serbian–Bosnian–Croatian group is shown in the page's script: Latin text on a
 * Cyrillic page is transliterated (so is a plain string, taken as Latin local text: `Krnjača`
 * shows as `Крњача`), and on a Latin Serbian page Cyrillic Serbian text is written in Latin.
 */
import type { Text } from '../data/types.ts';
import { isCyrillic, languageOf, maximizeLocale, normaliseLocale } from './locale.ts';
import { cyrillicToLatin, latinToCyrillic } from './transliterate.ts';

/** Languages written in both scripts with the same letters, so one transliterates to the other. */
const SCRIPT_PAIR_LANGUAGES: readonly string[] = ['sr', 'bs', 'hr'];

interface Entry extends Tag {
  value: string;
}

/** What a Text key says as a language tag. */
interface Tag {
  /** Canonical tag, lower case. */
  tag: string;
  language: string;
  script: string;
  region: string;
  /** Whether the tag names a region itself (`sr-Latn-ME`), rather than by likely subtags. */
  hasRegion: boolean;
}

interface Target {
  tag: string;
  language: string;
  script: string;
  region: string;
  /** Cyrillic page of a language in SCRIPT_PAIR_LANGUAGES. */
  pairCyrillic: boolean;
  /** Latin page of a language in SCRIPT_PAIR_LANGUAGES. */
  pairLatin: boolean;
}

const entriesCache = new WeakMap<object, Entry[]>();
const objectCache = new WeakMap<object, Map<string, string>>();
const stringCache = new Map<string, string>();
const targetCache = new Map<string, Target>();
/** Parsed keys: a dataset repeats the same few keys thousands of times, and Intl.Locale is slow. */
const tagCache = new Map<string, Tag>();
const STRING_CACHE_LIMIT = 5000;

function targetOf(locale: string): Target {
  let target = targetCache.get(locale);
  if (!target) {
    const tag = normaliseLocale(locale);
    const maximized = maximizeLocale(tag);
    const language = languageOf(tag);
    const pair = SCRIPT_PAIR_LANGUAGES.includes(language);
    const cyrillic = isCyrillic(tag);
    target = {
      tag: tag.toLowerCase(),
      language,
      script: maximized.script ?? '',
      region: maximized.region ?? '',
      pairCyrillic: pair && cyrillic,
      pairLatin: pair && !cyrillic,
    };
    targetCache.set(locale, target);
  }
  return target;
}

function tagOf(key: string): Tag {
  let tag = tagCache.get(key);
  if (!tag) {
    try {
      const locale = new Intl.Locale(key.trim().replace(/_/g, '-'));
      const maximized = maximizeLocale(locale.toString());
      tag = {
        tag: locale.toString().toLowerCase(),
        language: maximized.language,
        script: maximized.script ?? '',
        region: maximized.region ?? '',
        hasRegion: locale.region !== undefined,
      };
    } catch {
      // Not a language tag: never matches a locale, still usable as the first entry.
      tag = { tag: '', language: '', script: '', region: '', hasRegion: false };
    }
    if (tagCache.size >= STRING_CACHE_LIMIT) tagCache.clear();
    tagCache.set(key, tag);
  }
  return tag;
}

function entriesOf(text: object): Entry[] {
  let entries = entriesCache.get(text);
  if (!entries) {
    entries = [];
    for (const key of Object.keys(text)) {
      const value = (text as Record<string, unknown>)[key];
      if (typeof value !== 'string' || value === '') continue;
      entries.push({ ...tagOf(key), value });
    }
    entriesCache.set(text, entries);
  }
  return entries;
}

/** The best of `entries` for the target's region: same region, else a key without a region, else the first. */
function bestByRegion(entries: Entry[], target: Target): Entry | undefined {
  return (
    entries.find((entry) => entry.region === target.region) ?? entries.find((entry) => !entry.hasRegion) ?? entries[0]
  );
}

/** Text of the Serbian–Bosnian–Croatian group written in the page's script. */
function inPageScript(value: string, target: Target): string {
  if (target.pairCyrillic) return latinToCyrillic(value);
  if (target.pairLatin) return cyrillicToLatin(value);
  return value;
}

function pickEntry(entries: Entry[], target: Target): string {
  const exact = entries.find((entry) => entry.tag === target.tag);
  if (exact) return inPageScript(exact.value, target);

  const sameLanguage = entries.filter((entry) => entry.language === target.language);
  const sameScript = sameLanguage.filter((entry) => entry.script === target.script);
  const local = bestByRegion(sameScript, target) ?? bestByRegion(sameLanguage, target);
  if (local) {
    // Script conversion only where the letters map one to one (sr, bs, hr).
    return inPageScript(local.value, target);
  }

  if (target.pairCyrillic) {
    for (const language of SCRIPT_PAIR_LANGUAGES) {
      const sibling = bestByRegion(
        entries.filter((entry) => entry.language === language),
        target,
      );
      if (sibling) return latinToCyrillic(sibling.value);
    }
  }

  const english = entries.filter((entry) => entry.language === 'en');
  const fallback = english.find((entry) => entry.tag === 'en') ?? english[0] ?? entries[0];
  return fallback?.value ?? '';
}

/**
 * The string to show for `text` on a page in `locale`; '' when there is none.
 * Memoised per (object, locale) and, on Cyrillic pages, per (string, locale).
 */
export function pickText(text: Text | null | undefined, locale: string): string {
  if (text === null || text === undefined) return '';
  const target = targetOf(locale);
  if (typeof text === 'string') {
    if (!target.pairCyrillic || text === '') return text;
    const key = `${target.tag}\u0000${text}`;
    let picked = stringCache.get(key);
    if (picked === undefined) {
      picked = latinToCyrillic(text);
      if (stringCache.size >= STRING_CACHE_LIMIT) stringCache.clear();
      stringCache.set(key, picked);
    }
    return picked;
  }
  if (typeof text !== 'object') return '';
  let perLocale = objectCache.get(text);
  if (!perLocale) {
    perLocale = new Map();
    objectCache.set(text, perLocale);
  }
  let picked = perLocale.get(target.tag);
  if (picked === undefined) {
    picked = pickEntry(entriesOf(text), target);
    perLocale.set(target.tag, picked);
  }
  return picked;
}
