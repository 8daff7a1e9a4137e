/** Locale handling: normalise a page's `lang` and map it to a UI language we ship words for. */

/** Languages with their own UI words. Anything else uses English words with its own number and date formats. */
export type UiLanguage = 'en' | 'sr-Latn' | 'sr-Cyrl' | 'bs' | 'hr';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr'];

const canonicalCache = new Map<string, string>();

/** A canonical BCP 47 tag for `tag`, or `en` when it is missing or malformed. */
export function normaliseLocale(tag: string | null | undefined): string {
  const raw = (tag ?? '').trim().replace(/_/g, '-');
  if (!raw) return 'en';
  let canonical = canonicalCache.get(raw);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(raw)[0] ?? 'en';
    } catch {
      canonical = 'en';
    }
    canonicalCache.set(raw, canonical);
  }
  return canonical;
}

const maximizedCache = new Map<string, Intl.Locale>();

/** The locale with likely subtags added (`sr` → `sr-Cyrl-RS`, `sr-ME` → `sr-Latn-ME`). */
export function maximizeLocale(locale: string): Intl.Locale {
  let maximized = maximizedCache.get(locale);
  if (!maximized) {
    try {
      maximized = new Intl.Locale(locale).maximize();
    } catch {
      maximized = new Intl.Locale('en').maximize();
    }
    maximizedCache.set(locale, maximized);
  }
  return maximized;
}

/** The primary language subtag, lower case (`sr-Latn-RS` → `sr`). */
export function languageOf(locale: string): string {
  return maximizeLocale(locale).language;
}

/** The script subtag after likely-subtag expansion (`sr` → `Cyrl`, `bs` → `Latn`). */
export function scriptOf(locale: string): string {
  return maximizeLocale(locale).script ?? 'Latn';
}

/** Whether text for this locale should be written in Cyrillic. */
export function isCyrillic(locale: string): boolean {
  return scriptOf(locale) === 'Cyrl';
}

/** The UI language whose words a locale shows. */
export function uiLanguage(locale: string): UiLanguage {
  const language = languageOf(locale);
  if (language === 'sr' || language === 'cnr') return isCyrillic(locale) ? 'sr-Cyrl' : 'sr-Latn';
  if (language === 'bs') return 'bs';
  if (language === 'hr') return 'hr';
  return 'en';
}
