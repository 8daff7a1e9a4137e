/**
 * Symbol sizes and shapes. Area is proportional to occupancy (a square-root scale of the radius);
 * the shape tells the centre type apart, at the same area whatever the shape.
 */
import { round1 } from '../path-text.ts';

export type CentreKind = 'asylum' | 'reception' | 'transit' | 'other';
export const CENTRE_KINDS: readonly CentreKind[] = ['asylum', 'reception', 'transit', 'other'];

/** The known types keep their name; any other free-text type is drawn as `other`. */
export function centreKind(type: string): CentreKind {
  return type === 'asylum' || type === 'reception' || type === 'transit' ? type : 'other';
}

/**
 * A symbol of `kind` with the area of a circle of radius `r`, around (0, 0): where its outline
 * starts, and the rest of the outline in relative commands rounded to `digits`. A symbol is
 * placed anywhere by writing its start alone; the rest is shared by every symbol of its kind
 * and size. The shapes are those of d3-shape's circle, square, triangle and diamond symbols
 * (same area for the same size), drawn here without d3-shape and d3-path, which the map would
 * otherwise bundle.
 */
export interface SymbolOutline {
  x: number;
  y: number;
  rest: string;
  /** The whole outline around (0, 0). */
  path: string;
}

const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);

function outlineOf(kind: CentreKind, r: number, digits: number): SymbolOutline {
  const k = 10 ** digits;
  const n = (value: number) => Math.round(value * k) / k;
  const size = Math.PI * r * r;
  let x: number;
  let y: number;
  let rest: string;
  if (kind === 'asylum') {
    // A whole circle as two arcs, from its rightmost point.
    const radius = n(r);
    const across = n(2 * r);
    x = r;
    y = 0;
    rest = r ? `a${radius},${radius},0,1,1,${-across},0a${radius},${radius},0,1,1,${across},0` : '';
  } else if (kind === 'reception') {
    const w = Math.sqrt(size);
    x = -w / 2;
    y = -w / 2;
    rest = `h${n(w)}v${n(w)}h${-n(w)}Z`;
  } else if (kind === 'transit') {
    // Apex up; the base's corners at (±√3 h, h).
    const h = Math.sqrt(size / (SQRT3 * 3));
    const half = n(SQRT3 * h);
    x = 0;
    y = -2 * h;
    rest = `l${half},${n(3 * h)}h${-2 * half}Z`;
  } else {
    const half = Math.sqrt(size / (TAN30 * 2));
    const side = n(half * TAN30);
    const down = n(half);
    x = 0;
    y = -half;
    rest = `l${side},${down}l${-side},${down}l${-side},${-down}Z`;
  }
  return { x, y, rest, path: `M${n(x)},${n(y)}${rest}` };
}

const outlineCache = new Map<number, SymbolOutline>();

/** A symbol's outline (see SymbolOutline). Radii are rounded to 0.05 px and outlines cached: thousands of centres share few. */
export function symbolOutline(kind: CentreKind, r: number, digits: 1 | 2): SymbolOutline {
  const steps = Math.round(r * 20);
  // A number key: no text to write for each of thousands of symbols.
  const key = (steps * CENTRE_KINDS.length + CENTRE_KINDS.indexOf(kind)) * 2 + digits - 1;
  let outline = outlineCache.get(key);
  if (outline === undefined) {
    outline = outlineOf(kind, steps / 20, digits);
    if (outlineCache.size > 20_000) outlineCache.clear();
    outlineCache.set(key, outline);
  }
  return outline;
}

/** Smallest radius drawn, so that an empty or tiny centre stays visible and can be pointed at. */
export const MIN_RADIUS = 2.5;

/** Largest symbol radius for a map of this size and number of centres. */
export function maxRadius(width: number, height: number, count: number): number {
  const base = Math.min(32, Math.max(10, Math.min(width, height) / 14));
  // Many centres share the space: shrink so that the map is not one blot.
  const crowding = Math.min(1, Math.max(0.3, Math.sqrt(40 / Math.max(1, count))));
  return Math.max(6, base * crowding);
}

/** Occupancy → radius in px. */
export type SizeScale = (occupancy: number) => number;

/** Radius from occupancy: sqrt scale from 0, the largest occupancy at `max` px (area proportional to occupancy). */
export function sizeScale(maxOccupancy: number, max: number): SizeScale {
  const top = Math.sqrt(Math.max(1, maxOccupancy));
  return (occupancy) => max * (Math.sqrt(occupancy) / top);
}

/** The radius drawn for an occupancy (unknown occupancy is drawn at the minimum). */
export function radiusFor(scale: SizeScale, occupancy: number | null): number {
  if (occupancy === null) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, scale(occupancy));
}

/** A symbol at (x, y), to one decimal: its start written for the place, the rest of its outline shared. */
export function placedSymbol(kind: CentreKind, r: number, x: number, y: number): string {
  const outline = symbolOutline(kind, r, 1);
  return `M${round1(x + outline.x)},${round1(y + outline.y)}${outline.rest}`;
}

/** A symbol path of a centre kind of radius `r` (the area of a circle of that radius) around (0, 0), to two decimals. */
export function symbolPath(kind: CentreKind, r: number): string {
  return symbolOutline(kind, r, 2).path;
}

/**
 * Reference values for the size legend: a round number just under the largest occupancy, then
 * smaller round numbers whose symbols stay distinct (at most three values).
 */
export function sizeLegendValues(maxOccupancy: number, scale: SizeScale): number[] {
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
