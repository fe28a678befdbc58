/**
 * Extents of chart data that ignore non-finite values and never collapse to a zero-width domain
 * (a flat line still gets a readable axis).
 */

/** [min, max] of the finite values; [0, 1] when there are none. */
export function finiteExtent(arrays: readonly ArrayLike<number>[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return [0, 1];
  // a constant or near-constant series (spread below a millionth of its size, e.g. rounding
  // noise) gets a padded axis around its value instead of ticks like 0.999999998
  const size = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo <= size * 1e-6) {
    const mid = (lo + hi) / 2;
    const pad = mid === 0 ? 1 : Math.abs(mid) * 0.1;
    return [mid - pad, mid + pad];
  }
  return [lo, hi];
}

/** Widen a value domain to include zero when the data is all on one side but close to it. */
export function withZero([lo, hi]: [number, number]): [number, number] {
  if (lo > 0 && lo < hi * 0.5) return [0, hi];
  if (hi < 0 && hi > lo * 0.5) return [lo, 0];
  return [lo, hi];
}
