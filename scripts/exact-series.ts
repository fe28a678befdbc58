/**
 * Exact fixed-point series for the elementary functions, in BigInt: the slow, obvious oracle
 * behind `src/math/`. `scripts/gen-exact-math-tables.ts` computes the tables from them, and the
 * tests check the fast functions against them. Values are integers v meaning v·2^-BITS.
 */

/** Fixed-point scale of every computation: 2^BITS is one. */
export const BITS = 320n;
export const ONE = 1n << BITS;

/** atanh(p/q) by its odd power series. */
export function atanhRatio(p: bigint, q: bigint): bigint {
  let sum = 0n;
  let num = p;
  let den = q;
  for (let k = 1n; ; k += 2n) {
    const term = (ONE * num) / (den * k);
    if (term === 0n) return sum;
    sum += term;
    num *= p * p;
    den *= q * q;
  }
}

/** ln(p/q) = 2 atanh((p − q)/(p + q)). */
export const lnRatio = (p: bigint, q: bigint) => 2n * atanhRatio(p - q, p + q);

/** atan(1/m) by its alternating series, in the fixed point whose one is `one`. */
function atanInverse(m: bigint, one: bigint): bigint {
  let sum = 0n;
  let power = one / m;
  for (let k = 1n, sign = 1n; power !== 0n; k += 2n, sign = -sign) {
    sum += (sign * power) / k;
    power /= m * m;
  }
  return sum;
}

/** π by Machin's formula, with `bits` fractional bits. */
export const piFixed = (bits: bigint) => {
  const one = 1n << (bits + 16n);
  return (16n * atanInverse(5n, one) - 4n * atanInverse(239n, one)) >> 16n;
};

/** e^x for a fixed-point x of modest size, by its power series. */
export function expFixed(x: bigint): bigint {
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x) / (ONE * n);
    sum += term;
  }
  return sum;
}

/** sin and cos of a fixed-point x, by their power series. */
export function sinCosFixed(x: bigint): [bigint, bigint] {
  let sin = 0n;
  let cos = 0n;
  let term = ONE;
  for (let n = 0n; term !== 0n; n++) {
    const k = n % 4n;
    if (k === 0n) cos += term;
    else if (k === 1n) sin += term;
    else if (k === 2n) cos -= term;
    else sin -= term;
    term = (term * x) / (ONE * (n + 1n));
  }
  return [sin, cos];
}

/** atan(j/64) by Euler's series, which converges for every j here at a bit a term or better. */
export function atanSixtyFourths(j: bigint): bigint {
  const d = 4096n + j * j;
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * 2n * n * j * j) / ((2n * n + 1n) * d);
    sum += term;
  }
  return (sum * 64n * j) / d;
}

/** A fixed-point value as the nearest double (Number(bigint) rounds to nearest, ties even). */
export const toDouble = (v: bigint) => Number(v) * 2 ** -Number(BITS);

/** A fixed-point value as a double-double [hi, lo]. */
export function toDoubleDouble(v: bigint): [number, number] {
  const hi = Number(v);
  return [hi * 2 ** -Number(BITS), Number(v - BigInt(hi)) * 2 ** -Number(BITS)];
}

/** A finite double as m·2^e with m an integer. */
function exactParts(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const field = Number(bits >> 52n);
  const fraction = bits & 0xfffffffffffffn;
  const m = field === 0 ? fraction : fraction | 0x10000000000000n;
  return { m: x < 0 ? -m : m, e: (field === 0 ? 1 : field) - 1075 };
}

/** The fixed-point value of a double (exact for |x| ≥ 2^(52 − BITS)). */
function fixedOf(x: number): bigint {
  const { m, e } = exactParts(x);
  const shift = BigInt(e) + BITS;
  return shift >= 0n ? m << shift : m >> -shift;
}

/** A fixed-point value times 2^k, rounded once to a double (the result must be normal). */
function roundScaled(v: bigint, k: number): number {
  return Number(v) * 2 ** -Number(BITS) * 2 ** k;
}

const LN2_FIXED = lnRatio(2n, 1n);

/** e^x correctly rounded, for x with a normal result. Slow: an oracle for tests. */
export function expOracle(x: number): number {
  const k = Math.round(x / Math.LN2);
  return roundScaled(expFixed(fixedOf(x) - BigInt(k) * LN2_FIXED), k);
}

/** ln x correctly rounded, for finite x > 0. Slow: an oracle for tests. */
export function logOracle(x: number): number {
  const { m, e } = exactParts(x);
  return toDouble(lnRatio(m, 1n << 52n) + BigInt(e + 52) * LN2_FIXED);
}

const LN10_FIXED = lnRatio(10n, 1n);

/** log10 x correctly rounded, for finite x > 0. Slow: an oracle for tests. */
export function log10Oracle(x: number): number {
  const { m, e } = exactParts(x);
  return toDouble(((lnRatio(m, 1n << 52n) + BigInt(e + 52) * LN2_FIXED) * ONE) / LN10_FIXED);
}

/** sinh, cosh and tanh correctly rounded, for |x| ≤ 40 and |x| ≥ 2^-200. Slow: oracles for tests. */
export const hyperbolicOracle = {
  sinh: (x: number) => toDouble((expFixed(fixedOf(x)) - expFixed(-fixedOf(x))) / 2n),
  cosh: (x: number) => toDouble((expFixed(fixedOf(x)) + expFixed(-fixedOf(x))) / 2n),
  tanh: (x: number) => {
    const e = expFixed(fixedOf(x));
    const f = expFixed(-fixedOf(x));
    return toDouble(((e - f) * ONE) / (e + f));
  },
};
