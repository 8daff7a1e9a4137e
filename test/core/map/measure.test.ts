import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { basemapExtent, BASEMAP_NAMES, loadBasemap } from '../../../src/core/geo/basemaps.ts';
import { polygonArea, polygonCentroid, polygonHolds, polygonMiddle } from '../../../src/core/geo/measure.ts';
import { parseBasemap, shapesBounds } from '../../../src/core/geo/parse.ts';
import type { BasemapShape } from '../../../src/core/geo/types.ts';

/** Every polygon of the shipped basemaps, with the id of its country. */
async function shippedPolygons(): Promise<{ id: string; rings: number[][][] }[]> {
  const polygons: { id: string; rings: number[][][] }[] = [];
  for (const name of BASEMAP_NAMES) {
    for (const shape of (await loadBasemap(name)).shapes) {
      const { geometry } = shape;
      const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
      for (const rings of parts) polygons.push({ id: `${name}:${shape.id}`, rings });
    }
  }
  return polygons;
}

const asPolygon = (rings: number[][][]) => ({ type: 'Polygon', coordinates: rings }) as never;

/** A clockwise square (d3-geo's exterior winding) from (west, south) to (east, north), a vertex every degree. */
function square(west: number, south: number, east: number, north: number): number[][] {
  const ring: number[][] = [];
  for (let lat = south; lat < north; lat += 1) ring.push([west, lat]);
  for (let lon = west; lon < east; lon += 1) ring.push([lon, north]);
  for (let lat = north; lat > south; lat -= 1) ring.push([east, lat]);
  for (let lon = east; lon > west; lon -= 1) ring.push([lon, south]);
  ring.push([west, south]);
  return ring;
}

/** A parallel as a ring, a vertex every 10°, eastward or westward. */
function parallel(lat: number, eastward: boolean): number[][] {
  const ring: number[][] = [];
  for (let lon = -180; lon <= 180; lon += 10) ring.push([eastward ? lon : -lon, lat]);
  return ring;
}

const reversed = (ring: number[][]) => [...ring].reverse();

describe('polygonArea', () => {
  it('matches d3 geoArea on every shipped polygon, and picks the same largest polygon of each country', async () => {
    const largest = new Map<string, { d3: number; planar: number; d3Rings?: number[][][]; planarRings?: number[][][] }>();
    for (const { id, rings } of await shippedPolygons()) {
      const expected = geoArea(asPolygon(rings));
      const area = polygonArea(rings);
      // Outlines cut along a basemap's edge follow a parallel, which d3 reads as a great circle:
      // slivers so cut differ most, by a few per cent.
      expect(Math.abs(area - expected), id).toBeLessThan((expected > 1e-3 ? 0.05 : 0.1) * expected);
      const best = largest.get(id) ?? { d3: -1, planar: -1 };
      if (expected > best.d3) Object.assign(best, { d3: expected, d3Rings: rings });
      if (area > best.planar) Object.assign(best, { planar: area, planarRings: rings });
      largest.set(id, best);
    }
    for (const [id, best] of largest) expect(best.planarRings, id).toBe(best.d3Rings);
  });

  it('reads the winding as d3 does: clockwise, counter-clockwise, holes, across the antimeridian, around a pole', () => {
    const cases: number[][][][] = [
      [square(19, 43, 21, 45)],
      [reversed(square(19, 43, 21, 45))],
      [square(10, 40, 20, 50), reversed(square(14, 44, 16, 46))],
      [reversed(square(10, 40, 20, 50)), square(14, 44, 16, 46)],
      [square(170, -20, 190, -10).map(([lon, lat]) => [lon! > 180 ? lon! - 360 : lon!, lat!])],
      [reversed(square(170, -20, 190, -10)).map(([lon, lat]) => [lon! > 180 ? lon! - 360 : lon!, lat!])],
      [parallel(80, true)],
      [parallel(80, false)],
      [parallel(-75, true)],
      [parallel(-75, false)],
    ];
    for (const rings of cases) {
      const expected = geoArea(asPolygon(rings));
      const area = polygonArea(rings);
      expect(area > 2 * Math.PI).toBe(expected > 2 * Math.PI);
      expect(Math.abs(area - expected)).toBeLessThan(0.01 * Math.min(expected, 4 * Math.PI - expected));
    }
  });
});

describe('polygonHolds', () => {
  it('agrees with d3 geoContains on the shipped polygons, on a grid of points around each, but right by an edge', async () => {
    let points = 0;
    const differ: string[] = [];
    for (const { id, rings } of await shippedPolygons()) {
      const [[west, south], [east, north]] = geoBounds(asPolygon(rings));
      // Inner rows only: the outermost run along the basemap's straight-cut edges.
      for (let i = 0; i <= 6; i += 1) {
        for (let j = 1; j <= 5; j += 1) {
          // Off the grid of round numbers, so that no point sits on a vertex of a quantised outline.
          const lon = west + ((east - west) * (i + 0.013)) / 6;
          const lat = south + ((north - south) * (j + 0.017)) / 6;
          points += 1;
          if (polygonHolds(rings, lon, lat) !== geoContains(asPolygon(rings), [lon, lat])) differ.push(`${id} ${lon} ${lat}`);
        }
      }
    }
    // A point a hair from a long edge can fall on either side of a straight line and a great circle.
    expect(differ.length, differ.join('; ')).toBeLessThan(points * 0.005);
  });

  it('leaves holes out', () => {
    const rings = [square(10, 40, 20, 50), reversed(square(14, 44, 16, 46))];
    expect(polygonHolds(rings, 12, 42)).toBe(true);
    expect(polygonHolds(rings, 15, 45)).toBe(false);
    expect(polygonHolds(rings, 25, 45)).toBe(false);
  });
});

describe('polygonCentroid and polygonMiddle', () => {
  it('find the middle of a square, holes taken out', () => {
    expect(polygonCentroid([square(19, 43, 21, 45)])).toEqual([20, 44]);
    const [lon, lat] = polygonCentroid([square(10, 40, 20, 50), reversed(square(10, 40, 15, 50))])!;
    expect(lon).toBeCloseTo(17.5, 9);
    expect(lat).toBeCloseTo(45, 9);
  });

  it('keep within a degree of d3 geoCentroid on the shipped polygons, and always inside them', async () => {
    for (const { id, rings } of await shippedPolygons()) {
      const middle = polygonMiddle(rings);
      expect(middle, id).not.toBeNull();
      expect(geoContains(asPolygon(rings), middle!), id).toBe(true);
      const centroid = polygonCentroid(rings)!;
      const [lon, lat] = geoCentroid(asPolygon(rings));
      // Shapes cut by the basemap's edge (Russia, Norway's long coast) are the farthest apart.
      expect(Math.hypot(centroid[0] - lon, centroid[1] - lat), id).toBeLessThan(2);
    }
  });

  it('move a centroid that falls outside (a crescent) along its parallel into the widest part', () => {
    const crescent = [[[0, 0], [0, 10], [10, 10], [10, 8], [2, 8], [2, 2], [10, 2], [10, 0], [0, 0]]];
    expect(polygonHolds(crescent, ...polygonCentroid(crescent)!)).toBe(false);
    const [lon, lat] = polygonMiddle(crescent)!;
    expect(lon).toBe(1);
    expect(lat).toBeCloseTo(polygonCentroid(crescent)![1], 9);
  });
});

describe('shapesBounds', () => {
  it('match d3 geoBounds on the shipped basemaps but for its bulging great circles, within the extent each is cut to', async () => {
    for (const name of BASEMAP_NAMES) {
      const { shapes } = await loadBasemap(name);
      const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: shapes } as never);
      const bounds = shapesBounds(shapes)!;
      const [cutWest, cutSouth, cutEast, cutNorth] = basemapExtent(name);
      expect(bounds[0] >= cutWest && bounds[1] >= cutSouth && bounds[2] <= cutEast && bounds[3] <= cutNorth, name).toBe(true);
      [west, south, east, north].forEach((value, index) => expect(Math.abs(bounds[index]! - value), name).toBeLessThan(0.2));
    }
  });

  const shape = (coordinates: number[][][][]): BasemapShape => ({ type: 'Feature', properties: null, geometry: { type: 'MultiPolygon', coordinates } });
  const wrap = (ring: number[][]) => ring.map(([lon, lat]) => [lon! > 180 ? lon! - 360 : lon!, lat!]);

  it('lie across the antimeridian, west greater than east, as d3 geoBounds, for outlines cut at ±180', () => {
    // Fiji and Russia's far east, as Natural Earth cuts them.
    const fiji = shape([[square(177, -19, 180, -16)], [wrap(square(180, -18, 182, -16))]]);
    const chukotka = shape([[square(140, 60, 180, 70)], [wrap(square(180, 64, 190, 69))]]);
    for (const shapes of [[fiji], [chukotka], [fiji, chukotka]]) {
      const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: shapes } as never);
      const bounds = shapesBounds(shapes)!;
      expect(bounds[0]).toBeGreaterThan(bounds[2]);
      [west, south, east, north].forEach((value, index) => expect(bounds[index]).toBeCloseTo(value, 0));
    }
  });

  it('span every longitude for outlines around the globe', () => {
    const world = [shape([[square(-180, -60, -1, 70)], [square(1, -40, 180, 75)]])];
    expect(shapesBounds(world)).toEqual([-180, -60, 180, 75]);
  });

  it('come with a parsed basemap, its rings turned the way d3 reads them', () => {
    const result = parseBasemap({ type: 'Polygon', coordinates: [reversed(wrap(square(170, -20, 190, -10)))] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(geoArea(result.basemap.shapes[0] as never)).toBeLessThan(0.1);
    expect(result.basemap.bbox).toEqual([170, -20, -170, -10]);
  });
});
