/**
 * Reduction of a trigonometric argument: x = k·π/2 + r with |r| ≤ about π/4, r as a
 * double-double and k mod 4. Below 2^19 it is Cody–Waite's: π/2 in three parts, the first two
 * short enough that k·part is exact, so r keeps about 100 correct bits. Above, Payne and
 * Hanek's idea done with BigInt: x is an integer times a power of two, so x·(2/π) with 2/π to
 * 1400 bits is an exact integer product, whose integer part gives k and whose fraction gives r,
 * however close x lies to a multiple of π/2.
 *
 * Source: W. J. Cody and W. Waite, Software Manual for the Elementary Functions, 1980;
 * M. Payne and R. Hanek, "Radian reduction for trigonometric functions", SIGNUM Newsletter
 * 18(1), 1983.
 */
import { dd, ddMul, fastTwoSum, twoSum } from "./double-double.js";
import {
  PI_OVER_2_DD,
  PI_OVER_2_SPLIT,
  TWO_OVER_PI,
  TWO_OVER_PI_BITS,
  TWO_OVER_PI_HEX,
} from "./elementary-tables.js";
import { powerOfTwo } from "./float-bits.js";

const [P1, P2, P3] = PI_OVER_2_SPLIT;

/** The reduced argument: r = rh + rl, and k mod 4 (0…3). */
export const reduced = { rh: 0, rl: 0, quadrant: 0 };

/** Below this |r| the three-part reduction may have lost too many bits to cancellation. */
const CANCELLED = 9.5367431640625e-7; // 2^-20

/** Reduces a finite x ≥ 0 into `reduced`. */
export function reduceQuarterPi(x: number): void {
  if (x < 524288) {
    const k = Math.round(x * TWO_OVER_PI);
    // x − k·P1 is exact (Sterbenz), k·P2 is exact
    const h = twoSum(x - k * P1, -k * P2);
    const l = dd.lo - k * P3;
    reduced.rh = fastTwoSum(h, l);
    reduced.rl = dd.lo;
    reduced.quadrant = k & 3;
    // x very near a multiple of π/2: redo it exactly (rare)
    if (k === 0 || Math.abs(reduced.rh) >= CANCELLED) return;
  }
  reduceHuge(x);
}

let twoOverPi: bigint | undefined;
const view = new DataView(new ArrayBuffer(8));

/** The reduction of x ≥ 1 with exact integer arithmetic. */
function reduceHuge(x: number): void {
  twoOverPi ??= BigInt(`0x${TWO_OVER_PI_HEX}`);
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const e = Number(bits >> 52n) - 1075; // x = m·2^e, m an integer
  const m = (bits & 0xfffffffffffffn) | 0x10000000000000n;
  // x·(2/π) = m·T·2^(e − B): an integer part and a fraction of `shift` bits
  const shift = BigInt(TWO_OVER_PI_BITS - e);
  const product = m * twoOverPi;
  let k = product >> shift;
  let fraction = product - (k << shift);
  if (fraction >= 1n << (shift - 1n)) {
    k += 1n;
    fraction -= 1n << shift;
  }
  // the fraction to 128 bits, as a double-double, times π/2
  const top = shift > 128n ? fraction >> (shift - 128n) : fraction << (128n - shift);
  const fh = Number(top);
  const fl = Number(top - BigInt(fh));
  const scale = powerOfTwo(-128);
  reduced.rh = ddMul(fh * scale, fl * scale, PI_OVER_2_DD[0], PI_OVER_2_DD[1]);
  reduced.rl = dd.lo;
  reduced.quadrant = Number(k & 3n);
}
