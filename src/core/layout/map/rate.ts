/**
 * Occupancy against capacity. Capacity may be unknown (null) or 0 (no places): the rate is then
 * null, never a division by zero; people in a centre with no places still count as over capacity.
 */
/** Upper bounds of the colour classes below 100 % (a rate exactly at 100 % is full, not over). */
export const RATE_THRESHOLDS = [0.5, 0.75, 0.9] as const;

/** `r0`…`r3`: under 50 %, 50–75 %, 75–90 %, 90–100 %; `over`: above capacity; `unknown`: no rate. */
export type RateClass = 'r0' | 'r1' | 'r2' | 'r3' | 'over' | 'unknown';
export const RATE_CLASSES: readonly RateClass[] = ['r0', 'r1', 'r2', 'r3', 'over', 'unknown'];

/** Why a centre has no rate: capacity unknown, or no places at all. */
export type CapacityIssue = 'unknown' | 'none' | null;

/** The class of a known rate: r0 below the first threshold, r1 from it, and so on (a threshold belongs to the class above it). */
function classOf(rate: number): RateClass {
  // By index: taken apart, the thresholds would make an iterator for each of thousands of centres.
  return rate < RATE_THRESHOLDS[0] ? 'r0' : rate < RATE_THRESHOLDS[1] ? 'r1' : rate < RATE_THRESHOLDS[2] ? 'r2' : 'r3';
}

/** occupancy ÷ capacity; null when either is unknown or capacity is 0. */
export function occupancyRate(occupancy: number | null, capacity: number | null): number | null {
  if (occupancy === null || capacity === null || capacity <= 0) return null;
  const rate = occupancy / capacity;
  // A capacity as tiny as 5e-324 would give Infinity: no meaningful rate.
  return Number.isFinite(rate) ? rate : null;
}

/** More people than places (with capacity 0, anyone at all). */
export function isOverCapacity(occupancy: number | null, capacity: number | null): boolean {
  return occupancy !== null && capacity !== null && occupancy > capacity;
}

export function capacityIssue(capacity: number | null): CapacityIssue {
  if (capacity === null) return 'unknown';
  return capacity === 0 ? 'none' : null;
}

export function rateClass(occupancy: number | null, capacity: number | null): RateClass {
  if (isOverCapacity(occupancy, capacity)) return 'over';
  const rate = occupancyRate(occupancy, capacity);
  return rate === null ? 'unknown' : classOf(rate);
}
