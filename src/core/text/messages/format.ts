/**
 * The few words date formatting needs that Intl does not give: weeks and quarters.
 * Dates and years arrive already formatted by Intl for the page locale (`2015.` in Serbian).
 * `weekOf` gets the first day in the asked style and in the short one: Serbian and Bosnian
 * take the short one, whose abbreviated month reads right after `od` (a long one would need
 * the genitive, which Intl gives for Croatian only). `sedmica`, not `nedelja` (also Sunday).
 */
import { defineMessages } from './catalogue.ts';

export interface FormatMessages {
  /** `date`: the week's first day in the asked style; `short`: the same day in the short style. */
  weekOf: (date: string, short: string) => string;
  quarterLong: (quarter: number, year: string) => string;
  quarterShort: (quarter: number, year: string) => string;
  /** An axis label without the year. */
  quarterTick: (quarter: number) => string;
}

export const formatMessages = defineMessages<FormatMessages>({
  en: {
    weekOf: (date) => `week of ${date}`,
    quarterLong: (quarter, year) => `Q${quarter} ${year}`,
    quarterShort: (quarter, year) => `Q${quarter} ${year}`,
    quarterTick: (quarter) => `Q${quarter}`,
  },
  'sr-Latn': {
    weekOf: (_date, short) => `sedmica od ${short}`,
    quarterLong: (quarter, year) => `${quarter}. kvartal ${year}`,
    quarterShort: (quarter, year) => `${quarter}. kv. ${year}`,
    quarterTick: (quarter) => `${quarter}. kv.`,
  },
  'sr-Cyrl': {
    weekOf: (_date, short) => `седмица од ${short}`,
    quarterLong: (quarter, year) => `${quarter}. квартал ${year}`,
    quarterShort: (quarter, year) => `${quarter}. кв. ${year}`,
    quarterTick: (quarter) => `${quarter}. кв.`,
  },
  bs: {
    weekOf: (_date, short) => `sedmica od ${short}`,
    quarterLong: (quarter, year) => `${quarter}. kvartal ${year}`,
    quarterShort: (quarter, year) => `${quarter}. kv. ${year}`,
    quarterTick: (quarter) => `${quarter}. kv.`,
  },
  hr: {
    weekOf: (date) => `tjedan od ${date}`,
    quarterLong: (quarter, year) => `${quarter}. tromjesečje ${year}`,
    quarterShort: (quarter, year) => `${quarter}. tr. ${year}`,
    quarterTick: (quarter) => `${quarter}. tr.`,
  },
});
