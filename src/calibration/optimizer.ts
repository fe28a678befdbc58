/**
 * The protocol shared by the optimisers: minimise `f` over the unit cube [0, 1]^k from a start
 * point. Calibration maps each parameter's bounds onto [0, 1], so optimisers only ever clamp.
 */
import { expectNumbers } from "../diagnostics/check-argument.js";

/** A function to minimise over the unit cube. */
export type Objective = (x: Float64Array) => number;

/** Options shared by the optimisers. */
export interface OptimizeOptions {
  /** Most evaluations of the objective. */
  readonly maxEvaluations?: number;
  /** Stop when the objective improves relatively by less than this. */
  readonly tolerance?: number;
}

/** Defaults of {@link OptimizeOptions}. */
export const OPTIMIZE_DEFAULTS = { maxEvaluations: 2000, tolerance: 1e-10 } as const;

/** The best point found. */
export interface OptimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly evaluations: number;
}

/** An optimiser: Nelder–Mead or Powell. */
export type Optimizer = (
  f: Objective,
  start: Float64Array,
  options?: OptimizeOptions,
) => OptimizeResult;

/** Clamp every coordinate into [0, 1], in place; returns `x`. */
export function clampUnit(x: Float64Array): Float64Array {
  expectNumbers("clampUnit", "x", x);
  for (let i = 0; i < x.length; i++) x[i] = Math.min(1, Math.max(0, x[i]!));
  return x;
}

/** The objective, counting its evaluations and treating NaN as +∞ (a failed run is bad). */
export function counted(f: Objective): { f: Objective; count: () => number } {
  let n = 0;
  return {
    f: (x) => {
      n++;
      const y = f(x);
      return Number.isNaN(y) ? Number.POSITIVE_INFINITY : y;
    },
    count: () => n,
  };
}
