/**
 * Centres through time. A centre's own `occupancy`/`capacity` are its values on the dataset's
 * `asOf` date; `history` holds earlier (or later) snapshots. The values at a chosen date are
 * those of the latest snapshot on or before it.
 */
import { periodStart } from '../../data/dates.ts';
import type { Centre, CentresData, CentreStatus } from '../../data/types.ts';

export interface CentreValues {
  occupancy: number | null;
  capacity: number | null;
  /** The snapshot's date; undefined for an undated dataset's own values. */
  date?: string;
  /** False when the centre has no snapshot on or before the chosen date. */
  known: boolean;
  /** The values are the centre's own (as of `asOf`), not a history entry. */
  current: boolean;
}

/** The dates of a dataset, asked for by its frame and its load event: found once (validated data is not changed). */
const datesOf = new WeakMap<Pick<CentresData, 'asOf' | 'centres'>, readonly string[]>();

/** Every date with data, sorted and unique: history dates and `asOf`. Empty when no centre has history. Shared: read-only. */
export function historyDates(data: Pick<CentresData, 'asOf' | 'centres'>): readonly string[] {
  let dates = datesOf.get(data);
  if (!dates) {
    dates = findDates(data);
    datesOf.set(data, dates);
  }
  return dates;
}

function findDates(data: Pick<CentresData, 'asOf' | 'centres'>): string[] {
  const seen = new Map<number, string>();
  // Indexed: thousands of centres, before the engine has optimised anything.
  for (let index = 0; index < data.centres.length; index += 1) {
    const { history } = data.centres[index]!;
    for (let step = 0; step < history.length; step += 1) {
      const snapshot = history[step]!;
      const start = periodStart(snapshot.date);
      if (!seen.has(start)) seen.set(start, snapshot.date);
    }
  }
  if (seen.size === 0) return [];
  if (data.asOf) {
    const start = periodStart(data.asOf);
    seen.set(start, data.asOf);
  }
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, iso]) => iso);
}

/** The date shown first: `asOf`, else the latest date with data, else undefined. */
export function defaultDate(data: Pick<CentresData, 'asOf' | 'centres'>, dates: readonly string[] = historyDates(data)): string | undefined {
  return data.asOf ?? dates[dates.length - 1];
}

/**
 * A centre's values on `date` (undefined = its own values). Its own values count as a snapshot
 * on `asOf` (or, without `asOf`, after all its history), and win over a history entry on the same date.
 */
export function valuesAt(centre: Centre, date: string | undefined, asOf: string | undefined): CentreValues {
  const own: CentreValues = { occupancy: centre.occupancy, capacity: centre.capacity, known: true, current: true };
  if (asOf !== undefined) own.date = asOf;
  if (date === undefined) return own;
  const target = periodStart(date);
  const last = centre.history[centre.history.length - 1];
  const ownStart = asOf !== undefined ? periodStart(asOf) : last ? periodStart(last.date) : -Infinity;
  // Without asOf, the own values are the latest: they apply from the last history date on.
  const ownApplies = ownStart <= target;
  let best: CentreValues | null = null;
  let bestStart = -Infinity;
  for (const snapshot of centre.history) {
    const start = periodStart(snapshot.date);
    if (start > target) break; // history is sorted by date
    bestStart = start;
    best = { occupancy: snapshot.occupancy, capacity: snapshot.capacity, date: snapshot.date, known: true, current: false };
  }
  if (ownApplies && ownStart >= bestStart) return own;
  return best ?? { occupancy: null, capacity: null, date, known: false, current: false };
}

/**
 * The status shown on a date. `status` describes the centre as of `asOf`; on an earlier date with
 * figures a centre now closed was running, so it is drawn as open then.
 */
export function statusAt(centre: Centre, values: CentreValues): CentreStatus {
  if (values.current || centre.status !== 'closed') return centre.status;
  return values.known && (values.occupancy !== null || values.capacity !== null) ? 'open' : 'closed';
}
