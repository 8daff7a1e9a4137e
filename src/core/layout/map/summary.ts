/**
 * Facts about the centres on the shown date, and the plain-language summary built from them:
 * total people against total places, the number of centres, those over capacity, the largest.
 */
import { parseIsoDate } from '../../data/dates.ts';
import { formatDate, formatList, formatNumber, formatPercent, warmSentenceFormatters } from '../../text/format.ts';
import { messagesFor } from '../../text/messages/catalogue.ts';
import { mapMessages } from '../../text/messages/map.ts';
import { pickText } from '../../text/pick.ts';
import { keepFirst } from '../first.ts';
import type { CentresModel, MarkerModel } from './model.ts';
import { occupancyRate } from './rate.ts';

export interface MapFacts {
  date: string | undefined;
  centres: number;
  /** Sum of known occupancy; null when no occupancy is known. */
  people: number | null;
  /** Centres whose occupancy is known. */
  withPeople: number;
  /** Sum of known capacity; null when no capacity is known. */
  places: number | null;
  /** People ÷ places over the centres where both are known; null without places. */
  rate: number | null;
  unknownCapacity: number;
  closed: number;
  /** Centres over capacity. */
  overCount: number;
  /** The few most crowded of them, the most first (no places at all counts as most crowded): those the summary names. */
  mostCrowded: MarkerModel[];
  largest: MarkerModel | undefined;
}

/** How many over-capacity centres the summary names before "and N others". */
const NAMED_OVER = 3;

const crowding = (marker: MarkerModel) => marker.rate ?? Infinity;

/** More crowded first, then more people, then by id. */
function compareCrowding(a: MarkerModel, b: MarkerModel): number {
  return crowding(b) - crowding(a) || (b.occupancy ?? 0) - (a.occupancy ?? 0) || (a.id < b.id ? -1 : 1);
}

export function mapFacts(model: Pick<CentresModel, 'markers' | 'date'>): MapFacts {
  let people: number | null = null;
  let withPeople = 0;
  let places: number | null = null;
  let comparablePeople = 0;
  let comparablePlaces = 0;
  let unknownCapacity = 0;
  let closed = 0;
  let largest: MarkerModel | undefined;
  let overCount = 0;
  const mostCrowded: MarkerModel[] = [];
  for (let index = 0; index < model.markers.length; index += 1) {
    const marker = model.markers[index]!;
    const { occupancy, capacity } = marker;
    if (occupancy !== null) {
      people = (people ?? 0) + occupancy;
      withPeople += 1;
    }
    if (capacity !== null) places = (places ?? 0) + capacity;
    else if (marker.known) unknownCapacity += 1;
    if (occupancy !== null && capacity !== null) {
      comparablePeople += occupancy;
      comparablePlaces += capacity;
    }
    if (marker.status === 'closed') closed += 1;
    if (marker.over) {
      overCount += 1;
      keepFirst(mostCrowded, marker, NAMED_OVER, compareCrowding);
    }
    if (occupancy !== null && occupancy > 0 && (!largest || occupancy > (largest.occupancy ?? 0) || (occupancy === largest.occupancy && marker.id < largest.id))) {
      largest = marker;
    }
  }
  return {
    date: model.date,
    centres: model.markers.length,
    people,
    withPeople,
    places,
    rate: occupancyRate(comparablePeople, comparablePlaces),
    unknownCapacity,
    closed,
    overCount,
    mostCrowded,
    largest,
  };
}

/**
 * Creates what a first map needs beyond the shared formatters (see `warmFormatters`): the
 * percent, list and long date formatters of the summary and legend, and the page language's
 * name choice. Each costs a millisecond or more when first made.
 */
export function warmMapFormatters(locale: string): void {
  warmSentenceFormatters(locale);
  pickText('', locale);
}

export function mapSummary(facts: MapFacts, locale: string): string {
  const words = messagesFor(mapMessages, locale);
  const n = (value: number) => formatNumber(value, locale);
  const past = facts.date !== undefined;
  const parts: string[] = [];
  const period = facts.date !== undefined ? parseIsoDate(facts.date) : null;
  if (period) parts.push(words.summaryOn(formatDate(period.iso, locale, 'long'), period.precision));
  const places = facts.places === null ? null : n(facts.places);
  const rate = facts.rate === null ? null : formatPercent(facts.rate, locale);
  if (facts.people === null) {
    parts.push(words.summaryNoOccupancy);
  } else if (facts.withPeople < facts.centres) {
    parts.push(words.summaryPartial(facts.centres, n(facts.centres), n(facts.withPeople), n(facts.people), places, rate));
  } else {
    parts.push(words.summaryTotals(past, facts.centres, n(facts.centres), n(facts.people), places, rate));
  }
  if (facts.overCount > 0) {
    const named = facts.mostCrowded.map((marker) => (marker.rate === null ? words.listNoPlaces(marker.name) : words.listRate(marker.name, formatPercent(marker.rate, locale))));
    const rest = facts.overCount - named.length;
    if (rest > 0) named.push(words.more(rest, n(rest)));
    parts.push(words.summaryOver(past, facts.overCount, n(facts.overCount), formatList(named, locale)));
  } else if (facts.rate !== null) {
    parts.push(words.summaryNoneOver(past));
  }
  // "The largest" only means something when more than one count is known.
  if (facts.largest && facts.withPeople > 1) parts.push(words.summaryLargest(past, facts.largest.name, n(facts.largest.occupancy ?? 0)));
  if (facts.unknownCapacity > 0) parts.push(words.summaryUnknownCapacity(facts.unknownCapacity, n(facts.unknownCapacity)));
  if (facts.closed > 0) parts.push(words.summaryClosed(facts.closed, n(facts.closed)));
  return parts.join(' ');
}
