/** UI words shared by every widget: states, errors, table view, downloads, footer. */
import { defineMessages, inCyrillic, southSlavicPlural } from './catalogue.ts';

export interface BaseMessages {
  loading: string;
  empty: string;
  errorTitle: string;
  /** Reader-facing explanation of an error code; the technical message follows it. */
  errorReason: (code: string) => string;
  keptPrevious: string;
  showTable: string;
  showChart: string;
  download: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  source: string;
  sources: string;
  licence: string;
  note: string;
  summary: string;
  estimate: string;
  unknown: string;
  rowsLeftOut: (count: number, formatted: string) => string;
  dataTable: string;
}

const httpCode = /^http-(\d{3})$/;

/** Serbian in Latin; the Cyrillic words are its transliteration. */
const srLatn: BaseMessages = {
  loading: 'Učitavanje podataka…',
  empty: 'Nema podataka za prikaz.',
  errorTitle: 'Podaci ne mogu da se prikažu',
  errorReason: (code) =>
    ({
      'invalid-json': 'Datoteka s podacima nije ispravan JSON.',
      'invalid-data': 'Podaci nisu u očekivanom formatu.',
      'not-json': 'Adresa nije vratila JSON podatke.',
      'too-large': 'Podaci su preveliki.',
      timeout: 'Podaci su stizali predugo.',
      network: 'Podaci nisu mogli da se preuzmu.',
      'export-failed': 'Preuzimanje nije uspelo.',
    })[code] ?? (httpCode.test(code) ? `Server je odgovorio greškom ${code.slice(5)}.` : 'Nešto nije u redu.'),
  keptPrevious: 'Prikazani su poslednji učitani podaci.',
  showTable: 'Prikaži kao tabelu',
  showChart: 'Prikaži kao grafikon',
  download: 'Preuzmi',
  downloadCsv: 'Podaci (CSV)',
  downloadSvg: 'Slika (SVG)',
  downloadPng: 'Slika (PNG)',
  source: 'Izvor',
  sources: 'Izvori',
  licence: 'Licenca',
  note: 'Napomena',
  summary: 'Sažetak',
  estimate: 'procena',
  unknown: 'nepoznato',
  rowsLeftOut: (count, n) =>
    southSlavicPlural(count, `${n} neispravan red je izostavljen.`, `${n} neispravna reda su izostavljena.`, `${n} neispravnih redova je izostavljeno.`),
  dataTable: 'Tabela podataka',
};

/** Bosnian: Serbian (Latin) words but for these. */
const bs: BaseMessages = {
  ...srLatn,
  errorTitle: 'Podaci se ne mogu prikazati',
  errorReason: (code) =>
    ({
      'invalid-json': 'Datoteka s podacima nije ispravan JSON.',
      'invalid-data': 'Podaci nisu u očekivanom formatu.',
      'not-json': 'Adresa nije vratila JSON podatke.',
      'too-large': 'Podaci su preveliki.',
      timeout: 'Podaci su predugo stizali.',
      network: 'Podaci se nisu mogli preuzeti.',
      'export-failed': 'Preuzimanje nije uspjelo.',
    })[code] ?? (httpCode.test(code) ? `Server je odgovorio greškom ${code.slice(5)}.` : 'Nešto nije u redu.'),
  keptPrevious: 'Prikazani su posljednji učitani podaci.',
  estimate: 'procjena',
};

export const baseMessages = defineMessages<BaseMessages>({
  en: {
    loading: 'Loading data…',
    empty: 'There is no data to show.',
    errorTitle: 'The data could not be shown',
    errorReason: (code) =>
      ({
        'invalid-json': 'The data file is not valid JSON.',
        'invalid-data': 'The data does not match the expected format.',
        'not-json': 'The address did not return JSON data.',
        'too-large': 'The data is too large.',
        timeout: 'The data took too long to arrive.',
        network: 'The data could not be fetched.',
        'export-failed': 'The download could not be made.',
      })[code] ?? (httpCode.test(code) ? `The server answered with error ${code.slice(5)}.` : 'Something went wrong.'),
    keptPrevious: 'Showing the last data that loaded.',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    download: 'Download',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Image (SVG)',
    downloadPng: 'Image (PNG)',
    source: 'Source',
    sources: 'Sources',
    licence: 'Licence',
    note: 'Note',
    summary: 'Summary',
    estimate: 'estimate',
    unknown: 'unknown',
    rowsLeftOut: (count, n) => (count === 1 ? '1 invalid row was left out.' : `${n} invalid rows were left out.`),
    dataTable: 'Data table',
  },
  'sr-Latn': srLatn,
  'sr-Cyrl': inCyrillic(srLatn),
  bs,
  hr: {
    // Croatian: Bosnian words but for these.
    ...bs,
    errorReason: (code) =>
      ({
        'invalid-json': 'Datoteka s podacima nije ispravan JSON.',
        'invalid-data': 'Podaci nisu u očekivanom obliku.',
        'not-json': 'Adresa nije vratila JSON podatke.',
        'too-large': 'Podaci su preveliki.',
        timeout: 'Podaci su predugo stizali.',
        network: 'Podaci se nisu mogli preuzeti.',
        'export-failed': 'Preuzimanje nije uspjelo.',
      })[code] ?? (httpCode.test(code) ? `Poslužitelj je odgovorio pogreškom ${code.slice(5)}.` : 'Nešto nije u redu.'),
    showTable: 'Prikaži kao tablicu',
    licence: 'Licencija',
    rowsLeftOut: (count, n) =>
      southSlavicPlural(count, `${n} neispravan redak je izostavljen.`, `${n} neispravna retka su izostavljena.`, `${n} neispravnih redaka je izostavljeno.`),
    dataTable: 'Tablica podataka',
  },
});
