/**
 * The report of `stockflow sensitivity` (and of `stockflow merge`, which must print the same
 * bytes): percentile summaries by variable and time as a table, CSV or JSON, and the tornado.
 */
import { rowsToCsv, rowsToTable, toJson } from "../scenario/format-rows.js";
import type { VariableSummary } from "../sensitivity/summarize-runs.js";
import type { TornadoBar } from "../sensitivity/tornado.js";

/** What the report shows of a study. */
export interface SensitivityReport {
  readonly time: ArrayLike<number>;
  readonly variables: Readonly<Record<string, VariableSummary>>;
  readonly runs: number;
  readonly seed: number;
  readonly tornado?: {
    readonly outcome: string;
    readonly time: number;
    readonly base: number;
    readonly bars: readonly TornadoBar[];
  };
}

const LEVELS = ["mean", "p05", "p25", "p50", "p75", "p95"] as const;

/** The report text in one of the sensitivity command's formats. */
export function sensitivityReport(
  report: SensitivityReport,
  format: "table" | "csv" | "json",
): string {
  const ranking = report.tornado;
  if (format === "json") {
    return toJson({
      time: report.time,
      variables: report.variables,
      runs: report.runs,
      seed: report.seed,
      ...(ranking !== undefined ? { tornado: ranking } : {}),
    });
  }
  const columns = ["variable", "time", ...LEVELS];
  const rows = Object.entries(report.variables).flatMap(([id, s]) =>
    Array.from(report.time, (t, i) => [id, t, ...LEVELS.map((k) => s[k][i]!)]),
  );
  let text = format === "csv" ? rowsToCsv(columns, rows) : rowsToTable(columns, rows);
  if (ranking !== undefined && format === "table") {
    text += `\ntornado: ${ranking.outcome} at ${ranking.time} (base ${ranking.base})\n`;
    text += rowsToTable(
      ["parameter", "low", "high", "outcome at low", "outcome at high", "swing"],
      ranking.bars.map((b) => [
        b.parameter,
        b.lowValue,
        b.highValue,
        b.lowOutcome,
        b.highOutcome,
        b.swing,
      ]),
    );
  }
  return text;
}
