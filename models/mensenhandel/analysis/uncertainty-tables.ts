/** The ensemble's results and inputs as tables (CSV and workbook). */

import type { Lang } from "../../../src/render/strings.js";
import { formatDistribution } from "../../../src/sensitivity/distribution.js";
import { type AnalysisTable, table } from "./csv-text.js";
import { TABLE_TEXT } from "./table-text.js";
import type { UncertaintyAnalysis } from "./uncertainty-analysis.js";

/** Each measure's effect on each indicator: median and 5–95 % range, relative and absolute. */
export function conclusionTable(u: UncertaintyAnalysis, lang: Lang = "nl"): AnalysisTable {
  return table(
    TABLE_TEXT[lang].conclusions,
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
export function inputsTable(u: UncertaintyAnalysis, lang: Lang = "nl"): AnalysisTable {
  const text = TABLE_TEXT[lang];
  return table(
    text.inputs,
    u.inputs.map((i) => [
      i.kind === "constant" ? text.assumption : text.measureSize,
      i.id,
      formatDistribution(i.distribution, lang),
      i.reasoning[lang],
    ]),
  );
}
