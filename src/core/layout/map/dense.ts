/**
 * Many centres (thousands) are drawn as a few paths, one per look (colour class, status),
 * instead of one element each: the browser then styles and lays out a handful of elements.
 * Within a path the larger symbols come first; the paths go from hollow outlines up to
 * over-capacity on top, so the most urgent centres stay visible where symbols pile up.
 */
import type { MarkerModel } from './model.ts';
import type { RateClass } from './rate.ts';
import { SymbolWriter } from './scales.ts';

/** From this many centres on, the map draws grouped paths. */
export const DENSE_THRESHOLD = 1000;

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

/** The markers (already in draw order, largest first) as one path per look, in drawing order. */
export function markerGroups(markers: readonly MarkerModel[]): MarkerGroup[] {
  const paths = new Map<MarkerGroup['look'], { context: SymbolWriter; count: number }>();
  for (const marker of markers) {
    const look = lookOf(marker);
    let group = paths.get(look);
    if (!group) {
      group = { context: new SymbolWriter(1), count: 0 };
      paths.set(look, group);
    }
    group.context.x = marker.x;
    group.context.y = marker.y;
    group.context.draw(marker.kind, marker.r);
    group.count += 1;
  }
  return ORDER.filter((look) => paths.has(look)).map((look) => ({ look, d: paths.get(look)!.context.text, count: paths.get(look)!.count }));
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
