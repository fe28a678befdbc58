/**
 * The function table that compiled equations call: one replaceable object, so a caller can
 * swap an implementation (for example a different PULSE convention) without touching the
 * compiler. Generated code only ever calls entries of this table by their canonical builtin
 * name; arguments are plain numbers.
 *
 * The elementary functions (exp, ln, power, the trigonometric ones …) are the engine's own
 * deterministic ones (`src/math/`), not Math's: JavaScript engines round Math.exp, Math.pow and
 * the like differently in the last bit, and a model must give the same bits in Node and in a
 * browser. The `^` operator calls `power` too.
 *
 * Test inputs follow the usual Vensim conventions, with time compared at `time + dt/2` so that
 * floating-point time steps do not miss an edge (the same rule SDEverywhere and PySD use).
 */
import { modulo } from "../expr/apply-operator.js";
import {
  acos,
  asin,
  atan,
  cos,
  cosh,
  exp,
  log,
  log10,
  logBase,
  logGamma,
  pow,
  sin,
  sinh,
  tan,
  tanh,
} from "../math/index.js";
import {
  betaDraw,
  binomialDraw,
  exponentialDraw,
  gammaDraw,
  lognormalDraw,
  negativeBinomialDraw,
  normalDraw,
  poissonDraw,
  triangularDraw,
  truncatedDraw,
  weibullDraw,
} from "../random/distributions.js";
import type { RandomSource } from "../random/random-source.js";
import { allocateAvailableAt, allocateExactAt } from "./allocate-available.js";
import { readTable, type Table } from "./graphical-function.js";
import {
  lookupArea,
  lookupBackward,
  lookupExtrapolate,
  lookupForward,
  lookupInvert,
} from "./lookup-modes.js";
import { demandAtPriceOf, marketPriceOf, supplyAtPriceOf } from "./market-price.js";
import {
  allocateByPriorityAt,
  invertMatrixAt,
  rankIndex,
  vectorElementAt,
  vectorRankAt,
  vectorSelect,
  vectorSortOrderAt,
} from "./vector-functions.js";
import { vectorLookup } from "./vector-lookup.js";

/** The default implementations of every builtin that compiles to a function call. */
export const RUNTIME_FUNCTIONS = {
  abs: Math.abs,
  exp,
  ln: log,
  log10,
  log: logBase,
  sqrt: Math.sqrt,
  sin,
  cos,
  tan,
  arcsin: asin,
  arccos: acos,
  arctan: atan,
  sinh,
  cosh,
  tanh,
  int: Math.floor,
  integer: Math.trunc,
  ceiling: Math.ceil,
  round: (x: number) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  sign: Math.sign,
  modulo,
  power: pow,
  min: Math.min,
  max: Math.max,
  xidz: (a: number, b: number, x: number) => (b === 0 ? x : a / b),
  zidz: (a: number, b: number) => (b === 0 ? 0 : a / b),
  quantum: (x: number, q: number) => (q <= 0 ? x : q * Math.trunc(x / q)),
  gamma_ln: logGamma,
  lookup: readTable as (table: Table, x: number) => number,
  vector_select_of: vectorSelect,
  vector_element_at: vectorElementAt,
  vector_sort_order_at: vectorSortOrderAt,
  vector_rank_at: vectorRankAt,
  invert_matrix_at: invertMatrixAt,
  allocate_by_priority_at: allocateByPriorityAt,
  allocate_available_at: allocateAvailableAt,
  allocate_exact_at: allocateExactAt,
  market_price_of: marketPriceOf,
  vector_lookup_of: vectorLookup,
  demand_at_price_of: demandAtPriceOf,
  supply_at_price_of: supplyAtPriceOf,
  rank_index: rankIndex,
  lookup_extrapolate: lookupExtrapolate as (table: Table, x: number) => number,
  lookup_forward: lookupForward as (table: Table, x: number) => number,
  lookup_backward: lookupBackward as (table: Table, x: number) => number,
  lookup_invert: lookupInvert as (table: Table, y: number) => number,
  lookup_area: lookupArea as (table: Table, x: number) => number,
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
  random_normal: (r: RandomSource, min: number, max: number, mean: number, sd: number) =>
    truncatedDraw(() => mean + sd * normalDraw(r), min, max),
  lognormal: (r: RandomSource, mean: number, sd: number) => lognormalDraw(r, mean, sd),
  exprnd: (r: RandomSource, mean: number) => mean * exponentialDraw(r),
  poisson: (r: RandomSource, mean: number) => poissonDraw(r, mean),
  triangular: (r: RandomSource, min: number, mode: number, max: number) =>
    triangularDraw(r, min, mode, max),
  random_exponential: (r: RandomSource, min: number, max: number, shift: number, stretch: number) =>
    truncatedDraw(() => shift + stretch * exponentialDraw(r), min, max),
  random_lognormal: (r: RandomSource, min: number, max: number, mean: number, sd: number) =>
    truncatedDraw(() => lognormalDraw(r, mean, sd), min, max),
  random_poisson: (
    r: RandomSource,
    min: number,
    max: number,
    mean: number,
    shift: number,
    stretch: number,
  ) => truncatedDraw(() => shift + stretch * poissonDraw(r, mean), min, max),
  random_triangular: (
    r: RandomSource,
    min: number,
    max: number,
    start: number,
    peak: number,
    end: number,
  ) => truncatedDraw(() => triangularDraw(r, start, peak, end), min, max),
  random_beta: (
    r: RandomSource,
    min: number,
    max: number,
    alpha: number,
    beta: number,
    shift: number,
    stretch: number,
  ) => truncatedDraw(() => shift + stretch * betaDraw(r, alpha, beta), min, max),
  random_gamma: (
    r: RandomSource,
    min: number,
    max: number,
    order: number,
    shift: number,
    stretch: number,
  ) => truncatedDraw(() => shift + stretch * gammaDraw(r, order), min, max),
  random_weibull: (
    r: RandomSource,
    min: number,
    max: number,
    shape: number,
    shift: number,
    stretch: number,
  ) => truncatedDraw(() => shift + stretch * weibullDraw(r, shape), min, max),
  random_binomial: (
    r: RandomSource,
    min: number,
    max: number,
    probability: number,
    count: number,
    shift: number,
    stretch: number,
  ) => truncatedDraw(() => shift + stretch * binomialDraw(r, count, probability), min, max),
  random_negative_binomial: (
    r: RandomSource,
    min: number,
    max: number,
    probability: number,
    count: number,
    shift: number,
    stretch: number,
  ) => truncatedDraw(() => shift + stretch * negativeBinomialDraw(r, count, probability), min, max),
} as const;

/** The shape of the function table; replace entries to change a builtin's implementation. */
export type RuntimeFunctions = typeof RUNTIME_FUNCTIONS;
