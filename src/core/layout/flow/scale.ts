/**
 * The two straight maps the timeline needs: time as UTC ms, and values, to pixels. Computed as
 * d3-scale's two-stop continuous scale does (same numbers), without its interpolators, colour
 * parsing and time formats, which a time axis labelled with Intl never uses. Round ticks follow
 * d3-array's `ticks` (written out: importing d3-array keeps all of its module-level code).
 */

export interface LinearScale {
  /** Pixel of a value (a Date counts as its UTC ms). */
  (value: number | Date): number;
  domain(): [number, number];
  range(): [number, number];
  /** Value at a pixel. */
  invert(px: number): number;
  /** Round values from the domain, about `count` of them. */
  ticks(count: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const map = (from0: number, from1: number, to0: number, to1: number) => {
    const span = from1 - from0;
    return (v: number): number => {
      const t = span ? (v - from0) / span : Number.isNaN(span) ? NaN : 0.5;
      return to0 * (1 - t) + to1 * t;
    };
  };
  const forward = map(d0, d1, r0, r1);
  const scale = ((value: number | Date) => forward(+value)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = map(r0, r1, d0, d1);
  scale.ticks = (count) => roundTicks(d0, d1, count);
  return scale;
}

/** A linear scale over UTC ms whose inverse is rounded to whole ms (as d3-scale's time scales). */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const scale = linearScale(domain, range);
  const invert = scale.invert;
  scale.invert = (px) => Math.round(invert(px));
  return scale;
}

/** [0, max] widened to round ends for about `count` ticks (d3-scale's `nice`). */
export function niceDomain(start: number, stop: number, count: number): [number, number] {
  const given: [number, number] = [start, stop];
  let prestep: number | undefined;
  for (let iteration = 0; iteration < 10; iteration += 1) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  // No round ends found: the domain stays as given.
  return given;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** First and last tick as multiples of the step, and the step (negative: its inverse). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) i1 += 1;
    if (i2 / inc > stop) i2 -= 1;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) i1 += 1;
    if (i2 * inc > stop) i2 -= 1;
  }
  if (i2 < i1 && count >= 0.5 && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/** Round values in [start, stop] (start ≤ stop), about `count` of them. */
function roundTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const values: number[] = [];
  for (let i = i1; i <= i2; i += 1) values.push(inc < 0 ? i / -inc : i * inc);
  return values;
}
