/**
 * UI words of the centre map: legend, date control, keyboard help, tooltip, table, the
 * generated summary and the Kosovo footnote. Serbian, Bosnian and Croatian sentences put
 * counts after a colon (`Centara: 18`) so that no noun has to agree with a number.
 */
import { defineMessages, inCyrillic, southSlavicPlural } from './catalogue.ts';

export interface MapMessages {
  /** Accessible name of the map picture. */
  mapLabel: (count: number, formatted: string) => string;
  /** How the keyboard walks through the centres. */
  keyboardHelp: string;
  kindName: (kind: 'asylum' | 'reception' | 'transit' | 'other') => string;
  statusName: (status: 'open' | 'closed' | 'standby') => string;
  typeTitle: string;
  statusTitle: string;
  sizeTitle: string;
  rateTitle: string;
  rateUnder: (percent: string) => string;
  rateBetween: (from: string, to: string) => string;
  overCapacity: string;
  capacityUnknown: string;
  occupancyUnknown: string;
  /** Legend entry of the grey symbols: no rate because a figure is missing. */
  rateUnknown: string;
  /** Capacity 0: no places at all. */
  noPlaces: string;
  noDataOnDate: string;
  /** Why some symbols have no colour class (legend and table notes). */
  capacityUnknownNote: string;
  noPlacesNote: string;
  sizeNote: string;
  // Table and tooltip
  tableCaption: (date: string) => string;
  tableCaptionUndated: string;
  centre: string;
  type: string;
  occupancy: string;
  capacity: string;
  rate: string;
  date: string;
  // Date control
  dateControl: string;
  play: string;
  pause: string;
  previousDate: string;
  nextDate: string;
  // Basemap
  basemapFailed: string;
  /** The designation footnote for Kosovo, as the UN system words it. */
  kosovoFootnote: string;
  // Summary
  summaryTotals: (past: boolean, centres: number, nCentres: string, nPeople: string, nPlaces: string | null, rate: string | null) => string;
  /** Counts when the number of people is known for only some centres (`known` of them). */
  summaryPartial: (centres: number, nCentres: string, nKnown: string, nPeople: string, nPlaces: string | null, rate: string | null) => string;
  /** Opens the summary with the date shown (`precision` of the ISO date: a day, a month or a year). */
  summaryOn: (date: string, precision: 'day' | 'month' | 'year') => string;
  summaryOver: (past: boolean, count: number, formatted: string, list: string) => string;
  summaryNoneOver: (past: boolean) => string;
  summaryLargest: (past: boolean, name: string, people: string) => string;
  summaryUnknownCapacity: (count: number, formatted: string) => string;
  summaryClosed: (count: number, formatted: string) => string;
  summaryNoOccupancy: string;
  /** Over-capacity list entries: a name and its rate, or a name of a centre with no places. */
  listRate: (name: string, rate: string) => string;
  listNoPlaces: (name: string) => string;
  more: (count: number, formatted: string) => string;
}

/** Serbian in Latin; the Cyrillic words are its transliteration, but for the entries below. */
const srLatn: MapMessages = {
  mapLabel: (_count, n) => `Mapa centara (${n})`,
  keyboardHelp:
    'Strelice pomeraju izbor između centara: levo i desno od zapada ka istoku, gore i dole od najvećeg ka najmanjem. Enter bira, Escape poništava.',
  kindName: (kind) => ({ asylum: 'Centar za azil', reception: 'Prihvatni centar', transit: 'Tranzitni centar', other: 'Ostalo' })[kind],
  statusName: (status) => ({ open: 'Otvoren', closed: 'Zatvoren', standby: 'U pripravnosti' })[status],
  typeTitle: 'Vrsta',
  statusTitle: 'Status',
  sizeTitle: 'Broj ljudi',
  rateTitle: 'Popunjenost kapaciteta',
  rateUnder: (p) => `ispod ${p}`,
  rateBetween: (from, to) => `${from}–${to}`,
  overCapacity: 'preko kapaciteta',
  capacityUnknown: 'kapacitet nepoznat',
  occupancyUnknown: 'broj ljudi nepoznat',
  rateUnknown: 'popunjenost nepoznata',
  noPlaces: 'bez mesta',
  noDataOnDate: 'nema podataka za ovaj datum',
  capacityUnknownNote: 'Sivo: broj ljudi ili kapacitet nije poznat, pa ni popunjenost.',
  noPlacesNote: 'Kapacitet 0 znači da nema mesta: svako ko je tu je preko kapaciteta.',
  sizeNote: 'Površina simbola pokazuje broj ljudi.',
  tableCaption: (date) => `Centri, stanje: ${date}`,
  tableCaptionUndated: 'Centri',
  centre: 'Centar',
  type: 'Vrsta',
  occupancy: 'Broj ljudi',
  capacity: 'Broj mesta',
  rate: 'Popunjenost',
  date: 'Datum',
  dateControl: 'Datum',
  play: 'Pusti',
  pause: 'Pauza',
  previousDate: 'Prethodni datum',
  nextDate: 'Sledeći datum',
  basemapFailed: 'Osnovna mapa nije mogla da se učita; centri su prikazani bez nje.',
  kosovoFootnote:
    '*Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je sa Rezolucijom SBUN 1244/1999 i mišljenjem MSP o proglašenju nezavisnosti Kosova.',
  summaryTotals: (_past, _centres, nCentres, people, places, rate) =>
    `Centara: ${nCentres}; broj ljudi: ${people}` +
    (places === null ? '' : `; broj mesta: ${places}${rate === null ? '' : ` (popunjenost ${rate})`}`) +
    '.',
  summaryPartial: (_centres, nCentres, known, people, places, rate) =>
    `Centara: ${nCentres}; broj ljudi poznat za ${known}: ${people}` +
    (places === null ? '' : `; broj mesta: ${places}`) +
    (rate === null ? '' : ` (popunjenost ${rate} gde je oboje poznato)`) +
    '.',
  summaryOn: (date) => `Stanje ${date}`,
  summaryOver: (_past, _count, n, list) => `Preko kapaciteta: ${n} (${list}).`,
  summaryNoneOver: (past) => (past ? 'Nijedan centar nije bio preko kapaciteta.' : 'Nijedan centar nije preko kapaciteta.'),
  summaryLargest: (_past, name, people) => `Najviše ljudi: ${name} (${people}).`,
  summaryUnknownCapacity: (_count, n) => `Centara bez poznatog kapaciteta: ${n} (nisu uračunati u popunjenost).`,
  summaryClosed: (_count, n) => `Zatvorenih centara: ${n}.`,
  summaryNoOccupancy: 'Broj ljudi nije poznat.',
  listRate: (name, rate) => `${name} ${rate}`,
  listNoPlaces: (name) => `${name}, bez mesta`,
  more: (count, n) => southSlavicPlural(count, `još ${n} centar`, `još ${n} centra`, `još ${n} centara`),
};

/** Bosnian: Serbian (Latin) words but for these. */
const bs: MapMessages = {
  ...srLatn,
  keyboardHelp:
    'Strelice pomjeraju izbor između centara: lijevo i desno od zapada prema istoku, gore i dolje od najvećeg prema najmanjem. Enter bira, Escape poništava.',
  overCapacity: 'iznad kapaciteta',
  noPlaces: 'bez mjesta',
  noPlacesNote: 'Kapacitet 0 znači da nema mjesta: svako ko je tu je iznad kapaciteta.',
  capacity: 'Broj mjesta',
  play: 'Pokreni',
  nextDate: 'Sljedeći datum',
  basemapFailed: 'Osnovna mapa se nije mogla učitati; centri su prikazani bez nje.',
  kosovoFootnote:
    '*Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je s Rezolucijom VSUN-a 1244/1999 i mišljenjem MSP-a o proglašenju nezavisnosti Kosova.',
  summaryTotals: (_past, _centres, nCentres, people, places, rate) =>
    `Centara: ${nCentres}; broj ljudi: ${people}` +
    (places === null ? '' : `; broj mjesta: ${places}${rate === null ? '' : ` (popunjenost ${rate})`}`) +
    '.',
  summaryPartial: (_centres, nCentres, known, people, places, rate) =>
    `Centara: ${nCentres}; broj ljudi poznat za ${known}: ${people}` +
    (places === null ? '' : `; broj mjesta: ${places}`) +
    (rate === null ? '' : ` (popunjenost ${rate} gdje je oboje poznato)`) +
    '.',
  summaryOver: (_past, _count, n, list) => `Iznad kapaciteta: ${n} (${list}).`,
  summaryNoneOver: (past) => (past ? 'Nijedan centar nije bio iznad kapaciteta.' : 'Nijedan centar nije iznad kapaciteta.'),
  listNoPlaces: (name) => `${name}, bez mjesta`,
};

export const mapMessages = defineMessages<MapMessages>({
  en: {
    mapLabel: (count, n) => `Map of ${n} ${count === 1 ? 'centre' : 'centres'}`,
    keyboardHelp:
      'Arrow keys move between centres: left and right from west to east, up and down from the largest to the smallest. Enter selects, Escape clears.',
    kindName: (kind) => ({ asylum: 'Asylum centre', reception: 'Reception centre', transit: 'Transit centre', other: 'Other' })[kind],
    statusName: (status) => ({ open: 'Open', closed: 'Closed', standby: 'Standby' })[status],
    typeTitle: 'Type',
    statusTitle: 'Status',
    sizeTitle: 'People',
    rateTitle: 'Occupancy of capacity',
    rateUnder: (p) => `under ${p}`,
    rateBetween: (from, to) => `${from}–${to}`,
    overCapacity: 'over capacity',
    capacityUnknown: 'capacity unknown',
    occupancyUnknown: 'people unknown',
    rateUnknown: 'rate unknown',
    noPlaces: 'no places',
    noDataOnDate: 'no data for this date',
    capacityUnknownNote: 'Grey: the number of people or the capacity is unknown, so there is no occupancy rate.',
    noPlacesNote: 'Capacity 0 means no places: anyone there is over capacity.',
    sizeNote: 'Symbol area shows the number of people.',
    tableCaption: (date) => `Centres: ${date}`,
    tableCaptionUndated: 'Centres',
    centre: 'Centre',
    type: 'Type',
    occupancy: 'People',
    capacity: 'Places',
    rate: 'Occupancy',
    date: 'Date',
    dateControl: 'Date',
    play: 'Play',
    pause: 'Pause',
    previousDate: 'Previous date',
    nextDate: 'Next date',
    basemapFailed: 'The basemap could not be loaded; the centres are shown without it.',
    kosovoFootnote:
      '*This designation is without prejudice to positions on status, and is in line with UNSC 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.',
    summaryTotals: (past, centres, nCentres, people, places, rate) =>
      `${nCentres} ${centres === 1 ? 'centre' : 'centres'} ${past ? 'held' : centres === 1 ? 'holds' : 'hold'} ${people} ${people === '1' ? 'person' : 'people'}` +
      (places === null ? '' : ` for ${places} places${rate === null ? '' : ` (${rate} of capacity)`}`) +
      '.',
    summaryPartial: (centres, nCentres, known, people, places, rate) =>
      `${nCentres} ${centres === 1 ? 'centre' : 'centres'}; the number of people is known for ${known} of them: ${people}` +
      (places === null ? '' : `; places: ${places}`) +
      (rate === null ? '' : ` (${rate} of capacity where both are known)`) +
      '.',
    summaryOn: (date, precision) => `${precision === 'day' ? 'On' : 'In'} ${date}:`,
    summaryOver: (past, count, n, list) =>
      `${n} ${count === 1 ? 'centre' : 'centres'} ${past ? (count === 1 ? 'was' : 'were') : count === 1 ? 'is' : 'are'} over capacity: ${list}.`,
    summaryNoneOver: (past) => `No centre ${past ? 'was' : 'is'} over capacity.`,
    summaryLargest: (past, name, people) => `The largest ${past ? 'was' : 'is'} ${name} with ${people} people.`,
    summaryUnknownCapacity: (count, n) =>
      `Capacity is unknown for ${n} ${count === 1 ? 'centre' : 'centres'}, left out of the rate.`,
    summaryClosed: (count, n) => `${n} ${count === 1 ? 'centre is' : 'centres are'} closed.`,
    summaryNoOccupancy: 'The number of people is not known.',
    listRate: (name, rate) => `${name} (${rate})`,
    listNoPlaces: (name) => `${name} (no places)`,
    more: (count, n) => `${n} ${count === 1 ? 'other' : 'others'}`,
  },
  'sr-Latn': srLatn,
  'sr-Cyrl': {
    ...inCyrillic(srLatn),
    // Key names stay as printed on keyboards; Serbian acronyms are written in Cyrillic.
    keyboardHelp:
      'Стрелице померају избор између центара: лево и десно од запада ка истоку, горе и доле од највећег ка најмањем. Enter бира, Escape поништава.',
    kosovoFootnote:
      '*Овај назив не доводи у питање ставове о статусу и у складу је са Резолуцијом СБУН 1244/1999 и мишљењем МСП о проглашењу независности Косова.',
  },
  bs,
  hr: {
    // Croatian: Bosnian words but for these.
    ...bs,
    mapLabel: (_count, n) => `Karta centara (${n})`,
    keyboardHelp:
      'Strelice pomiču odabir između centara: lijevo i desno od zapada prema istoku, gore i dolje od najvećeg prema najmanjem. Enter odabire, Escape poništava.',
    noPlacesNote: 'Kapacitet 0 znači da nema mjesta: svatko tko je ondje iznad je kapaciteta.',
    sizeNote: 'Površina simbola prikazuje broj ljudi.',
    basemapFailed: 'Osnovna karta nije se mogla učitati; centri su prikazani bez nje.',
    kosovoFootnote:
      '*Ovim se nazivom ne dovode u pitanje stajališta o statusu te je on u skladu s Rezolucijom VSUN-a 1244/1999 i mišljenjem MSP-a o proglašenju neovisnosti Kosova.',
  },
});
