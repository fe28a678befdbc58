/**
 * e^x, deterministic: Tang's table method. x = (32m + j)·ln2/32 + r with |r| ≤ ln2/64, the
 * reduction done in double-double (Cody–Waite: ln2/32 in three parts, the first two short
 * enough that k·part is exact); e^r − 1 by its Taylor series to r^7 (error below 2^-67), then
 * e^x = 2^m · 2^(j/32) · (1 + (e^r − 1)) with 2^(j/32) from a double-double table. The result
 * is rounded once, so it is within 0.5 ulp + 2^-60 relative: correctly rounded nearly always.
 *
 * Source: P. T. P. Tang, "Table-driven implementation of the exponential function in IEEE
 * floating-point arithmetic", ACM TOMS 15(2), 1989.
 */
import { dd, fastTwoSum, SPLITTER, twoProduct, twoSum } from "./double-double.js";
import { EXP2_TABLE, LN2_OVER_32, THIRTY_TWO_OVER_LN2 } from "./elementary-tables.js";
import { powerOfTwo, scaleByPowerOfTwo, scaleToSubnormal } from "./float-bits.js";

const [L1, L2, L3] = LN2_OVER_32;
const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;
const C7 = 1 / 5040;

/** Above this e^x overflows, below the negative one it is 0 (both with margin; exact tests follow). */
const OVER = 709.8;
const UNDER = -745.2;

/** The 2^(j/32) table as a Float64Array, with each high part pre-split (Veltkamp) for products. */
const T = Float64Array.from(EXP2_TABLE);
const T_SPLIT = new Float64Array(64);
for (let j = 0; j < 32; j++) {
  const th = T[2 * j]!;
  const t = SPLITTER * th;
  T_SPLIT[2 * j] = t - (t - th);
  T_SPLIT[2 * j + 1] = th - T_SPLIT[2 * j]!;
}

/**
 * e^(zh + zl) for a double-double argument (|zl| ≤ ulp(zh)), rounded once. zh must be finite.
 * The entry point of exp, pow, sinh and cosh. The error-free steps of `double-double.ts` are
 * written out here (their results are unique, so this changes no bit): a call per step costs
 * more than the arithmetic once a model's code has used up V8's inlining budget.
 */
export function expDoubleDouble(zh: number, zl: number): number {
  if (zh > OVER) return Number.POSITIVE_INFINITY;
  if (zh < UNDER) return 0;
  const n = Math.round(zh * THIRTY_TWO_OVER_LN2);
  const j = n & 31;
  const m = (n - j) / 32;
  // r = z − n·ln2/32 as a double-double: z − n·L1 is exact (Sterbenz), n·L2 is exact
  const a = zh - n * L1;
  const b = -n * L2;
  const rh0 = a + b;
  const bb = rh0 - a;
  const rl0 = a - (rh0 - bb) + (b - bb) + (zl - n * L3);
  const rh = rh0 + rl0;
  const rl = rl0 - (rh - rh0);
  // e^r − 1 = rh + q
  const q =
    rh * rh * (0.5 + rh * (C3 + rh * (C4 + rh * (C5 + rh * (C6 + rh * C7))))) + rl * (1 + rh);
  // 2^(j/32) · (1 + rh + q), th·rh exactly (Dekker)
  const th = T[2 * j]!;
  const tl = T[2 * j + 1]!;
  const ph = th * rh;
  const ah = T_SPLIT[2 * j]!;
  const al = T_SPLIT[2 * j + 1]!;
  const t = SPLITTER * rh;
  const bh = t - (t - rh);
  const bl = rh - bh;
  const pl = ah * bh - ph + ah * bl + al * bh + al * bl;
  const sh = th + ph;
  const cc = sh - th;
  const rest = th - (sh - cc) + (ph - cc) + (pl + th * q + tl + tl * (rh + q));
  const hi = sh + rest;
  if (m > -1022 && m <= 1022) return hi * powerOfTwo(m);
  const lo = rest - (hi - sh);
  if (m > 1022) return scaleByPowerOfTwo(hi, m);
  // a normal result is scaled exactly; a subnormal one is rounded once on its own grid
  if (m === -1022 && hi >= 1) return hi * powerOfTwo(m);
  return scaleToSubnormal(hi, lo, m);
}

/** The power of two that expScaled's result still has to be multiplied by. */
let scale = 0;

/**
 * e^(zh + zl) = (result + dd.lo) · 2^scale, the double-double in [0.7, 1.5). |zh| ≤ 746.
 * Used directly where the unrounded value is needed (sinh, cosh, tanh).
 */
export function expScaled(zh: number, zl: number): number {
  const n = Math.round(zh * THIRTY_TWO_OVER_LN2);
  const j = n & 31;
  scale = (n - j) / 32;
  // r = z − n·ln2/32 as a double-double: z − n·L1 is exact (Sterbenz), n·L2 is exact
  const rh0 = twoSum(zh - n * L1, -n * L2);
  const rl0 = dd.lo + (zl - n * L3);
  const rh = fastTwoSum(rh0, rl0);
  const rl = dd.lo;
  // e^r − 1 = rh + q, q = rh²/2 + … + rh^7/7! + rl·(1 + rh)
  const q =
    rh * rh * (0.5 + rh * (C3 + rh * (C4 + rh * (C5 + rh * (C6 + rh * C7))))) + rl * (1 + rh);
  // 2^(j/32) · (1 + rh + q)
  const th = EXP2_TABLE[2 * j]!;
  const tl = EXP2_TABLE[2 * j + 1]!;
  const ph = twoProduct(th, rh);
  const pl = dd.lo;
  const sh = twoSum(th, ph);
  const rest = dd.lo + (pl + th * q + tl + tl * (rh + q));
  return fastTwoSum(sh, rest);
}

/** e^x, deterministic in every JavaScript engine; the special cases are those of Math.exp. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x === Number.NEGATIVE_INFINITY) return 0;
  return expDoubleDouble(x, 0);
}

/** e^(zh + zl) as a double-double (result + dd.lo), unrounded, for |zh| ≤ 700. */
export function expToDoubleDouble(zh: number, zl: number): number {
  const h = expScaled(zh, zl);
  const f = powerOfTwo(scale);
  dd.lo *= f;
  return h * f;
}
