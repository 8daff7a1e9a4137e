import { geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { BASEMAP_NAMES, basemapExtent, loadBasemap } from '../../../src/core/geo/basemaps.ts';
import { graticule } from '../../../src/core/geo/graticule.ts';
import { projectShape } from '../../../src/core/geo/projected.ts';
import { fitProjection } from '../../../src/core/layout/map/projection.ts';

const padding = { top: 10, right: 10, bottom: 10, left: 10 };

/** Map-like projections: fitted to an extent and clipped a little outside the picture, as the map draws. */
function projections(extents: [number, number, number, number][]): GeoProjection[] {
  return extents.flatMap((extent) =>
    [[640, 480], [320, 320], [1200, 500]].map(([width, height]) =>
      fitProjection(extent, width!, height!, padding).clipExtent([[-4, -4], [width! + 4, height! + 4]]),
    ),
  );
}

/** What d3-geo's geoPath gives, for comparison. */
function d3Shape(object: never, projection: GeoProjection) {
  const path = geoPath(projection).digits(1);
  const centroid = path.centroid(object);
  return { d: path(object) ?? '', area: path.area(object), centroid: Number.isFinite(centroid[0]) ? centroid : null };
}

describe('projectShape', () => {
  it("writes the path text d3-geo's geoPath writes, and measures each polygon as it does, for every shipped outline", async () => {
    let compared = 0;
    for (const name of BASEMAP_NAMES) {
      const basemap = await loadBasemap(name);
      // The basemap's own frame, and a close-up that cuts through outlines.
      const [west, south, east, north] = basemapExtent(name);
      const middle: [number, number, number, number] = [(west + east) / 2 - 2, (south + north) / 2 - 1.5, (west + east) / 2 + 2, (south + north) / 2 + 1.5];
      for (const projection of projections([[west, south, east, north], middle])) {
        for (const shape of basemap.shapes) {
          const ours = projectShape(shape as never, projection);
          const theirs = d3Shape(shape as never, projection);
          expect(ours.d).toBe(theirs.d);
          const polygons = shape.geometry.type === 'Polygon' || shape.geometry.type === 'MultiPolygon';
          if (!polygons) continue;
          expect(ours.area).toBeCloseTo(theirs.area, 6);
          if (ours.area > 1e-6) {
            expect(ours.centroid![0]).toBeCloseTo(theirs.centroid![0], 6);
            expect(ours.centroid![1]).toBeCloseTo(theirs.centroid![1], 6);
          }
          // Measuring alone gives the same measures.
          expect(projectShape(shape as never, projection, false)).toEqual({ ...ours, d: '' });
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('gives no centroid and no text for what is out of view', () => {
    const [projection] = projections([[19, 42, 23, 46]]);
    const faraway = { type: 'Polygon', coordinates: [[[100, 10], [100, 20], [110, 20], [110, 10], [100, 10]]] } as never;
    expect(projectShape(faraway, projection!)).toEqual({ d: '', area: 0, centroid: null });
  });
});

describe('graticule', () => {
  it("is d3-geo's graticule at the steps the map uses", () => {
    for (const step of [0.5, 1, 2, 5, 10, 15, 30]) {
      expect(graticule(step)).toEqual(geoGraticule().step([step, step]).precision(step / 4)());
    }
  });
});
