/**
 * Writes `src/math/elementary-tables.ts`: the constants and tables of the engine's own
 * elementary functions, each computed here from its mathematical series in exact BigInt
 * fixed-point arithmetic (2^-320 resolution) and rounded once to a double or a double-double.
 * Nothing in it comes from a platform's Math, so the file is the same on every machine.
 *
 *   npx tsx scripts/gen-exact-math-tables.ts   (then `git diff` shows nothing: the tables are
 *                                              reproduced, or they changed on purpose)
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Fixed-point scale of every computation: 2^BITS is one. */
const BITS = 320n;
const ONE = 1n << BITS;

/** atanh(p/q) by its odd power series. */
function atanhRatio(p: bigint, q: bigint): bigint {
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
const lnRatio = (p: bigint, q: bigint) => 2n * atanhRatio(p - q, p + q);

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
const piFixed = (bits: bigint) => {
  const one = 1n << (bits + 16n);
  return (16n * atanInverse(5n, one) - 4n * atanInverse(239n, one)) >> 16n;
};

/** e^x for a fixed-point x of modest size, by its power series. */
function expFixed(x: bigint): bigint {
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x) / (ONE * n);
    sum += term;
  }
  return sum;
}

/** sin and cos of a fixed-point x, by their power series. */
function sinCosFixed(x: bigint): [bigint, bigint] {
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
function atanSixtyFourths(j: bigint): bigint {
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
const toDouble = (v: bigint) => Number(v) * 2 ** -Number(BITS);

/** A fixed-point value as a double-double [hi, lo]. */
function toDoubleDouble(v: bigint): [number, number] {
  const hi = Number(v);
  return [hi * 2 ** -Number(BITS), Number(v - BigInt(hi)) * 2 ** -Number(BITS)];
}

/** A fixed-point value cut to `bits` significant bits (so products by small integers are exact). */
function cut(v: bigint, bits: number): bigint {
  const length = BigInt(v.toString(2).length);
  const drop = length - BigInt(bits);
  return drop > 0n ? (v >> drop) << drop : v;
}

/** Splits v into `parts` doubles of `bits` significant bits, the last one rounded. */
function split(v: bigint, bits: number, parts: number): number[] {
  const out: number[] = [];
  let rest = v;
  for (let i = 0; i < parts - 1; i++) {
    const piece = cut(rest, bits);
    out.push(toDouble(piece));
    rest -= piece;
  }
  out.push(toDouble(rest));
  return out;
}

const LN2 = lnRatio(2n, 1n);
const LN10 = lnRatio(10n, 1n);
const PI = piFixed(BITS);

const list = (xs: readonly number[]) => `[\n  ${xs.map(String).join(",\n  ")},\n]`;
const pairs = (xs: readonly [number, number][]) => list(xs.flat());

const exp2Table: [number, number][] = [];
for (let j = 0n; j < 32n; j++) exp2Table.push(toDoubleDouble(expFixed((LN2 * j) / 32n)));
const logTable: [number, number][] = [];
for (let i = 96n; i <= 192n; i++) logTable.push(toDoubleDouble(lnRatio(i, 128n)));
const sinCosTable: [number, number][] = [];
for (let j = 0n; j <= 52n; j++) {
  const [s, c] = sinCosFixed((ONE * j) / 64n);
  sinCosTable.push(toDoubleDouble(s), toDoubleDouble(c));
}
const atanTable: [number, number][] = [];
for (let j = 0n; j <= 64n; j++) atanTable.push(toDoubleDouble(atanSixtyFourths(j)));

/** 2/π with TWO_OVER_PI_BITS fractional bits, for reducing huge trigonometric arguments. */
const TWO_OVER_PI_BITS = 1400n;
const twoOverPiFixed = (1n << (2n * TWO_OVER_PI_BITS + 9n)) / piFixed(TWO_OVER_PI_BITS + 8n);

const source = `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: the nearest doubles to ln 2, π/2 …, computed exactly by the generator
/**
 * Constants and tables of the engine's elementary functions. Generated by
 * \`scripts/gen-exact-math-tables.ts\` from exact BigInt series: do not edit by hand.
 * Double-double values are [hi, lo] pairs flattened into one array.
 */

/** ln 2 / 32 in three parts; the first two have 36 significant bits, so k·part is exact for |k| < 2^17. */
export const LN2_OVER_32 = ${list(split(LN2 / 32n, 36, 3))} as const;

/** 32 / ln 2, rounded. */
export const THIRTY_TWO_OVER_LN2 = ${toDouble((ONE * ONE * 32n) / LN2)};

/** ln 2 in two parts; the first has 42 significant bits, so k·part is exact for |k| < 2^11. */
export const LN2_SPLIT = ${list(split(LN2, 42, 2))} as const;

/** ln 2 as a double-double. */
export const LN2_DD = ${list(toDoubleDouble(LN2))} as const;

/** 1/ln 10 as a double-double. */
export const INV_LN10_DD = ${list(toDoubleDouble((ONE * ONE) / LN10))} as const;

/** π/2 in three parts; the first two have 33 significant bits, so k·part is exact for |k| < 2^20. */
export const PI_OVER_2_SPLIT = ${list(split(PI / 2n, 33, 3))} as const;

/** π/2 and π as double-doubles. */
export const PI_OVER_2_DD = ${list(toDoubleDouble(PI / 2n))} as const;
export const PI_DD = ${list(toDoubleDouble(PI))} as const;

/** 2/π, rounded. */
export const TWO_OVER_PI = ${toDouble((ONE * ONE * 2n) / PI)};

/** 2^(j/32) for j = 0…31, double-doubles. */
export const EXP2_TABLE = ${pairs(exp2Table)};

/** ln(i/128) for i = 96…192, double-doubles. */
export const LOG_TABLE = ${pairs(logTable)};

/** sin(j/64), cos(j/64) for j = 0…52, double-doubles: [sin hi, sin lo, cos hi, cos lo] per j. */
export const SIN_COS_TABLE = ${pairs(sinCosTable)};

/** atan(j/64) for j = 0…64, double-doubles. */
export const ATAN_TABLE = ${pairs(atanTable)};

/** Fractional bits of TWO_OVER_PI_HEX. */
export const TWO_OVER_PI_BITS = ${TWO_OVER_PI_BITS};

/** floor(2/π · 2^TWO_OVER_PI_BITS) in hexadecimal. */
export const TWO_OVER_PI_HEX =
  "${twoOverPiFixed.toString(16)}";
`;

const out = resolve(fileURLToPath(import.meta.url), "../../src/math/elementary-tables.ts");
writeFileSync(out, source);
execFileSync("npx", ["biome", "format", "--write", out], { stdio: "ignore" });
console.log(`wrote ${out}`);
