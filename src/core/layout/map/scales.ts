/**
 * Symbol sizes and shapes. Area is proportional to occupancy (a square-root scale of the radius);
 * the shape tells the centre type apart, at the same area whatever the shape.
 */

export type CentreKind = 'asylum' | 'reception' | 'transit' | 'other';
export const CENTRE_KINDS: readonly CentreKind[] = ['asylum', 'reception', 'transit', 'other'];

/** The known types keep their name; any other free-text type is drawn as `other`. */
export function centreKind(type: string): CentreKind {
  return type === 'asylum' || type === 'reception' || type === 'transit' ? type : 'other';
}

/**
 * Writes symbols as SVG path text, offset by (x, y) and rounded to `digits`. The shapes and the
 * text are those of d3-shape's circle, square, triangle and diamond symbols (same area for the
 * same size), drawn here without d3-shape and d3-path, which the map would otherwise bundle.
 */
export class SymbolWriter {
  text = '';
  x = 0;
  y = 0;
  readonly #k: number;

  constructor(digits: number) {
    this.#k = 10 ** digits;
  }

  #n(value: number): number {
    return Math.round(value * this.#k) / this.#k;
  }

  #point(command: string, x: number, y: number): void {
    this.text += `${command}${this.#n(this.x + x)},${this.#n(this.y + y)}`;
  }

  /** Appends a symbol of `kind` with the area of a circle of radius `r`. */
  draw(kind: CentreKind, r: number): void {
    const size = Math.PI * r * r;
    if (kind === 'asylum') {
      // A whole circle as two arcs, from its rightmost point.
      const radius = Math.sqrt(size / Math.PI);
      const rr = this.#n(radius);
      this.#point('M', radius, 0);
      if (!radius) return;
      this.#point(`A${rr},${rr},0,1,1,`, -radius, 0);
      this.#point(`A${rr},${rr},0,1,1,`, radius, 0);
    } else if (kind === 'reception') {
      const w = Math.sqrt(size);
      this.#point('M', -w / 2, -w / 2);
      this.text += `h${this.#n(w)}v${this.#n(w)}h${this.#n(-w)}Z`;
    } else if (kind === 'transit') {
      const y = -Math.sqrt(size / (SQRT3 * 3));
      this.#point('M', 0, y * 2);
      this.#point('L', -SQRT3 * y, -y);
      this.#point('L', SQRT3 * y, -y);
      this.text += 'Z';
    } else {
      const y = Math.sqrt(size / (TAN30 * 2));
      const x = y * TAN30;
      this.#point('M', 0, -y);
      this.#point('L', x, 0);
      this.#point('L', 0, y);
      this.#point('L', -x, 0);
      this.text += 'Z';
    }
  }
}

const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);

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
    const writer = new SymbolWriter(2);
    writer.draw(kind, rounded);
    path = writer.text;
    if (symbolCache.size > 20_000) symbolCache.clear();
    symbolCache.set(key, path);
  }
  return path;
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
