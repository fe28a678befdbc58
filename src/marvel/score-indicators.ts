/**
 * The score of an intervention or package over its indicators. `score` is the weighted mean,
 * over indicators, of the mean directed change over the moments (positive: the desired way), so
 * it grows with the size of the effect and is in the indicators' units (on normalised factors,
 * a share of the [0, 1] scale). `okShare` is the weighted share of (indicator, moment) pairs
 * that move the desired way: MARVEL's check itself, free of units.
 */
import { expectArray } from "../diagnostics/check-argument.js";

/** The part of an indicator evaluation that scoring reads. */
export interface ScoredIndicator {
  readonly desired: "up" | "down";
  readonly weight: number;
  readonly change: readonly number[];
  readonly ok: readonly boolean[];
}

/** Weighted score and ok share; both 0 when the weights sum to 0. */
export function scoreIndicators(indicators: readonly ScoredIndicator[]): {
  score: number;
  okShare: number;
} {
  expectArray("scoreIndicators", "indicators", indicators);
  let weights = 0;
  let score = 0;
  let okShare = 0;
  for (const ind of indicators) {
    const sign = ind.desired === "up" ? 1 : -1;
    const moments = ind.change.length;
    if (moments === 0) continue;
    weights += ind.weight;
    score += (ind.weight * ind.change.reduce((sum, c) => sum + sign * c, 0)) / moments;
    okShare += (ind.weight * ind.ok.filter(Boolean).length) / moments;
  }
  return weights > 0
    ? { score: score / weights, okShare: okShare / weights }
    : { score: 0, okShare: 0 };
}
