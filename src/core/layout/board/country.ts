/** Localised country names (Intl.DisplayNames, memoised per locale). */

const namesCache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  let names = namesCache.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    namesCache.set(locale, names);
  }
  return names;
}

/** The name of an ISO 3166-1 alpha-2 country in `locale` (`RS` → "Srbija"); the code itself when unknown. */
export function countryName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    return displayNames(locale)?.of(upper) ?? upper;
  } catch {
    return upper;
  }
}
