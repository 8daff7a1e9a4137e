/**
 * Path strings for one series from pixel coordinates: lines (or stacked areas) split at
 * unknown values, with estimated stretches in separate paths so they can be drawn dashed or
 * lighter. A known value with unknowns on both sides has no segment: it becomes a dot.
 */
import { close, L, M, putPoint, round1, takeText } from '../path-text.ts';

export interface SeriesShapes {
  /** Known, measured stretches. */
  line: string;
  /** Stretches touching an estimate (drawn dashed). */
  estimateLine: string;
  /** Stacked areas only (empty for lines). */
  area: string;
  estimateArea: string;
  /** Isolated known points (no neighbour to join). */
  dots: { x: number; y: number; estimate: boolean }[];
}

export interface ShapeInput {
  /** Point count. */
  n: number;
  x: Float64Array;
  /** Top (value or stacked top); NaN = unknown. */
  y: Float64Array;
  /** Stacked base; omitted for lines. */
  y0?: Float64Array;
  estimate: Uint8Array;
}

/** `M x,y L x,y …` over points a…b. */
export function linePath(x: Float64Array, y: Float64Array, a: number, b: number): string {
  putLine(x, y, a, b);
  return takeText();
}

function putLine(x: Float64Array, y: Float64Array, a: number, b: number): void {
  putPoint(M, x[a]!, y[a]!);
  for (let k = a + 1; k <= b; k += 1) putPoint(L, x[k]!, y[k]!);
}

/** The band between `y` (forwards) and `y0` (backwards), closed. */
function areaPath(x: Float64Array, y: Float64Array, y0: Float64Array, a: number, b: number): string {
  putLine(x, y, a, b);
  for (let k = b; k >= a; k -= 1) putPoint(L, x[k]!, y0[k]!);
  close();
  return takeText();
}

export function seriesShapes(input: ShapeInput): SeriesShapes {
  const { n, x, y, y0, estimate } = input;
  let solid = '';
  let dashed = '';
  let solidArea = '';
  let dashedArea = '';
  const dots: SeriesShapes['dots'] = [];

  const flush = (a: number, b: number, isEstimate: boolean): void => {
    if (b - a < 1) return;
    const d = linePath(x, y, a, b);
    const fill = y0 ? areaPath(x, y, y0, a, b) : '';
    if (isEstimate) {
      dashed += d;
      dashedArea += fill;
    } else {
      solid += d;
      solidArea += fill;
    }
  };

  let k = 0;
  while (k < n) {
    if (Number.isNaN(y[k]!)) {
      k += 1;
      continue;
    }
    // A run of known values [k, end).
    let end = k + 1;
    while (end < n && !Number.isNaN(y[end]!)) end += 1;
    if (end - k === 1) {
      dots.push({ x: round1(x[k]!), y: round1(y[k]!), estimate: estimate[k] === 1 });
    } else {
      // Segments j→j+1 touching an estimate go to the estimate path; stretches share end points.
      let start = k;
      let current = estimate[k] === 1 || estimate[k + 1] === 1;
      for (let j = k + 1; j < end - 1; j += 1) {
        const segment = estimate[j] === 1 || estimate[j + 1] === 1;
        if (segment !== current) {
          flush(start, j, current);
          start = j;
          current = segment;
        }
      }
      flush(start, end - 1, current);
    }
    k = end;
  }
  return { line: solid, estimateLine: dashed, area: solidArea, estimateArea: dashedArea, dots };
}
