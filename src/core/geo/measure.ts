/**
 * Measures of outlines in longitude and latitude, worked out in the plane between their vertices.
 * d3-geo's spherical measures (area, bounds, centroid, containment) would add about 1.5 KB
 * compressed to every bundle with the map; for dense country outlines these give the same
 * answers (test/core/map/measure.test.ts checks them against d3 on the shipped basemaps).
 */
import type { BasemapShape } from './types.ts';

/** The rings or lines of a geometry, as lists of positions. */
export function partsOf(geometry: BasemapShape['geometry']): number[][][] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
  }
}

const RADIANS = Math.PI / 180;

/**
 * The area of a polygon on the unit sphere as d3-geo reads it (its exterior wound clockwise,
 * holes the other way; from 0 to 4π), measured in the equal-area plane of longitude and sine of
 * latitude. Each edge adds the strip between it and the south pole, its longitude step taken the
 * short way round: rings across the antimeridian are measured whole, and a ring around a pole
 * (its steps adding up to a full turn) encloses the side on its right, as in d3.
 */
export function polygonArea(rings: readonly number[][][]): number {
  let sum = 0;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      let step = ring[i]![0]! - ring[j]![0]!;
      step = step > 180 ? step - 360 : step < -180 ? step + 360 : step;
      sum += step * RADIANS * (2 + Math.sin(ring[i]![1]! * RADIANS) + Math.sin(ring[j]![1]! * RADIANS));
    }
  }
  // Half of each strip's height sum above; the sum taken round the sphere's 4π.
  return (((sum / 2) % (4 * Math.PI)) + 4 * Math.PI) % (4 * Math.PI);
}

/** Where the polygon's edges (holes included) cross the parallel `lat`, as longitudes in the order met. */
function crossings(polygon: number[][][], lat: number): number[] {
  const found: number[] = [];
  for (const ring of polygon) {
    // Positions read by index: no iterator made for each of thousands of vertices.
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const xi = ring[i]![0]!;
      const yi = ring[i]![1]!;
      const xj = ring[j]![0]!;
      const yj = ring[j]![1]!;
      if (yi > lat !== yj > lat) found.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
    }
  }
  return found;
}

/** Even-odd test in longitude and latitude: an odd number of edges crosses the parallel east of the point. */
export function polygonHolds(polygon: number[][][], lon: number, lat: number): boolean {
  return crossings(polygon, lat).filter((x) => x > lon).length % 2 === 1;
}

/** The centroid of a polygon in longitude and latitude (holes taken out), or null when it has no area. */
export function polygonCentroid(polygon: number[][][]): [number, number] | null {
  let doubleArea = 0;
  let lon = 0;
  let lat = 0;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const xi = ring[i]![0]!;
      const yi = ring[i]![1]!;
      const xj = ring[j]![0]!;
      const yj = ring[j]![1]!;
      const cross = xj * yi - xi * yj;
      doubleArea += cross;
      lon += (xi + xj) * cross;
      lat += (yi + yj) * cross;
    }
  }
  return doubleArea ? [lon / (3 * doubleArea), lat / (3 * doubleArea)] : null;
}

/**
 * A point inside the polygon near its middle: its centroid, or, when that falls outside (a
 * crescent such as Croatia's, a long coast such as Norway's), the middle of the widest stretch
 * of the centroid's parallel inside it.
 */
export function polygonMiddle(polygon: number[][][]): [number, number] | null {
  const centroid = polygonCentroid(polygon);
  if (!centroid || polygonHolds(polygon, centroid[0], centroid[1])) return centroid;
  const found = crossings(polygon, centroid[1]).sort((a, b) => a - b);
  let middle: [number, number] | null = null;
  let widest = 0;
  // Sorted crossings pair up into the stretches inside (even-odd).
  for (let index = 1; index < found.length; index += 2) {
    const width = found[index]! - found[index - 1]!;
    if (width > widest) {
      widest = width;
      middle = [found[index - 1]! + width / 2, centroid[1]];
    }
  }
  return middle;
}
