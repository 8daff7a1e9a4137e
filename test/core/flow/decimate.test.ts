import { describe, expect, it } from 'vitest';
import { decimateIndices } from '../../../src/core/layout/flow/decimate.ts';
import { random } from './fixtures.ts';

function noisy(n: number, seed: number, gapEvery = 0): Float64Array {
  const rnd = random(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) out[i] = gapEvery && i % gapEvery < 3 ? Number.NaN : Math.round(rnd() * 1000 * (rnd() < 0.01 ? 10 : 1));
  return out;
}

/** Min and max of the known values per pixel column. */
function extremes(values: Float64Array, indices: ArrayLike<number>, column: (i: number) => number) {
  const map = new Map<number, [number, number]>();
  for (let k = 0; k < indices.length; k += 1) {
    const i = indices[k]!;
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const c = column(i);
    const m = map.get(c);
    if (!m) map.set(c, [v, v]);
    else map.set(c, [Math.min(m[0], v), Math.max(m[1], v)]);
  }
  return map;
}

/** Pixel x of each index in [from, to), as decimateIndices takes them. */
function pixelXs(from: number, to: number, x: (i: number) => number): Float64Array {
  return Float64Array.from({ length: to - from }, (_, k) => x(from + k));
}

describe('decimateIndices', () => {
  const n = 73_000;
  const width = 700;
  const column = (i: number) => Math.floor((i / n) * width);
  const xs = pixelXs(0, n, (i) => (i / n) * width);

  it('keeps the minimum and maximum of every pixel column', () => {
    const values = noisy(n, 7, 400);
    const { keep: kept, xs: keptXs } = decimateIndices(0, n, xs, [values]);
    expect(kept.length).toBeLessThan(width * 8);
    const all = Array.from({ length: n }, (_, i) => i);
    expect(extremes(values, kept, column)).toEqual(extremes(values, all, column));
    // Each kept point comes with its own x.
    expect([...keptXs]).toEqual([...kept].map((i) => xs[i]));
  });

  it('keeps every gap: an unknown value between the same known neighbours', () => {
    const values = noisy(n, 3, 251);
    const { keep: kept } = decimateIndices(0, n, xs, [values]);
    // Runs of known values in the original, mapped to the kept sequence: same count of runs.
    const runs = (seq: ArrayLike<number>) => {
      let count = 0;
      let inRun = false;
      for (let k = 0; k < seq.length; k += 1) {
        const known = !Number.isNaN(values[seq[k]!]!);
        if (known && !inRun) count += 1;
        inRun = known;
      }
      return count;
    };
    expect(runs(kept)).toBe(runs(Array.from({ length: n }, (_, i) => i)));
  });

  it('keeps indices in time order and within range', () => {
    const values = noisy(5000, 9);
    const { keep: kept, xs: keptXs } = decimateIndices(100, 4900, pixelXs(100, 4900, (i) => i / 37), [values]);
    for (let k = 1; k < kept.length; k += 1) expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
    expect(kept[0]).toBe(100);
    expect(kept[kept.length - 1]).toBe(4899);
    expect([...keptXs]).toEqual([...kept].map((i) => i / 37));
  });

  it('keeps each layer’s extremes when layers are decimated together', () => {
    const a = noisy(20_000, 1);
    const b = noisy(20_000, 2);
    const col = (i: number) => Math.floor(i / 50);
    const { keep: kept } = decimateIndices(0, 20_000, pixelXs(0, 20_000, (i) => i / 50), [a, b]);
    const all = Array.from({ length: 20_000 }, (_, i) => i);
    expect(extremes(a, kept, col)).toEqual(extremes(a, all, col));
    expect(extremes(b, kept, col)).toEqual(extremes(b, all, col));
  });
});
