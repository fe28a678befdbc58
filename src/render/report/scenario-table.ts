/**
 * The scenario comparison table of a report: the stocks of a model at the final time of each
 * scenario run, one column per scenario (the first is the base).
 */
import type { Model } from "../../model/types.js";
import type { NamedRun } from "../chart/series-data.js";
import { heading, type Lang, t } from "../strings.js";
import type { ScenarioTable } from "./render-report.js";

/** Most rows in the table. */
const MAX_ROWS = 20;

/** Stocks at the final time of each run; undefined when there are fewer than two runs. */
export function scenarioTable(
  model: Model,
  runs: readonly NamedRun[],
  lang: Lang,
): ScenarioTable | undefined {
  const first = runs[0];
  if (first === undefined || runs.length < 2) return undefined;
  const end = first.run.time[first.run.time.length - 1] ?? 0;
  const stocks = model.variables.filter(
    (v) => v.kind === "stock" && runs.every((r) => r.run.has(v.id)),
  );
  return {
    title: `${heading("stocks", lang)} ${t("atTime", lang)} ${end}`,
    columns: runs.map((r) => r.name),
    rows: stocks.slice(0, MAX_ROWS).map((v) => ({
      label: v.labels?.[lang] ?? v.name ?? v.id,
      values: runs.map((r) => r.run.at(v.id, end)),
    })),
  };
}
