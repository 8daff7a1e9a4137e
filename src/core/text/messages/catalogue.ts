/**
 * Message catalogues: UI words per language. English defines the keys; every other UI
 * language must provide each key (checked by the type system).
 * A message is a string, or a function of already-formatted values (and counts for plurals).
 */
import { type UiLanguage, normaliseLocale, uiLanguage } from '../locale.ts';
import { latinToCyrillic } from '../transliterate.ts';

export type Message = string | ((...args: never[]) => string);
/** Words keyed by name; written as a mapped type so interfaces (which have no index signature) fit. */
export type Messages<T> = { [K in keyof T]: Message };
export type Catalogue<T extends Messages<T>> = Readonly<Record<UiLanguage, T>>;

/** Declare a catalogue: `en` defines the shape, the other languages must match it. */
export function defineMessages<T extends Messages<T>>(catalogue: Record<UiLanguage, T>): Catalogue<T> {
  return catalogue;
}

/** The words of `catalogue` for a page locale (other languages fall back to English). */
export function messagesFor<T extends Messages<T>>(catalogue: Catalogue<T>, locale: string): T {
  return catalogue[uiLanguage(locale)];
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();

/**
 * Pick the plural form for `count` in `locale`: Serbian, Bosnian and Croatian use one/few/other,
 * English one/other. Missing forms fall back to `other`.
 */
export function plural(
  locale: string,
  count: number,
  forms: { one?: string; few?: string; other: string },
): string {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(normaliseLocale(locale));
    pluralRulesCache.set(locale, rules);
  }
  const category = rules.select(count) as keyof typeof forms;
  return forms[category] ?? forms.other;
}

/**
 * The Serbian/Bosnian/Croatian plural form for a whole number (CLDR: one, few, other), for
 * messages that know their language statically.
 */
export function southSlavicPlural(count: number, one: string, few: string, other: string): string {
  const last = count % 10;
  const lastTwo = count % 100;
  if (last === 1 && lastTwo !== 11) return one;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return other;
}

/**
 * Serbian words in Cyrillic: the Latin ones transliterated (the letters map one to one). Values a
 * message is given (names, amounts, dates) pass through untouched.
 */
export function inCyrillic<T>(words: T): T {
  if (typeof words === 'string') return latinToCyrillic(words) as T;
  if (typeof words === 'function') {
    return ((...args: unknown[]) => {
      const text: unknown = words(...args);
      if (typeof text !== 'string') return text;
      const values = args.filter((arg): arg is string => typeof arg === 'string' && arg !== '');
      if (!values.length) return latinToCyrillic(text);
      // Odd parts of the split are the values: they stay as given.
      const split = text.split(new RegExp(`(${values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`));
      return split.map((part, i) => (i % 2 ? part : latinToCyrillic(part))).join('');
    }) as T;
  }
  if (Array.isArray(words)) return words.map(inCyrillic) as T;
  return Object.fromEntries(Object.entries(words as object).map(([key, value]) => [key, inCyrillic(value)])) as T;
}
