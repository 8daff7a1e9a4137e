/**
 * A GeoJSON object through a d3-geo projection (which clips and resamples it), read in one pass
 * as the map needs it: its SVG path text (numbers to one decimal, as `geoPath().digits(1)`
 * writes them) and, for polygons, their area and area-weighted centroid in pixels, as
 * `geoPath` measures them. `geoPath` itself also carries lengths, bounds, point circles and
 * canvas drawing, which the map never uses.
 */
import { geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { close, L, M, putPoint, takeText } from '../layout/path-text.ts';

export interface ProjectedShape {
  /** Path text; empty when nothing is in view. */
  d: string;
  /** Area in px² of the polygons in view (each polygon's rings summed with their winding, so holes count against). */
  area: number;
  /** Area-weighted centroid of the polygons in view; null when they have no area there. */
  centroid: [number, number] | null;
}

/** Read `object` through `projection`; `text: false` measures without writing the path. */
export function projectShape(object: GeoPermissibleObjects, projection: GeoProjection, text = true): ProjectedShape {
  let inPolygon = false;
  let firstOfLine = true;
  // The previous point, and the first of the ring (to close it).
  let x0 = 0;
  let y0 = 0;
  let xFirst = 0;
  let yFirst = 0;
  let ringsArea = 0;
  let area = 0;
  let cx = 0;
  let cy = 0;
  let cz = 0;
  /** The edge (xa, ya) → (xb, yb) of a ring: the shoelace terms of area and centroid. */
  const edge = (xa: number, ya: number, xb: number, yb: number): void => {
    const z = ya * xb - xa * yb;
    ringsArea += z;
    cx += z * (xa + xb);
    cy += z * (ya + yb);
    cz += z * 3;
  };
  geoStream(
    object,
    projection.stream({
      point(x: number, y: number) {
        if (text) putPoint(firstOfLine ? M : L, x, y);
        if (!inPolygon) {
          firstOfLine = false;
          return;
        }
        if (firstOfLine) {
          xFirst = x;
          yFirst = y;
        } else edge(x0, y0, x, y);
        x0 = x;
        y0 = y;
        firstOfLine = false;
      },
      lineStart() {
        firstOfLine = true;
      },
      lineEnd() {
        if (!inPolygon) return;
        if (!firstOfLine) edge(x0, y0, xFirst, yFirst);
        if (text) close();
      },
      polygonStart() {
        inPolygon = true;
      },
      polygonEnd() {
        inPolygon = false;
        area += Math.abs(ringsArea);
        ringsArea = 0;
      },
      sphere() {},
    }),
  );
  return { d: text ? takeText() : '', area: area / 2, centroid: cz ? [cx / cz, cy / cz] : null };
}
