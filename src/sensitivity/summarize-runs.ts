/**
 * Summaries across runs: per variable and saved time, the mean and the 5/25/50/75/95th
 * percentiles. Percentiles interpolate linearly between order statistics (Hyndman and Fan 1996,
 * definition 7; the default of R and numpy). Sums run in run order, so the numbers are the same
 * bit for bit however the runs were computed.
 */
import { expectNumber, expectNumbers } from "../diagnostics/check-argument.js";

/** The summary of one variable: one value per saved time in each array. */
export interface VariableSummary {
  readonly mean: Float64Array;
  readonly p05: Float64Array;
  readonly p25: Float64Array;
  readonly p50: Float64Array;
  readonly p75: Float64Array;
  readonly p95: Float64Array;
}

const LEVELS = [
  ["p05", 0.05],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p95", 0.95],
] as const;

/** The `p`-quantile (0 ≤ p ≤ 1) of values sorted ascending. */
export function sortedQuantile(sorted: Float64Array, p: number): number {
  expectNumbers("sortedQuantile", "sorted", sorted);
  expectNumber("sortedQuantile", "p", p);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Summarise `runs` results laid out run, then variable, then time (`rows` times per variable,
 * `variables` variables per run), as {@link runBatch} packs them.
 */
export function summarizeRuns(
  results: Float64Array,
  runs: number,
  variables: number,
  rows: number,
): VariableSummary[] {
  expectNumbers("summarizeRuns", "results", results);
  expectNumber("summarizeRuns", "runs", runs);
  expectNumber("summarizeRuns", "variables", variables);
  expectNumber("summarizeRuns", "rows", rows);
  const column = new Float64Array(runs);
  return Array.from({ length: variables }, (_, v) => {
    const summary = {
      mean: new Float64Array(rows),
      p05: new Float64Array(rows),
      p25: new Float64Array(rows),
      p50: new Float64Array(rows),
      p75: new Float64Array(rows),
      p95: new Float64Array(rows),
    };
    for (let t = 0; t < rows; t++) {
      let sum = 0;
      for (let r = 0; r < runs; r++) {
        const x = results[(r * variables + v) * rows + t]!;
        column[r] = x;
        sum += x;
      }
      summary.mean[t] = sum / runs;
      column.sort();
      for (const [key, p] of LEVELS) summary[key][t] = sortedQuantile(column, p);
    }
    return summary;
  });
}
