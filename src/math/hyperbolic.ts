/**
 * sinh, cosh and tanh, deterministic, from the engine's own e^x as a double-double (exp.ts):
 * (e^a ∓ e^-a)/2 and their quotient formed as double-doubles before one rounding. Near 0,
 * where e^a − e^-a cancels, sinh and tanh take the Taylor series of sinh and cosh instead
 * (|x| < 1/8, to x^13: error below 2^-80); from |x| = 22 on, e^-a no longer shows and sinh,
 * cosh = e^(a − ln2), tanh = ±1.
 */
import { dd, ddAdd, ddDiv, fastTwoSum, twoSum } from "./double-double.js";
import { LN2_DD } from "./elementary-tables.js";
import { expDoubleDouble, expToDoubleDouble } from "./exp.js";

const SMALL = 0.125;
const LARGE = 22;

/** sinh a − a for 0 ≤ a < 1/8, by the Taylor series. */
function sinhTail(a: number): number {
  const a2 = a * a;
  return (
    a *
    a2 *
    (1 / 6 +
      a2 * (1 / 120 + a2 * (1 / 5040 + a2 * (1 / 362880 + a2 * (1 / 39916800 + a2 / 6227020800)))))
  );
}

/** cosh a − 1 for 0 ≤ a < 1/8, by the Taylor series. */
function coshTail(a: number): number {
  const a2 = a * a;
  return (
    a2 *
    (0.5 + a2 * (1 / 24 + a2 * (1 / 720 + a2 * (1 / 40320 + a2 * (1 / 3628800 + a2 / 479001600)))))
  );
}

/** e^a/2 = e^(a − ln2), rounded once, for a ≥ LARGE. */
function halfExp(a: number): number {
  const h = twoSum(a, -LN2_DD[0]);
  return expDoubleDouble(h, dd.lo - LN2_DD[1]);
}

/** e^a and e^-a as double-doubles, for 0 ≤ a < LARGE. */
const pair = { eh: 0, el: 0, fh: 0, fl: 0 };
function expPair(a: number): void {
  pair.eh = expToDoubleDouble(a, 0);
  pair.el = dd.lo;
  pair.fh = ddDiv(1, 0, pair.eh, pair.el);
  pair.fl = dd.lo;
}

/** sinh x, deterministic in every JavaScript engine; the special cases are those of Math.sinh. */
export function sinh(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  const a = Math.abs(x);
  let v: number;
  if (a === Number.POSITIVE_INFINITY) v = a;
  else if (a < SMALL) v = a + sinhTail(a);
  else if (a < LARGE) {
    expPair(a);
    const h = ddAdd(pair.eh, pair.el, -pair.fh, -pair.fl);
    v = 0.5 * (h + dd.lo);
  } else v = halfExp(a);
  return x < 0 ? -v : v;
}

/** cosh x, deterministic in every JavaScript engine; the special cases are those of Math.cosh. */
export function cosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Number.POSITIVE_INFINITY) return a;
  if (a < LARGE) {
    expPair(a);
    const h = ddAdd(pair.eh, pair.el, pair.fh, pair.fl);
    return 0.5 * (h + dd.lo);
  }
  return halfExp(a);
}

/** tanh x, deterministic in every JavaScript engine; the special cases are those of Math.tanh. */
export function tanh(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  const a = Math.abs(x);
  let v: number;
  if (a >= LARGE) v = 1;
  else if (a < SMALL) {
    const sh = fastTwoSum(a, sinhTail(a));
    const sl = dd.lo;
    const ch = fastTwoSum(1, coshTail(a));
    const q = ddDiv(sh, sl, ch, dd.lo);
    v = q + dd.lo;
  } else {
    expPair(a);
    const nh = ddAdd(pair.eh, pair.el, -pair.fh, -pair.fl);
    const nl = dd.lo;
    const dh = ddAdd(pair.eh, pair.el, pair.fh, pair.fl);
    const q = ddDiv(nh, nl, dh, dd.lo);
    v = q + dd.lo;
  }
  return x < 0 ? -v : v;
}
