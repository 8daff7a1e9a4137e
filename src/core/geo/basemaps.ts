/**
 * The basemaps that ship with the package, and the automatic choice between them.
 * Both are Natural Earth country outlines (public domain) cut by scripts/basemaps.mjs:
 * `western-balkans` (1:50m) and `europe` (Europe and the Mediterranean, 1:110m).
 */
import { feature } from 'topojson-client';
import type { Basemap, BasemapShape, BasemapTopology, Extent } from './types.ts';

export const BASEMAP_NAMES = ['western-balkans', 'europe'] as const;
export type BasemapName = (typeof BASEMAP_NAMES)[number];

/** What each shipped basemap covers, [west, south, east, north] (its TopoJSON `bbox`, checked by a test). */
const EXTENTS: Readonly<Record<BasemapName, Extent>> = {
  'western-balkans': [12, 34.5, 31, 49.5],
  europe: [-25, 27, 50, 72],
};

/**
 * The outlines load on demand: in the ES module bundles each is a separate chunk, fetched from
 * the same place as the bundle, so pages that never show a map never download one.
 */
const TOPOLOGIES: Readonly<Record<BasemapName, () => Promise<{ default: BasemapTopology }>>> = {
  'western-balkans': () => import('./basemaps/western-balkans.ts'),
  europe: () => import('./basemaps/europe.ts'),
};

export function isBasemapName(value: unknown): value is BasemapName {
  return typeof value === 'string' && (BASEMAP_NAMES as readonly string[]).includes(value);
}

const loaded = new Map<BasemapName, Basemap>();
const loading = new Map<BasemapName, Promise<Basemap>>();

/** A shipped basemap as shapes, once loaded (shared: treat it as read-only); undefined before. */
export function namedBasemap(name: BasemapName): Basemap | undefined {
  return loaded.get(name);
}

/** Load a shipped basemap (once; later calls share the same promise). */
export function loadBasemap(name: BasemapName): Promise<Basemap> {
  let pending = loading.get(name);
  if (!pending) {
    pending = TOPOLOGIES[name]().then(({ default: topology }) => {
      const basemap = toBasemap(name, topology);
      loaded.set(name, basemap);
      return basemap;
    });
    loading.set(name, pending);
  }
  return pending;
}

function toBasemap(name: BasemapName, topology: BasemapTopology): Basemap {
  const collection = feature(topology as never, topology.objects.countries as never) as unknown as {
    features: { id?: string | number; geometry: BasemapShape['geometry'] | null }[];
  };
  const shapes: BasemapShape[] = [];
  for (const item of collection.features) {
    if (!item.geometry) continue;
    shapes.push({ type: 'Feature', id: String(item.id), properties: null, geometry: item.geometry });
  }
  return { key: name, shapes, bbox: basemapExtent(name) };
}

/** What a shipped basemap covers, [west, south, east, north]. */
export function basemapExtent(name: BasemapName): Extent {
  return EXTENTS[name];
}

export function contains(outer: Extent, inner: Extent): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

export function intersects(a: Extent, b: Extent): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * The shipped basemap for a map showing `view` ([west, south, east, north]): the most detailed
 * one that covers it whole, else `europe` when it overlaps Europe at all, else null (no
 * basemap: the centres are drawn on a graticule).
 */
export function basemapFor(view: Extent | null): BasemapName | null {
  if (!view) return 'western-balkans';
  if (contains(basemapExtent('western-balkans'), view)) return 'western-balkans';
  if (intersects(basemapExtent('europe'), view)) return 'europe';
  return null;
}
