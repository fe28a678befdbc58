/**
 * The function table that compiled equations call: one replaceable object, so a caller can
 * swap an implementation (for example a different PULSE convention) without touching the
 * compiler. Generated code only ever calls entries of this table by their canonical builtin
 * name; arguments are plain numbers.
 *
 * Test inputs follow the usual Vensim conventions, with time compared at `time + dt/2` so that
 * floating-point time steps do not miss an edge (the same rule SDEverywhere and PySD use).
 */
import { modulo } from "../expr/apply-operator.js";
import type { RandomSource } from "../random/random-source.js";
import { lookupTable, type Table } from "./graphical-function.js";
import {
  allocateByPriorityAt,
  invertMatrixAt,
  rankIndex,
  vectorElementAt,
  vectorRankAt,
  vectorSelect,
  vectorSortOrderAt,
} from "./vector-functions.js";

function normalDraw(r: RandomSource): number {
  // Box–Muller; 1 - r() keeps the argument of log in (0, 1].
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function poissonDraw(r: RandomSource, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    // Knuth: multiply uniforms until the product falls below e^-mean.
    const limit = Math.exp(-mean);
    let k = 0;
    let product = r();
    while (product > limit) {
      k++;
      product *= r();
    }
    return k;
  }
  // Hörmann (1993), transformed rejection with squeeze (PTRS), for larger means.
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = r() - 0.5;
    const v = r();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v * invalpha) - Math.log(a / (us * us) + b);
    const rhs = -mean + k * loglam - logFactorial(k);
    if (lhs <= rhs) return k;
  }
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  // Stirling series; exact enough for k >= 2 in the rejection test above.
  const x = k + 1;
  return (
    (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3)
  );
}

/** The default implementations of every builtin that compiles to a function call. */
export const RUNTIME_FUNCTIONS = {
  abs: Math.abs,
  exp: Math.exp,
  ln: Math.log,
  log10: Math.log10,
  log: (x: number, base: number) => Math.log(x) / Math.log(base),
  sqrt: Math.sqrt,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  arcsin: Math.asin,
  arccos: Math.acos,
  arctan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  int: Math.floor,
  integer: Math.trunc,
  ceiling: Math.ceil,
  round: (x: number) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  sign: Math.sign,
  modulo,
  power: Math.pow,
  min: Math.min,
  max: Math.max,
  xidz: (a: number, b: number, x: number) => (b === 0 ? x : a / b),
  zidz: (a: number, b: number) => (b === 0 ? 0 : a / b),
  quantum: (x: number, q: number) => (q === 0 ? 0 : q * Math.trunc(x / q)),
  lookup: lookupTable as (table: Table, x: number) => number,
  vector_select_of: vectorSelect,
  vector_element_at: vectorElementAt,
  vector_sort_order_at: vectorSortOrderAt,
  vector_rank_at: vectorRankAt,
  invert_matrix_at: invertMatrixAt,
  allocate_by_priority_at: allocateByPriorityAt,
  rank_index: rankIndex,
  step: (height: number, start: number, t: number, dt: number) => (t + dt / 2 > start ? height : 0),
  ramp: (slope: number, start: number, end: number, t: number, dt: number) => {
    if (t + dt / 2 <= start) return 0;
    const until = Number.isNaN(end) ? t : Math.min(t, end);
    return slope * (until - start);
  },
  pulse: (start: number, width: number, t: number, dt: number) => {
    const w = width === 0 ? dt : Math.max(width, dt);
    const at = t + dt / 2;
    return at > start && at < start + w ? 1 : 0;
  },
  pulse_train: (
    start: number,
    width: number,
    interval: number,
    end: number,
    t: number,
    dt: number,
  ) => {
    const at = t + dt / 2;
    if (at <= start || t > end + dt / 2) return 0;
    const w = width === 0 ? dt : Math.max(width, dt);
    const phase = interval > 0 ? modulo(t - start, interval) : t - start;
    return phase + dt / 2 < w ? 1 : 0;
  },
  xpulse: (magnitude: number, first: number, interval: number, t: number, dt: number) => {
    if (t + dt / 2 < first) return 0;
    const since = t - first;
    const k = interval > 0 ? Math.round(since / interval) : 0;
    return Math.abs(since - k * interval) < dt / 2 ? magnitude / dt : 0;
  },
  random: (r: RandomSource, min: number, max: number) => min + (max - min) * r(),
  normal: (r: RandomSource, mean: number, sd: number) => mean + sd * normalDraw(r),
  random_normal: (r: RandomSource, min: number, max: number, mean: number, sd: number) => {
    // Truncated normal by rejection, falling back to clamping after many misses.
    for (let i = 0; i < 1000; i++) {
      const x = mean + sd * normalDraw(r);
      if (x >= min && x <= max) return x;
    }
    return Math.min(max, Math.max(min, mean));
  },
  lognormal: (r: RandomSource, mean: number, sd: number) => {
    // Parameters are the mean and standard deviation of the variable itself.
    const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
    const mu = Math.log(mean) - sigma2 / 2;
    return Math.exp(mu + Math.sqrt(sigma2) * normalDraw(r));
  },
  exprnd: (r: RandomSource, mean: number) => -mean * Math.log(1 - r()),
  poisson: (r: RandomSource, mean: number) => poissonDraw(r, mean),
  triangular: (r: RandomSource, min: number, mode: number, max: number) => {
    const u = r();
    const cut = (mode - min) / (max - min);
    return u < cut
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  },
} as const;

/** The shape of the function table; replace entries to change a builtin's implementation. */
export type RuntimeFunctions = typeof RUNTIME_FUNCTIONS;
