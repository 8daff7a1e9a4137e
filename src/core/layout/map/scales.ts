/**
 * Symbol sizes and shapes. Area is proportional to occupancy (a square-root scale of the radius);
 * the shape tells the centre type apart, at the same area whatever the shape.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

export type CentreKind = 'asylum' | 'reception' | 'transit' | 'other';
export const CENTRE_KINDS: readonly CentreKind[] = ['asylum', 'reception', 'transit', 'other'];

/** The known types keep their name; any other free-text type is drawn as `other`. */
export function centreKind(type: string): CentreKind {
  return type === 'asylum' || type === 'reception' || type === 'transit' ? type : 'other';
}

const SHAPES: Record<CentreKind, SymbolType> = {
  asylum: symbolCircle,
  reception: symbolSquare,
  transit: symbolTriangle,
  other: symbolDiamond,
};

/** Smallest radius drawn, so that an empty or tiny centre stays visible and can be pointed at. */
export const MIN_RADIUS = 2.5;

/** Largest symbol radius for a map of this size and number of centres. */
export function maxRadius(width: number, height: number, count: number): number {
  const base = Math.min(32, Math.max(10, Math.min(width, height) / 14));
  // Many centres share the space: shrink so that the map is not one blot.
  const crowding = Math.min(1, Math.max(0.3, Math.sqrt(40 / Math.max(1, count))));
  return Math.max(6, base * crowding);
}

/** Radius from occupancy: sqrt scale from 0, the largest occupancy at `max` px. */
export function sizeScale(maxOccupancy: number, max: number): ScalePower<number, number> {
  return scaleSqrt().domain([0, Math.max(1, maxOccupancy)]).range([0, max]);
}

/** The radius drawn for an occupancy (unknown occupancy is drawn at the minimum). */
export function radiusFor(scale: ScalePower<number, number>, occupancy: number | null): number {
  if (occupancy === null) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, scale(occupancy));
}

const symbolCache = new Map<string, string>();

/**
 * A d3 symbol path for a centre kind of radius `r` (the area of a circle of that radius),
 * around (0, 0). Radii are rounded to 0.05 px and the paths cached: thousands of centres share few.
 */
export function symbolPath(kind: CentreKind, r: number): string {
  const rounded = Math.round(r * 20) / 20;
  const key = `${kind}${rounded}`;
  let path = symbolCache.get(key);
  if (path === undefined) {
    path = symbol(SHAPES[kind], Math.PI * rounded * rounded).digits(2)() ?? '';
    if (symbolCache.size > 20_000) symbolCache.clear();
    symbolCache.set(key, path);
  }
  return path;
}

/**
 * Reference values for the size legend: a round number just under the largest occupancy, then
 * smaller round numbers whose symbols stay distinct (at most three values).
 */
export function sizeLegendValues(maxOccupancy: number, scale: ScalePower<number, number>): number[] {
  if (!(maxOccupancy > 0)) return [];
  const top = roundDown(maxOccupancy);
  const values = [top];
  for (const candidate of [roundDown(top / 4), roundDown(top / 16)]) {
    const last = values[values.length - 1]!;
    if (candidate >= 1 && candidate < last && scale(last) - scale(candidate) >= 4 && scale(candidate) >= MIN_RADIUS + 1) {
      values.push(candidate);
    }
  }
  return values;
}

/** The largest 1, 2 or 5 × 10ⁿ not above `value` (for value ≥ 1). */
export function roundDown(value: number): number {
  if (value < 1) return value > 0 ? 1 : 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const leading = value / power;
  const step = leading >= 5 ? 5 : leading >= 2 ? 2 : 1;
  return step * power;
}
