/**
 * Many centres (thousands) are drawn as a few hundred paths at most, grouped by look (colour
 * class, status) and by square of the map, instead of one element each: the browser then styles
 * and lays out few elements, and rasterises each path only in the tiles it reaches (one path
 * across the whole map is stroked and filled again for every tile). Within a look the larger
 * symbols come first; the looks go from hollow outlines up to over-capacity on top, so the most
 * urgent centres stay visible where symbols pile up.
 */
import type { MarkerModel } from './model.ts';
import type { RateClass } from './rate.ts';
import { placedSymbol } from './scales.ts';

/** From this many centres on, the map draws grouped paths. */
export const DENSE_THRESHOLD = 1000;

/** Side in px of the squares that cut the grouped paths (a divisor of the browser's 256 px raster tiles). */
export const GROUP_SQUARE = 128;

export interface MarkerGroup {
  /** `r0`…`r3`, `over`, `unknown`, `closed`, `standby` or `nodata`: what the symbols look like. */
  look: RateClass | 'closed' | 'standby' | 'nodata';
  d: string;
  count: number;
}

const ORDER: MarkerGroup['look'][] = ['nodata', 'closed', 'standby', 'unknown', 'r0', 'r1', 'r2', 'r3', 'over'];

/** How a marker looks: its status decides first (hollow outlines), then its colour class. */
export function lookOf(marker: Pick<MarkerModel, 'known' | 'status' | 'rateClass'>): MarkerGroup['look'] {
  if (!marker.known) return 'nodata';
  if (marker.status === 'closed' || marker.status === 'standby') return marker.status;
  return marker.rateClass;
}

/**
 * How far a symbol of radius `r` may reach from its centre, outline included: a diamond of the
 * same area as the circle reaches 1.65 r, and the heaviest outline adds 1 px (and antialiasing).
 */
const reachOf = (r: number) => 1.7 * r + 1.5;

/** Squares per row in a group key. */
const SQUARES = 256;

/**
 * The markers (already in draw order, largest first) as paths in drawing order: by look, then
 * by layer, then by square. A symbol goes in its square's path of the lowest layer that keeps
 * it above every larger symbol of its look that it may touch: the same layer when that symbol
 * is in the same square (earlier in the same path), a later one otherwise. Symbols that touch
 * nothing across a square's edge all stay in layer 0.
 */
export function markerGroups(markers: readonly MarkerModel[]): MarkerGroup[] {
  const count = markers.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const reaches = new Float64Array(count);
  let largest = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let index = 0; index < count; index += 1) {
    const { x, y, r } = markers[index]!;
    xs[index] = x;
    ys[index] = y;
    reaches[index] = reachOf(r);
    if (reaches[index]! > largest) largest = reaches[index]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  // A neighbour grid per look (only symbols of the same look share paths): symbols that may
  // touch lie in the same or an adjacent cell. Cells hold linked lists through `next`.
  const cell = Math.max(2 * largest, (x1 - x0) / 512, (y1 - y0) / 512, 1);
  const columns = count ? Math.floor((x1 - x0) / cell) + 1 : 0;
  const rows = count ? Math.floor((y1 - y0) / cell) + 1 : 0;
  const heads = new Int32Array(ORDER.length * columns * rows).fill(-1);
  const next = new Int32Array(count);
  const squares = new Int32Array(count);
  const layers = new Int32Array(count);
  // By look, then by layer and square (small-integer keys).
  const paths = ORDER.map(() => new Map<number, { d: string; count: number }>());
  for (let index = 0; index < count; index += 1) {
    const marker = markers[index]!;
    const look = ORDER.indexOf(lookOf(marker));
    const x = xs[index]!;
    const y = ys[index]!;
    const reach = reaches[index]!;
    const own = squareOf(y) * SQUARES + squareOf(x);
    const column = Math.floor((x - x0) / cell);
    const row = Math.floor((y - y0) / cell);
    let layer = 0;
    for (let j = Math.max(0, row - 1); j <= row + 1 && j < rows; j += 1) {
      for (let i = Math.max(0, column - 1); i <= column + 1 && i < columns; i += 1) {
        for (let other = heads[(look * rows + j) * columns + i]!; other >= 0; other = next[other]!) {
          const touch = reach + reaches[other]!;
          const dx = xs[other]! - x;
          const dy = ys[other]! - y;
          if (dx * dx + dy * dy >= touch * touch) continue;
          const needed = squares[other] === own ? layers[other]! : layers[other]! + 1;
          if (needed > layer) layer = needed;
        }
      }
    }
    squares[index] = own;
    layers[index] = layer;
    const at = (look * rows + row) * columns + column;
    next[index] = heads[at]!;
    heads[at] = index;
    const key = layer * SQUARES * SQUARES + own;
    let group = paths[look]!.get(key);
    if (!group) {
      group = { d: '', count: 0 };
      paths[look]!.set(key, group);
    }
    group.d += placedSymbol(marker.kind, marker.r, x, y);
    group.count += 1;
  }
  return paths.flatMap((groups, look) =>
    [...groups].sort((a, b) => a[0] - b[0]).map(([, group]) => ({ look: ORDER[look]!, d: group.d, count: group.count })),
  );
}

/** The square a coordinate falls in; squares further out share the outermost (correct, only culled less). */
function squareOf(value: number): number {
  const square = Math.floor(value / GROUP_SQUARE);
  return square < 0 ? 0 : square >= SQUARES ? SQUARES - 1 : square;
}

/**
 * The marker drawn topmost under (x, y) in the grouped drawing: the latest group, then the
 * latest in it, that contains the point (with a minimum target of `slop` px for tiny symbols).
 */
export function markerAt(markers: readonly MarkerModel[], x: number, y: number, slop = 4): MarkerModel | null {
  let best: MarkerModel | null = null;
  let bestRank = -1;
  markers.forEach((marker, index) => {
    const reach = Math.max(marker.r, slop);
    const dx = marker.x - x;
    const dy = marker.y - y;
    if (dx * dx + dy * dy > reach * reach) return;
    const rank = ORDER.indexOf(lookOf(marker)) * markers.length + index;
    if (rank > bestRank) {
      bestRank = rank;
      best = marker;
    }
  });
  return best;
}
