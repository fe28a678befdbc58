/**
 * The pattern of an intervention's effect on an indicator over the horizon, read from the
 * directed difference d(t) = ±(indicator with intervention − baseline), positive when the
 * indicator moves the desired way. Values within the tolerance of zero are ignored; the pattern
 * is decided by the signs of the rest, in time order:
 *
 * - `none`: no value outside the tolerance — the intervention does not reach the indicator;
 * - `monotone`: one sign throughout — the effect stays on one side of the baseline (better or
 *   worse: `ok` at the moments says which);
 * - `worse-before-better`: one change of sign, from worse to better;
 * - `better-before-worse`: one change of sign, from better to worse;
 * - `oscillating`: two or more changes of sign.
 */
import { expectNumbers, expectOptions } from "../diagnostics/check-argument.js";

/** The pattern of an effect over the horizon. */
export type MarvelPattern =
  | "none"
  | "monotone"
  | "worse-before-better"
  | "better-before-worse"
  | "oscillating";

/** Tolerances below which a difference counts as zero. */
export interface PatternTolerance {
  /** Absolute tolerance. */
  readonly absolute: number;
  /** Relative to the largest |d| over the horizon, so numerical ripples do not count. */
  readonly relative: number;
}

/** The default tolerances: 1e-9 absolute, 0.1% of the largest difference. */
export const PATTERN_TOLERANCE: PatternTolerance = Object.freeze({
  absolute: 1e-9,
  relative: 1e-3,
});

/** The zero tolerance for a series of directed differences. */
export function zeroTolerance(
  d: ArrayLike<number>,
  tolerance: PatternTolerance = PATTERN_TOLERANCE,
): number {
  let largest = 0;
  for (let i = 0; i < d.length; i++) largest = Math.max(largest, Math.abs(d[i]!));
  return Math.max(tolerance.absolute, tolerance.relative * largest);
}

/** Classify directed differences (positive = the desired way), given in time order. */
export function classifyPattern(
  d: ArrayLike<number>,
  tolerance: PatternTolerance = PATTERN_TOLERANCE,
): MarvelPattern {
  expectNumbers("classifyPattern", "d", d);
  expectOptions(
    "classifyPattern",
    tolerance,
    { absolute: "number", relative: "number" },
    "tolerance",
  );
  const zero = zeroTolerance(d, tolerance);
  const signs: number[] = [];
  for (let i = 0; i < d.length; i++) {
    const x = d[i]!;
    if (Math.abs(x) <= zero) continue;
    const sign = x > 0 ? 1 : -1;
    if (signs[signs.length - 1] !== sign) signs.push(sign);
  }
  if (signs.length === 0) return "none";
  if (signs.length === 1) return "monotone";
  if (signs.length === 2) return signs[0]! < 0 ? "worse-before-better" : "better-before-worse";
  return "oscillating";
}
