/**
 * The map projection, fitted to the centres (not to the basemap) with room for the symbols.
 * Conformal conic for mid-latitude areas such as Europe (shapes and angles true, little area
 * distortion at this scale); Mercator when the centres straddle the equator or reach the poles.
 */
import { geoConicConformal, geoMercator, type GeoProjection } from 'd3-geo';
import type { Extent } from '../../geo/types.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Smallest span fitted, in degrees: one centre still shows its surroundings. */
export const MIN_SPAN = 1.5;

/**
 * Latitudes are drawn within ±85°: Mercator sends the poles to infinity, and no reception
 * centre is nearer to them. A centre at 90° (valid data) is drawn on the map's edge.
 */
export const MAX_LATITUDE = 85;

export function drawableLatitude(lat: number): number {
  return Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
}

/** [west, south, east, north] of points; null when there are none. */
export function pointsExtent(points: ArrayLike<{ lon: number; lat: number }>): Extent | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  // Indexed: thousands of centres, before the engine has optimised anything.
  for (let index = 0; index < points.length; index += 1) {
    const { lon, lat: rawLat } = points[index]!;
    const lat = drawableLatitude(rawLat);
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

/** The extent widened to at least MIN_SPAN in each direction (around its middle), within the globe. */
export function widenExtent([west, south, east, north]: Extent): Extent {
  const grow = (low: number, high: number, min: number, max: number): [number, number] => {
    const span = high - low;
    if (span >= MIN_SPAN) return [low, high];
    const middle = (low + high) / 2;
    return [Math.max(min, middle - MIN_SPAN / 2), Math.min(max, middle + MIN_SPAN / 2)];
  };
  const [w, e] = grow(west, east, -180, 180);
  const [s, n] = grow(south, north, -89, 89);
  return [w, s, e, n];
}

/** Geographic margin around the centres, as a share of their larger span (at least MIN_MARGIN degrees). */
export const MARGIN = 0.15;
export const MIN_MARGIN = 0.4;

/** The area a map of these centres shows: their extent, widened for a lone centre, with a margin for context. */
export function frameExtent(extent: Extent): Extent {
  const [west, south, east, north] = widenExtent(extent);
  const pad = Math.max(MIN_MARGIN, MARGIN * Math.max(east - west, north - south));
  return [Math.max(-180, west - pad), Math.max(-89, south - pad), Math.min(180, east + pad), Math.min(89, north + pad)];
}

/** Points along the extent's edges (parallels curve in a conic projection, so corners are not enough). */
function outline([west, south, east, north]: Extent): { type: 'MultiPoint'; coordinates: number[][] } {
  const coordinates: number[][] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i += 1) {
    const lon = west + ((east - west) * i) / steps;
    const lat = south + ((north - south) * i) / steps;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** An unfitted projection suited to the extent. */
export function projectionFor(extent: Extent): GeoProjection {
  const [west, south, east, north] = widenExtent(extent);
  const centreLon = (west + east) / 2;
  if (south < 5 && north > -5) return geoMercator().rotate([-centreLon, 0]);
  if (Math.max(Math.abs(south), Math.abs(north)) > 80) return geoMercator().rotate([-centreLon, 0]);
  // Standard parallels at one sixth from each edge: the usual choice for a conformal conic.
  const span = north - south;
  return geoConicConformal()
    .rotate([-centreLon, 0])
    .parallels([south + span / 6, north - span / 6]);
}

/** The projection fitted so that the extent (with its margin) fills width × height inside the padding. */
export function fitProjection(extent: Extent, width: number, height: number, padding: Padding): GeoProjection {
  const wide = frameExtent(extent);
  const x0 = Math.min(padding.left, width / 2 - 1);
  const y0 = Math.min(padding.top, height / 2 - 1);
  const x1 = Math.max(x0 + 1, width - padding.right);
  const y1 = Math.max(y0 + 1, height - padding.bottom);
  return projectionFor(wide).fitExtent([[x0, y0], [x1, y1]], outline(wide) as never);
}

/** What decides where a projection draws (type, fit and clipping): equal keys, equal drawings. */
export function projectionKey(projection: GeoProjection): string {
  const conic = projection as GeoProjection & { parallels?: () => [number, number] };
  return JSON.stringify([
    conic.parallels?.() ?? null,
    projection.scale(),
    projection.translate(),
    projection.rotate(),
    projection.center(),
    projection.angle(),
    projection.clipExtent(),
    projection.precision(),
  ]);
}

/**
 * A height for the map at this width: the extent's own proportions, kept between a landscape
 * 16:10 and a square so the map neither towers over the text nor shrinks to a strip.
 */
export function mapHeight(extent: Extent, width: number, padding: Padding): number {
  const wide = frameExtent(extent);
  const probe = projectionFor(wide).fitWidth(Math.max(1, width - padding.left - padding.right), outline(wide) as never);
  const points = outline(wide).coordinates.map((point) => probe(point as [number, number]) ?? [0, 0]);
  const ys = points.map((point) => point[1]!);
  const natural = Math.max(...ys) - Math.min(...ys) + padding.top + padding.bottom;
  const lower = Math.max(200, width * 0.625);
  const upper = Math.max(lower, width);
  return Math.round(Math.min(upper, Math.max(lower, natural)));
}

/** The [west, south, east, north] a fitted projection shows in width × height (sampled along the frame). */
export function visibleExtent(projection: GeoProjection, width: number, height: number): Extent | null {
  if (!projection.invert) return null;
  const lons: number[] = [];
  const lats: number[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i += 1) {
    for (const [x, y] of [
      [(width * i) / steps, 0],
      [(width * i) / steps, height],
      [0, (height * i) / steps],
      [width, (height * i) / steps],
    ] as [number, number][]) {
      const point = projection.invert([x, y]);
      if (point && Number.isFinite(point[0]) && Number.isFinite(point[1])) {
        lons.push(point[0]);
        lats.push(point[1]);
      }
    }
  }
  if (lons.length === 0) return null;
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
