/**
 * Decimation to the pixel grid that keeps every peak and trough and every gap
 * (M4: first, last, minimum and maximum of each pixel column).
 *
 * Points are grouped into buckets: consecutive indices in the same pixel column with the same
 * pattern of known/unknown values. A bucket keeps its first and last index and, for each
 * layer, the index of its minimum and maximum. A bucket of unknowns keeps its first index, so
 * a gap is never bridged. Output stays in time order; size ≤ columns × (2 + 2 × layers) plus gaps.
 * The kept points' x come out with them, so nobody walks the kept indices again to look them up.
 */
export function decimateIndices(
  from: number,
  to: number,
  /** Pixel x of each index: `xs[i - from]` (its column is the whole pixel). */
  xs: Float64Array,
  layers: readonly Float64Array[],
): { keep: Int32Array; xs: Float64Array } {
  const out = new Int32Array(Math.max(0, to - from));
  const outXs = new Float64Array(out.length);
  let count = 0;
  // At most first, last and a min and a max per layer: a small reused buffer, sorted by insertion.
  const picks = new Int32Array(2 + 2 * layers.length);
  const single = layers.length === 1 ? layers[0]! : null;
  let i = from;
  // Plain typed-array reads in the loop over every point: it often runs before being optimised.
  let nextColumn = from < to ? Math.floor(xs[0]!) : 0;
  while (i < to) {
    const col = nextColumn;
    // One layer (lines): the pattern test inline, against the bucket's first point read once, as this runs for every point.
    const unknown = single ? Number.isNaN(single[i]!) : false;
    let end = i + 1;
    for (; end < to; end += 1) {
      nextColumn = Math.floor(xs[end - from]!);
      if (nextColumn !== col) break;
      if (single ? Number.isNaN(single[end]!) !== unknown : !samePattern(layers, i, end)) break;
    }
    let n = 0;
    picks[n++] = i;
    let anyKnown = false;
    for (let l = 0; l < layers.length; l += 1) {
      const layer = layers[l]!;
      if (Number.isNaN(layer[i]!)) continue;
      anyKnown = true;
      let lo = i;
      let hi = i;
      let loValue = layer[i]!;
      let hiValue = loValue;
      for (let k = i + 1; k < end; k += 1) {
        const v = layer[k]!;
        if (v < loValue) {
          loValue = v;
          lo = k;
        } else if (v > hiValue) {
          hiValue = v;
          hi = k;
        }
      }
      picks[n++] = lo;
      picks[n++] = hi;
    }
    if (anyKnown) picks[n++] = end - 1;
    for (let a = 1; a < n; a += 1) {
      const v = picks[a]!;
      let b = a - 1;
      while (b >= 0 && picks[b]! > v) {
        picks[b + 1] = picks[b]!;
        b -= 1;
      }
      picks[b + 1] = v;
    }
    let previous = -1;
    for (let a = 0; a < n; a += 1) {
      const index = picks[a]!;
      if (index !== previous) {
        out[count] = index;
        outXs[count++] = xs[index - from]!;
      }
      previous = index;
    }
    i = end;
  }
  return { keep: out.slice(0, count), xs: outXs.slice(0, count) };
}

function samePattern(layers: readonly Float64Array[], a: number, b: number): boolean {
  // Indexed, not for…of: called for every point, often before the code is optimised.
  for (let l = 0; l < layers.length; l += 1) {
    const layer = layers[l]!;
    if (Number.isNaN(layer[a]!) !== Number.isNaN(layer[b]!)) return false;
  }
  return true;
}

/** Consecutive indices [from, to) as an index list (when no decimation is needed). */
export function rangeIndices(from: number, to: number): Int32Array {
  const out = new Int32Array(Math.max(0, to - from));
  for (let k = 0; k < out.length; k += 1) out[k] = from + k;
  return out;
}
