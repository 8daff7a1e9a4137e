/**
 * Path strings for one series from pixel coordinates: lines (or stacked areas) split at
 * unknown values, with estimated stretches in separate paths so they can be drawn dashed or
 * lighter. A known value with unknowns on both sides has no segment: it becomes a dot.
 */

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

/**
 * `String(round1(v))`: the same text (one decimal, none when it is 0). Used where a path's
 * numbers cannot be written as plain digits (see `PathWriter`).
 */
function text1(v: number): string {
  return `${Math.round(v * 10) / 10}`;
}

/**
 * Path text is written as ASCII bytes into one reused buffer and read out as a string once per
 * path: a long series draws thousands of points, and building their text piece by piece made
 * more garbage than everything else in a first render.
 */
let bytes = new Uint8Array(1 << 16);
let written = 0;
const decoder = new TextDecoder('latin1');

/** Room for `count` more bytes. Called once per point, so writing the point's bytes needs no checks (and no calls). */
function reserve(count: number): void {
  if (written + count <= bytes.length) return;
  const bigger = new Uint8Array(Math.max(bytes.length * 2, written + count));
  bigger.set(bytes);
  bytes = bigger;
}

/** The most bytes `putNumber` writes: JavaScript's longest text of a number (`-1.2345678901234567e+308`) and then some. */
const NUMBER_BYTES = 32;

/** `v` rounded to one decimal, as `text1` writes it; room reserved by the caller. */
function putNumber(v: number): void {
  let tenths = Math.round(v * 10);
  if (!(Math.abs(tenths) < 2 ** 31)) {
    // NaN, infinities or huge values: rare, written as JavaScript writes them.
    const text = text1(v);
    for (let i = 0; i < text.length; i += 1) bytes[written++] = text.charCodeAt(i);
    return;
  }
  if (tenths < 0) {
    bytes[written++] = 45; // -
    tenths = -tenths;
  }
  const decimal = tenths % 10;
  let whole = (tenths - decimal) / 10;
  // The digits go in backwards, from the end of the number.
  let end = written + 1;
  for (let rest = whole; rest >= 10; rest = (rest / 10) | 0) end += 1;
  written = end;
  do {
    bytes[--end] = 48 + (whole % 10);
    whole = (whole / 10) | 0;
  } while (whole > 0);
  if (decimal) {
    bytes[written++] = 46; // .
    bytes[written++] = 48 + decimal;
  }
}

/** `command x,y`. */
function putPoint(command: number, x: number, y: number): void {
  reserve(2 + 2 * NUMBER_BYTES);
  bytes[written++] = command;
  putNumber(x);
  bytes[written++] = 44; // ,
  putNumber(y);
}

/** The text written since `written` was set to 0. */
function takeText(): string {
  const text = decoder.decode(bytes.subarray(0, written));
  written = 0;
  return text;
}

const M = 77;
const L = 76;
const Z = 90;

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
  reserve(1);
  bytes[written++] = Z;
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
