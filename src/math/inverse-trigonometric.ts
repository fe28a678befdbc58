/**
 * atan, asin and acos, deterministic. atan t for t = th + tl ≥ 0 (a double-double): for t > 1,
 * π/2 − atan(1/t); then t = c + (t − c) with c = j/64 the nearest table point and
 * atan t = atan c + atan v, v = (t − c)/(1 + t·c), |v| ≤ 1/128, atan v by its Taylor series to
 * v^11 (error below 2^-75) and atan c from a double-double table. asin x = atan(x/√(1 − x²)) and
 * acos x = atan(√(1 − x²)/x) (π minus that for x < 0; π/2 − asin x for |x| ≤ 1/2), with 1 − x²
 * formed exactly, so neither loses accuracy near ±1. Each result is rounded once: within 0.5 ulp + 2^-60 relative.
 *
 * Source: the table method of P. T. P. Tang, "Table-lookup algorithms for elementary functions
 * and their error analysis", Proc. 10th IEEE Symposium on Computer Arithmetic, 1991.
 */
import { dd, ddAdd, ddDiv, ddSqrt, fastTwoSum, twoProduct, twoSum } from "./double-double.js";
import { ATAN_TABLE, PI_DD, PI_OVER_2_DD } from "./elementary-tables.js";

/** 2^60: above it atan t = π/2 − 1/t to far more than double precision. */
const HUGE = 1.152921504606847e18;

/** atan(th + tl) as a double-double, for th ≥ 0 finite or Infinity. */
function atanDoubleDouble(th: number, tl: number): number {
  let flip = false;
  if (th > 1) {
    if (th > HUGE) {
      // π/2 − 1/t, and 1/t is far below half an ulp of π/2 (this keeps 1/t out of ddDiv)
      dd.lo = PI_OVER_2_DD[1] - 1 / th;
      return PI_OVER_2_DD[0];
    }
    th = ddDiv(1, 0, th, tl);
    tl = dd.lo;
    flip = true;
  }
  const j = Math.round(th * 64);
  const c = j / 64;
  // v = (t − c) / (1 + t·c): t − c is exact in its high part
  const nh = fastTwoSum(th - c, tl);
  const nl = dd.lo;
  const p = twoProduct(th, c);
  const pl = dd.lo;
  const dh = fastTwoSum(1, p); // p ≤ 1
  const dl = dd.lo + pl + tl * c;
  const vh = ddDiv(nh, nl, dh, dl);
  const vl = dd.lo;
  const v2 = vh * vh;
  const tail =
    -vh * v2 * (1 / 3 - v2 * (1 / 5 - v2 * (1 / 7 - v2 * (1 / 9 - v2 / 11)))) + vl * (1 - v2);
  let h = ddAdd(ATAN_TABLE[2 * j]!, ATAN_TABLE[2 * j + 1]!, vh, tail);
  if (flip) h = ddAdd(PI_OVER_2_DD[0], PI_OVER_2_DD[1], -h, -dd.lo);
  return h;
}

/** atan x, deterministic in every JavaScript engine; the special cases are those of Math.atan. */
export function atan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  const h = atanDoubleDouble(Math.abs(x), 0);
  const v = h + dd.lo;
  return x < 0 ? -v : v;
}

/** √(1 − x²) for |x| ≤ 1 as a double-double, with 1 − x² formed exactly. */
function cosineOf(x: number): number {
  const p = twoProduct(x, x);
  const pl = dd.lo;
  const h = twoSum(1, -p);
  const l = dd.lo - pl;
  return ddSqrt(fastTwoSum(h, l), dd.lo);
}

/** asin a as a double-double, for 0 ≤ a < 1. */
function asinDoubleDouble(a: number): number {
  const ch = cosineOf(a);
  const t = ddDiv(a, 0, ch, dd.lo);
  return atanDoubleDouble(t, dd.lo);
}

/** asin x, deterministic in every JavaScript engine; the special cases are those of Math.asin. */
export function asin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a > 1) return Number.NaN;
  let v: number;
  if (a === 1) v = PI_OVER_2_DD[0];
  else {
    const h = asinDoubleDouble(a);
    v = h + dd.lo;
  }
  return x < 0 ? -v : v;
}

/** acos x, deterministic in every JavaScript engine; the special cases are those of Math.acos. */
export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a > 1) return Number.NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_DD[0];
  if (a <= 0.5) {
    // π/2 − asin x: asin x ≤ π/6, so nothing cancels
    const h = asinDoubleDouble(a);
    const r =
      x < 0
        ? ddAdd(PI_OVER_2_DD[0], PI_OVER_2_DD[1], h, dd.lo)
        : ddAdd(PI_OVER_2_DD[0], PI_OVER_2_DD[1], -h, -dd.lo);
    return r + dd.lo;
  }
  const ch = cosineOf(a);
  const t = ddDiv(ch, dd.lo, a, 0);
  const h = atanDoubleDouble(t, dd.lo);
  if (x > 0) return h + dd.lo;
  const r = ddAdd(PI_DD[0], PI_DD[1], -h, -dd.lo);
  return r + dd.lo;
}
