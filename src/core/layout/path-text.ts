/**
 * SVG path text written as ASCII bytes into one reused buffer and read out as a string once per
 * path: a long series or a detailed outline has thousands of points, and building their text
 * piece by piece made more garbage than everything else in a first render. Numbers are rounded
 * to one decimal and written as JavaScript writes them (`String(Math.round(v * 10) / 10)`).
 */

/** A coordinate to one decimal, as path text writes it (a tenth of a pixel is finer than any screen shows). */
export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** `String(round1(v))`: the text for numbers that cannot be written as plain digits. */
function text1(v: number): string {
  return `${round1(v)}`;
}

let bytes = new Uint8Array(1 << 16);
let written = 0;
const latin1 = new TextDecoder('latin1');

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

export const M = 77;
export const L = 76;

/** `command x,y`. */
export function putPoint(command: number, x: number, y: number): void {
  reserve(2 + 2 * NUMBER_BYTES);
  bytes[written++] = command;
  putNumber(x);
  bytes[written++] = 44; // ,
  putNumber(y);
}

/** `Z`: close the subpath. */
export function close(): void {
  reserve(1);
  bytes[written++] = 90;
}

/** The text written since the last call. */
export function takeText(): string {
  const text = latin1.decode(bytes.subarray(0, written));
  written = 0;
  return text;
}
