/**
 * x^y, deterministic: e^(y·ln|x|) with ln|x| as a double-double (log.ts), the product y·ln|x|
 * formed exactly in its leading part, and e^z of that double-double (exp.ts), rounded once;
 * the error before rounding is about 2^-64 relative, so exact results (10^3, 2^-3, 0.5^2) come
 * out exact and the rest is correctly rounded nearly always. y = 1, 2, −1 and 0.5 take the
 * shortcuts x, x·x, 1/x and √x, which are correctly rounded themselves. The special cases
 * follow ECMAScript's Number::exponentiate (which differs from C's pow: 1^±∞ and 1^NaN are NaN).
 */
import { dd, SPLITTER } from "./double-double.js";
import { expDoubleDouble } from "./exp.js";
import { logDoubleDouble } from "./log.js";

const INF = Number.POSITIVE_INFINITY;

/** Whether a finite y is an odd integer. */
function isOddInteger(y: number): boolean {
  return Math.abs(y) < 9007199254740992 && Math.trunc(y) === y && y % 2 !== 0;
}

/** x^y, deterministic in every JavaScript engine; the special cases are those of Math.pow. */
export function pow(x: number, y: number): number {
  if (Number.isNaN(y)) return y;
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  const ax = Math.abs(x);
  if (y === INF || y === -INF) {
    if (ax === 1) return Number.NaN;
    return ax > 1 === y > 0 ? INF : 0;
  }
  // from here y is finite and not 0
  const odd = isOddInteger(y);
  if (x === 0 || ax === INF) {
    // 0^y and ∞^y: 0 or ∞, negative only for a negative base and an odd y
    const big = x === 0 ? y < 0 : y > 0;
    const negative = odd && (Object.is(x, -0) || x === -INF);
    const value = big ? INF : 0;
    return negative ? -value : value;
  }
  if (x < 0 && Math.trunc(y) !== y) return Number.NaN;
  if (y === 0.5) return Math.sqrt(x); // x > 0 here
  const value = ax === 1 ? 1 : powPositive(ax, y);
  return x < 0 && odd ? -value : value;
}

/** x^y for finite x > 0 and finite y ≠ 0. */
function powPositive(x: number, y: number): number {
  const lh = logDoubleDouble(x);
  const ll = dd.lo;
  const zh = y * lh;
  // |zh| beyond exp's range decides alone (and keeps Infinity out of the low parts)
  if (zh > 746) return INF;
  if (zh < -746) return 0;
  // y·lh − zh exactly (Dekker's product, written out: see exp.ts)
  let t = SPLITTER * y;
  const yh = t - (t - y);
  const yl = y - yh;
  t = SPLITTER * lh;
  const lhh = t - (t - lh);
  const lhl = lh - lhh;
  const zl = yh * lhh - zh + yh * lhl + yl * lhh + yl * lhl;
  return expDoubleDouble(zh, zl + y * ll);
}
