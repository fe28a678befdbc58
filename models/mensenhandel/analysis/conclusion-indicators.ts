/**
 * The indicators the conclusions read, the years of the table, and how a 5–95 % range of an
 * effect reads as a direction. Shared by the conclusions table, the disagreements with MARVEL
 * and the ensemble's choice of what to save.
 */
import { sfdIndicators } from "../sfd/sfd-indicators.js";
import type { EffectRange } from "./uncertainty-analysis.js";

/** The indicators of the table: the stock-and-flow model's performance indicators. */
export const CONCLUSION_INDICATORS = sfdIndicators;

/** The indicators the ensemble saves for the conclusions (the table's and MARVEL's). */
export const ENSEMBLE_INDICATORS: readonly string[] = [
  ...new Set(CONCLUSION_INDICATORS.flatMap((i) => [i.id, i.marvelVia])),
];

/** The years of the table. */
export const CONCLUSION_YEARS = [2025, 2030] as const;

/** A direction read from a 5–95 % range: up, down, unsure (the range spans zero) or none. */
export type Direction = "up" | "down" | "unsure" | "none";

/**
 * The direction of an effect range. A range within ±0.05 % (what the table prints as 0,0 %) is
 * no effect: a measure that ended years before leaves only rounding-level traces.
 */
export function directionOf(e: Pick<EffectRange, "p05" | "p95" | "absolute">): Direction {
  if (Math.abs(e.absolute.p05) < 1e-9 && Math.abs(e.absolute.p95) < 1e-9) return "none";
  if (Math.abs(e.p05) < 0.0005 && Math.abs(e.p95) < 0.0005) return "none";
  if (e.p05 > 0) return "up";
  if (e.p95 < 0) return "down";
  return "unsure";
}
