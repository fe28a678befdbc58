/**
 * ln x, deterministic: x = 2^k·m with m in [0.75, 1.5), m = c·(1 + u) with c = i/128 the
 * nearest table point, so ln x = k·ln2 + ln c + ln(1 + u), |u| ≤ 2^-7.5. m − c is exact; u is
 * formed as a double-double; ln(1 + u) = u − u²/2 + u³·P(u) with P its Taylor series to u^8
 * (error below 2^-70); ln c comes from a double-double table. Everything is summed as a
 * double-double, so the result before its one rounding is within about 2^-68 relative.
 *
 * Source: P. T. P. Tang, "Table-driven implementation of the logarithm function in IEEE
 * floating-point arithmetic", ACM TOMS 16(4), 1990 (the table idea; the polynomial here is the
 * plain Taylor series).
 */
import { dd, SPLITTER, twoProduct } from "./double-double.js";
import { INV_LN10_DD, LN2_SPLIT, LOG_TABLE } from "./elementary-tables.js";
import { bits, mantissa } from "./float-bits.js";

const [LN2_HI, LN2_LO] = LN2_SPLIT;
const TWO_POW_54 = 18014398509481984;

const LT = Float64Array.from(LOG_TABLE);

/**
 * ln x = result + dd.lo, a double-double, for finite x > 0 (the caller handles the rest).
 * The entry point of log, log10, pow and the logarithm of any base. The error-free steps of
 * `double-double.ts` are written out (their results are unique, so no bit changes): calls cost
 * more than the arithmetic once a model's code has used up V8's inlining budget.
 */
export function logDoubleDouble(x: number): number {
  let m = mantissa(x);
  let k = bits.exponent - 1023;
  if (bits.exponent === 0) {
    // subnormal: scale into the normal range first
    m = mantissa(x * TWO_POW_54);
    k = bits.exponent - 1023 - 54;
  }
  if (m >= 1.5) {
    m *= 0.5;
    k += 1;
  }
  const i = Math.round(m * 128);
  const c = i / 128;
  const d = m - c; // exact: both on the 2^-53 grid, |d| ≤ 2^-8
  // u = d / c as a double-double; c has at most 8 bits, so its Veltkamp split is (c, 0)
  const uh = d / c;
  let t = SPLITTER * uh;
  const hh = t - (t - uh);
  const hl = uh - hh;
  const p = uh * c;
  const ul = (d - p - (hh * c - p + hl * c)) / c;
  // ln(1 + u) = uh − uh²/2 + (ul − uh·ul + u³·P(u)), uh² exactly
  const sq = uh * uh;
  const sl = hh * hh - sq + hh * hl + hl * hh + hl * hl;
  const tail =
    uh * sq * (1 / 3 - uh * (0.25 - uh * (0.2 - uh * (1 / 6 - uh * (1 / 7 - uh * 0.125))))) +
    ul -
    uh * ul -
    0.5 * sl;
  const h = -0.5 * sq;
  let s = uh + h;
  let v = s - uh;
  const a = s;
  const al = uh - (s - v) + (h - v) + tail;
  // k·ln2 + ln c: k·LN2_HI is exact
  const kh = k * LN2_HI;
  const ch = LT[2 * (i - 96)]!;
  s = kh + ch;
  v = s - kh;
  const bh = s;
  const bl = kh - (s - v) + (ch - v) + (k * LN2_LO + LT[2 * (i - 96) + 1]!);
  const b = bh + bl;
  const blo = bl - (b - bh);
  // (b + blo) + (a + al), the accurate double-double sum
  s = b + a;
  v = s - b;
  const e = b - (s - v) + (a - v);
  t = blo + al;
  v = t - blo;
  const f = blo - (t - v) + (al - v);
  const u = s + (e + t);
  const w = e + t - (u - s) + f;
  const hi = u + w;
  dd.lo = w - (hi - u);
  return hi;
}

/** Special cases shared by the logarithms: the value for x ≤ 0, NaN, Infinity; else undefined. */
function special(x: number): number | undefined {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  return undefined;
}

/** ln x, deterministic in every JavaScript engine; the special cases are those of Math.log. */
export function log(x: number): number {
  const s = special(x);
  if (s !== undefined) return s;
  if (x === 1) return 0;
  const h = logDoubleDouble(x);
  return h + dd.lo;
}

/** log10 x, deterministic; exact for the powers of ten; special cases as Math.log10. */
export function log10(x: number): number {
  const s = special(x);
  if (s !== undefined) return s;
  if (x === 1) return 0;
  const h = logDoubleDouble(x);
  const l = dd.lo;
  const p = twoProduct(h, INV_LN10_DD[0]);
  return p + (dd.lo + (h * INV_LN10_DD[1] + l * INV_LN10_DD[0]));
}

/** ln x / ln base, the two logarithms divided as double-doubles before one rounding. */
export function logBase(x: number, base: number): number {
  const sx = special(x);
  const sb = special(base);
  if (sx !== undefined || sb !== undefined || x === 1 || base === 1)
    return (sx ?? log(x)) / (sb ?? log(base));
  const h = logDoubleDouble(x);
  const l = dd.lo;
  const bh = logDoubleDouble(base);
  const bl = dd.lo;
  const q = h / bh;
  const p = twoProduct(q, bh);
  return q + (h - p - dd.lo + l - q * bl) / bh;
}
