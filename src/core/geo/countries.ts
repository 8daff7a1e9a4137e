/**
 * Country names for basemap labels, by stable code (ISO 3166-1 alpha-3; Kosovo `XKX`).
 * The Western Balkans and neighbours carry checked current names in the five UI languages
 * (North Macedonia, Bosnia and Herzegovina; Serbian Cyrillic transliterated from the Latin);
 * other countries use `Intl.DisplayNames`, then English.
 */
import { languageOf, uiLanguage, type UiLanguage } from '../text/locale.ts';
import { latinToCyrillic } from '../text/transliterate.ts';

/** Kosovo has no ISO code; `XKX` is the code the UN system and the World Bank use. */
export const KOSOVO = 'XKX';

/**
 * The Western Balkans and neighbours: the Serbian Latin name, then the Bosnian and the Croatian
 * where they differ (Bosnian falls back to Serbian, Croatian to Bosnian). Serbian Cyrillic is the
 * Latin transliterated; English is the name in OTHER_COUNTRIES.
 */
const WESTERN_BALKANS_NAMES: Readonly<Record<string, readonly [srLatn: string, bs?: string, hr?: string]>> = {
  SRB: ['Srbija'],
  XKX: ['Kosovo'],
  BIH: ['Bosna i Hercegovina'],
  MNE: ['Crna Gora'],
  MKD: ['Severna Makedonija', 'Sjeverna Makedonija'],
  ALB: ['Albanija'],
  HRV: ['Hrvatska'],
  SVN: ['Slovenija'],
  HUN: ['Mađarska'],
  ROU: ['Rumunija', 'Rumunija', 'Rumunjska'],
  BGR: ['Bugarska'],
  GRC: ['Grčka'],
};

/** Our checked name of a Western Balkans country in one of the languages we ship words for. */
function westernBalkansName(names: (typeof WESTERN_BALKANS_NAMES)[string], english: string, language: UiLanguage): string {
  const [srLatn, bs = srLatn, hr = bs] = names;
  return { en: english, 'sr-Latn': srLatn, 'sr-Cyrl': latinToCyrillic(srLatn), bs, hr }[language];
}

/** alpha-3 → [alpha-2 for Intl.DisplayNames, English name when Intl cannot help]. */
const OTHER_COUNTRIES: Readonly<Record<string, readonly [string, string]>> = {
  SRB: ['RS', 'Serbia'], XKX: ['XK', 'Kosovo'], BIH: ['BA', 'Bosnia and Herzegovina'], MNE: ['ME', 'Montenegro'],
  MKD: ['MK', 'North Macedonia'], ALB: ['AL', 'Albania'], HRV: ['HR', 'Croatia'], SVN: ['SI', 'Slovenia'],
  HUN: ['HU', 'Hungary'], ROU: ['RO', 'Romania'], BGR: ['BG', 'Bulgaria'], GRC: ['GR', 'Greece'],
  ALA: ['AX', 'Åland'], AND: ['AD', 'Andorra'], ARM: ['AM', 'Armenia'], AUT: ['AT', 'Austria'],
  AZE: ['AZ', 'Azerbaijan'], BEL: ['BE', 'Belgium'], BLR: ['BY', 'Belarus'], CHE: ['CH', 'Switzerland'],
  CYP: ['CY', 'Cyprus'], CZE: ['CZ', 'Czechia'], DEU: ['DE', 'Germany'], DNK: ['DK', 'Denmark'],
  DZA: ['DZ', 'Algeria'], EGY: ['EG', 'Egypt'], ESH: ['EH', 'Western Sahara'], ESP: ['ES', 'Spain'],
  EST: ['EE', 'Estonia'], FIN: ['FI', 'Finland'], FRA: ['FR', 'France'], FRO: ['FO', 'Faroe Islands'],
  GBR: ['GB', 'United Kingdom'], GEO: ['GE', 'Georgia'], GGY: ['GG', 'Guernsey'], GIB: ['GI', 'Gibraltar'],
  GRL: ['GL', 'Greenland'], IMN: ['IM', 'Isle of Man'], IRL: ['IE', 'Ireland'], IRN: ['IR', 'Iran'],
  IRQ: ['IQ', 'Iraq'], ISL: ['IS', 'Iceland'], ISR: ['IL', 'Israel'], ITA: ['IT', 'Italy'],
  JEY: ['JE', 'Jersey'], JOR: ['JO', 'Jordan'], KAZ: ['KZ', 'Kazakhstan'], KWT: ['KW', 'Kuwait'],
  LBN: ['LB', 'Lebanon'], LBY: ['LY', 'Libya'], LIE: ['LI', 'Liechtenstein'], LTU: ['LT', 'Lithuania'],
  LUX: ['LU', 'Luxembourg'], LVA: ['LV', 'Latvia'], MAR: ['MA', 'Morocco'], MCO: ['MC', 'Monaco'],
  MDA: ['MD', 'Moldova'], MLT: ['MT', 'Malta'], MRT: ['MR', 'Mauritania'], NLD: ['NL', 'Netherlands'],
  NOR: ['NO', 'Norway'], POL: ['PL', 'Poland'], PRT: ['PT', 'Portugal'], PSE: ['PS', 'Palestine'],
  RUS: ['RU', 'Russia'], SAU: ['SA', 'Saudi Arabia'], SMR: ['SM', 'San Marino'], SVK: ['SK', 'Slovakia'],
  SWE: ['SE', 'Sweden'], SYR: ['SY', 'Syria'], TUN: ['TN', 'Tunisia'], TUR: ['TR', 'Türkiye'],
  UKR: ['UA', 'Ukraine'], VAT: ['VA', 'Vatican City'],
};

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  let names = displayNamesCache.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNamesCache.set(locale, names);
  }
  return names;
}

const UI_LANGUAGE_CODES = new Set(['en', 'sr', 'cnr', 'bs', 'hr']);

/** The current short name of a country in the page's language; undefined for an unknown code. */
export function countryName(code: string, locale: string): string | undefined {
  const entry = Object.hasOwn(OTHER_COUNTRIES, code) ? OTHER_COUNTRIES[code] : undefined;
  if (!entry) return undefined;
  const own = Object.hasOwn(WESTERN_BALKANS_NAMES, code) ? WESTERN_BALKANS_NAMES[code] : undefined;
  // Our checked names win for the languages we ship words for; Intl covers every other language.
  if (own && UI_LANGUAGE_CODES.has(languageOf(locale))) return westernBalkansName(own, entry[1], uiLanguage(locale));
  if (uiLanguage(locale) === 'en' && languageOf(locale) === 'en') return entry[1];
  let name: string | undefined;
  try {
    name = displayNames(locale)?.of(entry[0]);
  } catch {
    name = undefined;
  }
  return name || entry[1];
}

/** The label a map shows: Kosovo carries the asterisk that points to the UNSC 1244 footnote. */
export function countryLabel(code: string, locale: string): string | undefined {
  const name = countryName(code, locale);
  return name !== undefined && code === KOSOVO ? `${name}*` : name;
}
