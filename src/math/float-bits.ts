/**
 * Exact access to a double's exponent, through one 8-byte buffer seen as a Float64Array and as
 * two 32-bit words (which word is the high one is read from the platform once), and exact
 * scaling by powers of two. Bit access and multiplication by a power of two that stays in the
 * normal range are exact in every JavaScript engine.
 */

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
/** Index of the word holding the sign, the exponent and the top of the fraction. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** 2^n as a double, for integer n in −1022…1023 (a normal power of two, built from its bits). */
export function powerOfTwo(n: number): number {
  words[LOW] = 0;
  words[HIGH] = (n + 1023) << 20;
  return float[0]!;
}

/**
 * x with its exponent field set to 1023, so that it lies in [1, 2), for x finite, normal and
 * positive; the exponent field x had is left in `bits.exponent`.
 */
export function mantissa(x: number): number {
  float[0] = x;
  const high = words[HIGH]!;
  bits.exponent = high >>> 20;
  words[HIGH] = (high & 0xfffff) | 0x3ff00000;
  return float[0]!;
}

/** The exponent field of mantissa's last argument. */
export const bits = { exponent: 0 };

/** x·2^n for integer n, exact when the result is a normal double; may overflow to ±Infinity. */
export function scaleByPowerOfTwo(x: number, n: number): number {
  if (n > 1023) return x * powerOfTwo(1023) * powerOfTwo(n - 1023);
  if (n < -1022) return x * powerOfTwo(-1022) * powerOfTwo(n + 1022);
  return x * powerOfTwo(n);
}

/** 2^-1074, the smallest subnormal. */
const TINY = 5e-324;

/**
 * (hi + lo)·2^n rounded once to the nearest double (ties to even), for a result that may be
 * subnormal: the value is scaled so that the subnormal grid becomes the integers, rounded
 * there as a whole double-double, and scaled back exactly. 0 ≤ hi + lo ≤ 2^-n·2^-1022.
 */
export function scaleToSubnormal(hi: number, lo: number, n: number): number {
  // 2^(n+1074) keeps hi, lo in range: n + 1074 ≤ 52; far below the grid everything is 0
  if (n + 1074 < -1000) return 0;
  const s = scaleByPowerOfTwo(1, n + 1074);
  const h = hi * s;
  const l = lo * s;
  const ROUNDER = 4503599627370496; // 2^52: adding and subtracting rounds 0 ≤ h ≤ 2^52 to an integer
  let r = h + ROUNDER - ROUNDER;
  const d = h - r + l;
  if (d > 0.5 || (d === 0.5 && r % 2 !== 0)) r += 1;
  else if (d < -0.5 || (d === -0.5 && r % 2 !== 0)) r -= 1;
  return r * TINY;
}
