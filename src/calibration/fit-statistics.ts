/**
 * How well a simulated series fits an observed one, the summary statistics of Sterman (1984,
 * "Appropriate summary statistics for evaluating the historical fit of system dynamics
 * models", Dynamica 10(2)): the mean absolute percent error, R² (the squared correlation), and
 * Theil's inequality statistics, which split the mean squared error into bias U_M = (S̄ − Ā)²/MSE,
 * unequal variation U_S = (σ_S − σ_A)²/MSE and unequal covariation
 * U_C = 2(1 − r)·σ_S·σ_A/MSE (population standard deviations, so U_M + U_S + U_C = 1).
 */
import { expectNumbers } from "../diagnostics/check-argument.js";

/** Fit of one variable. NaN where a statistic is undefined (a perfect fit has no MSE to split). */
export interface FitStatistics {
  /** Points compared (observed values that are not gaps). */
  readonly n: number;
  /** Mean absolute percent error, as a fraction (0.05 is 5 %), over points with A ≠ 0. */
  readonly mape: number;
  readonly mse: number;
  /** Squared correlation of simulated and observed. */
  readonly r2: number;
  readonly theilUm: number;
  readonly theilUs: number;
  readonly theilUc: number;
}

/** Statistics of `simulated` against `observed` at the same times; NaN observations are gaps. */
export function fitStatistics(
  simulated: ArrayLike<number>,
  observed: ArrayLike<number>,
): FitStatistics {
  expectNumbers("fitStatistics", "simulated", simulated);
  expectNumbers("fitStatistics", "observed", observed);
  const s: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < observed.length; i++) {
    if (Number.isNaN(observed[i]!)) continue;
    s.push(simulated[i]!);
    a.push(observed[i]!);
  }
  const n = s.length;
  const mean = (xs: number[]) => xs.reduce((acc, x) => acc + x, 0) / xs.length;
  const ms = mean(s);
  const ma = mean(a);
  let mse = 0;
  let ss = 0;
  let sa = 0;
  let cov = 0;
  let pe = 0;
  let pn = 0;
  for (let i = 0; i < n; i++) {
    const e = s[i]! - a[i]!;
    mse += e * e;
    ss += (s[i]! - ms) ** 2;
    sa += (a[i]! - ma) ** 2;
    cov += (s[i]! - ms) * (a[i]! - ma);
    if (a[i] !== 0) {
      pe += Math.abs(e / a[i]!);
      pn++;
    }
  }
  mse /= n;
  const sdS = Math.sqrt(ss / n);
  const sdA = Math.sqrt(sa / n);
  const r = cov / Math.sqrt(ss * sa);
  const split = mse > 0 ? mse : Number.NaN;
  return {
    n,
    mape: pn > 0 ? pe / pn : Number.NaN,
    mse,
    r2: r * r,
    theilUm: (ms - ma) ** 2 / split,
    theilUs: (sdS - sdA) ** 2 / split,
    theilUc: (2 * (1 - r) * sdS * sdA) / split,
  };
}
