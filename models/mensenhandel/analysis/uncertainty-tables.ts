/** The ensemble's results and inputs as tables (CSV and workbook). */
import { formatDistribution } from "../../../src/sensitivity/distribution.js";
import { type AnalysisTable, table } from "./csv-text.js";
import type { UncertaintyAnalysis } from "./uncertainty-analysis.js";

/** Each measure's effect on each indicator: median and 5–95 % range, relative and absolute. */
export function conclusionTable(u: UncertaintyAnalysis): AnalysisTable {
  return table(
    [
      "maatregel",
      "indicator",
      "jaar",
      "mediaan (relatief)",
      "p05 (relatief)",
      "p95 (relatief)",
      "mediaan",
      "p05",
      "p95",
    ],
    u.effects.map((e) => [
      e.comparison,
      e.indicator,
      e.year,
      e.median,
      e.p05,
      e.p95,
      e.absolute.median,
      e.absolute.p05,
      e.absolute.p95,
    ]),
  );
}

/** What the ensemble varies: each input, its distribution and why its range is that wide. */
export function inputsTable(u: UncertaintyAnalysis): AnalysisTable {
  return table(
    ["soort", "invoer", "verdeling", "onderbouwing"],
    u.inputs.map((i) => [
      i.kind === "constant" ? "aanname" : "omvang maatregel",
      i.id,
      formatDistribution(i.distribution),
      i.reasoning.nl,
    ]),
  );
}
