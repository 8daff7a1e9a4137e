/**
 * Path strings for one series from pixel coordinates: lines (or stacked areas) split at
 * unknown values, with estimated stretches in separate paths so they can be drawn dashed or
 * lighter. A known value with unknowns on both sides has no segment: it becomes a dot.
 */
import { area, line } from 'd3-shape';

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

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function seriesShapes(input: ShapeInput): SeriesShapes {
  const { n, x, y, y0, estimate } = input;
  const lineGen = line<number>()
    .x((k) => x[k]!)
    .y((k) => y[k]!)
    .digits(1);
  const areaGen = y0
    ? area<number>()
        .x((k) => x[k]!)
        .y0((k) => y0[k]!)
        .y1((k) => y[k]!)
        .digits(1)
    : null;
  let solid = '';
  let dashed = '';
  let solidArea = '';
  let dashedArea = '';
  const dots: SeriesShapes['dots'] = [];

  // Runs are index ranges: hand d3 views of one index array (no per-run arrays).
  const indices = new Int32Array(n);
  for (let k = 0; k < n; k += 1) indices[k] = k;
  const flush = (a: number, b: number, isEstimate: boolean): void => {
    if (b - a < 1) return;
    const run = indices.subarray(a, b + 1) as unknown as number[];
    const d = lineGen(run) ?? '';
    const fill = areaGen ? (areaGen(run) ?? '') : '';
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
