/**
 * sin, cos and tan, deterministic. The argument is reduced to r = x − k·π/2 as a double-double
 * (reduce-quarter-pi.ts); r = a + s with a = j/64 the nearest table point and |s| ≤ 1/128, so
 * sin r = sin a·cos s + cos a·sin s and cos r = cos a·cos s − sin a·sin s with sin a, cos a
 * from a double-double table and cos s − 1, sin s − s by short Taylor series (relative error
 * below 2^-66). The sums are double-doubles; tan divides them as double-doubles. Each result is
 * rounded once: within 0.5 ulp + 2^-62 relative.
 *
 * Source: S. Gal and B. Bachelis, "An accurate elementary mathematical library for the IEEE
 * floating point standard", ACM TOMS 17(1), 1991 (the table of sin a, cos a).
 */
import { dd, ddDiv, fastTwoSum, twoProduct, twoSum } from "./double-double.js";
import { SIN_COS_TABLE } from "./elementary-tables.js";
import { reduced, reduceQuarterPi } from "./reduce-quarter-pi.js";

/** sin r and cos r of the reduced argument, as double-doubles. */
const kernel = { sh: 0, sl: 0, ch: 0, cl: 0 };

/** sin and cos of r = rh + rl (|rh| ≤ 0.8) into `kernel`. */
function sinCosKernel(rh: number, rl: number): void {
  const negative = rh < 0;
  if (negative) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  const s = rh - j / 64; // exact: |s| ≤ 1/128 on rh's grid
  const s2 = s * s;
  // cos s − 1 and sin s − s, through s^10 and s^11
  const cm1 = -s2 * (0.5 - s2 * (1 / 24 - s2 * (1 / 720 - s2 * (1 / 40320 - s2 / 3628800))));
  const sms =
    -s * s2 * (1 / 6 - s2 * (1 / 120 - s2 * (1 / 5040 - s2 * (1 / 362880 - s2 / 39916800))));
  const sinS = sms + rl * (1 + cm1); // sin(s + rl) − s
  const cosS = cm1 - rl * (s + sms); // cos(s + rl) − 1
  const i = 4 * j;
  const ah = SIN_COS_TABLE[i]!;
  const al = SIN_COS_TABLE[i + 1]!;
  const bh = SIN_COS_TABLE[i + 2]!;
  const bl = SIN_COS_TABLE[i + 3]!;
  // sin r = sin a + cos a·s + (sin a·(cos s − 1) + cos a·(sin s − s))
  let p = twoProduct(bh, s);
  let pl = dd.lo;
  let h = twoSum(ah, p);
  let l = dd.lo + (pl + al + bl * s + ah * cosS + al * cosS + (bh + bl) * sinS);
  kernel.sh = fastTwoSum(h, l);
  kernel.sl = dd.lo;
  // cos r = cos a − sin a·s + (cos a·(cos s − 1) − sin a·(sin s − s))
  p = twoProduct(ah, -s);
  pl = dd.lo;
  h = twoSum(bh, p);
  l = dd.lo + (pl + bl - al * s + bh * cosS + bl * cosS - (ah + al) * sinS);
  kernel.ch = fastTwoSum(h, l);
  kernel.cl = dd.lo;
  if (negative) {
    kernel.sh = -kernel.sh;
    kernel.sl = -kernel.sl;
  }
}

/** Reduces x (finite) and evaluates the kernel; returns k mod 4, with the sign of x folded in. */
function evaluate(x: number): number {
  reduceQuarterPi(Math.abs(x));
  sinCosKernel(reduced.rh, reduced.rl);
  return reduced.quadrant;
}

/** sin x, deterministic in every JavaScript engine; the special cases are those of Math.sin. */
export function sin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) return Number.NaN;
  const q = evaluate(x);
  const v =
    q === 0
      ? kernel.sh + kernel.sl
      : q === 1
        ? kernel.ch + kernel.cl
        : q === 2
          ? -(kernel.sh + kernel.sl)
          : -(kernel.ch + kernel.cl);
  return x < 0 ? -v : v;
}

/** cos x, deterministic in every JavaScript engine; the special cases are those of Math.cos. */
export function cos(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY)
    return Number.NaN;
  if (x === 0) return 1;
  const q = evaluate(x);
  return q === 0
    ? kernel.ch + kernel.cl
    : q === 1
      ? -(kernel.sh + kernel.sl)
      : q === 2
        ? -(kernel.ch + kernel.cl)
        : kernel.sh + kernel.sl;
}

/** tan x, deterministic in every JavaScript engine; the special cases are those of Math.tan. */
export function tan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) return Number.NaN;
  const q = evaluate(x);
  // odd quadrants: tan = −cos r / sin r
  const v =
    q % 2 === 0
      ? ddDiv(kernel.sh, kernel.sl, kernel.ch, kernel.cl)
      : -ddDiv(kernel.ch, kernel.cl, kernel.sh, kernel.sl);
  const t = q % 2 === 0 ? v + dd.lo : v - dd.lo;
  return x < 0 ? -t : t;
}
