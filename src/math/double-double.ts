/**
 * Error-free transformations of IEEE-754 doubles (Knuth's two-sum, Dekker's product with
 * Veltkamp's split): a sum or a product as a rounded double plus its exact rounding error. They
 * use only +, −, × on doubles, which every JavaScript engine rounds the same way, so they are
 * the reproducible ground the elementary functions stand on. (No fused multiply-add: JavaScript
 * has none, and its absence is what makes the splitting exact.)
 *
 * For speed, each function returns the high part and leaves the low part in `dd.lo` instead of
 * allocating a pair; read it immediately after the call.
 */

/** The low part of the last double-double result. */
export const dd = { lo: 0 };

/** a + b = s + dd.lo exactly (any a, b). */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  dd.lo = a - (s - bb) + (b - bb);
  return s;
}

/** a + b = s + dd.lo exactly, when |a| ≥ |b| or a is 0. */
export function fastTwoSum(a: number, b: number): number {
  const s = a + b;
  dd.lo = b - (s - a);
  return s;
}

/** 2^27 + 1: Veltkamp's splitter for doubles. */
export const SPLITTER = 134217729;

/** a × b = p + dd.lo exactly, unless a product overflows (|a|, |b| below 2^996). */
export function twoProduct(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah + al) × (bh + bl) as a double-double, relative error about 2^-102. */
export function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProduct(ah, bh);
  const e = dd.lo + (ah * bl + al * bh);
  return fastTwoSum(p, e);
}

/** (ah + al) + (bh + bl) as a double-double (the accurate sum: both parts two-summed). */
export function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = dd.lo;
  const t = twoSum(al, bl);
  const f = dd.lo;
  const u = fastTwoSum(s, e + t);
  return fastTwoSum(u, dd.lo + f);
}

/** (ah + al) / (bh + bl) as a double-double, relative error about 2^-100. */
export function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  // remainder a − q1·b, exact in its leading part
  const p = twoProduct(q1, bh);
  const pl = dd.lo;
  const r = ah - p - pl + al - q1 * bl;
  const q2 = r / bh;
  return fastTwoSum(q1, q2);
}

/** √(ah + al) as a double-double (ah > 0), one Newton step from the rounded root. */
export function ddSqrt(ah: number, al: number): number {
  const s = Math.sqrt(ah);
  const p = twoProduct(s, s);
  const e = (ah - p - dd.lo + al) / (2 * s);
  return fastTwoSum(s, e);
}
