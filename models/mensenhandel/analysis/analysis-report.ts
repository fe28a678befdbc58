/**
 * The HTML report of the analysis, in Dutch, through the library's `renderReport`: summary
 * facts, the systeemkaart, the named loops, the charts, and tables for leverage, MARVEL, the
 * calibration, the scenarios and the reality checks.
 */
import type { StructureAnalysis } from "../../../src/analysis/analyze-structure.js";
import type { RealityCheckResult } from "../../../src/checks/reality-check.js";
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import { renderReport, type ScenarioTable } from "../../../src/render/report/render-report.js";
import type { ScenarioRun } from "../../../src/scenario/run-scenarios.js";
import { namedLoops } from "../loops.js";
import type { CalibrationAnalysis } from "./calibration-analysis.js";
import { marvelRows } from "./marvel-analysis.js";
import { SCENARIO_INDICATORS } from "./scenario-analysis.js";

/** Everything the report shows. */
export interface ReportParts {
  readonly structure: StructureAnalysis;
  readonly marvel: MarvelEvaluation;
  readonly calibration: CalibrationAnalysis;
  readonly runs: readonly ScenarioRun[];
  readonly checks: readonly RealityCheckResult[];
  readonly figures: { readonly title: string; readonly svg: string }[];
  readonly diagram: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function tables(p: ReportParts): ScenarioTable[] {
  const leverage: ScenarioTable = {
    title: "Hefboomtabel systeemkaart",
    columns: ["actief", "passief", "lussen", "rol"],
    rows: p.structure.leverage.map((c) => ({
      label: `${c.rank}. ${c.label}`,
      values: [c.activeSum, c.passiveSum, c.loops, c.role],
    })),
  };
  const marvel: ScenarioTable = {
    title: "MARVEL-evaluatie van de maatregelen (vanaf 2018)",
    columns: ["score", "aandeel goed", "robuust"],
    rows: marvelRows(p.marvel).map((r) => ({
      label: `${r.rank}. ${r.label}`,
      values: [r.score, pct(r.okShare), pct(r.robust)],
    })),
    caption: `robuustheid over ${p.marvel.robustness?.samples ?? 0} steekproeven van de sterkte- en snelheidsklassen (seed ${p.marvel.robustness?.seed ?? "-"})`,
  };
  const fit: ScenarioTable = {
    title: "Kalibratie: geregistreerde slachtoffers (NRM)",
    columns: ["waargenomen", "model"],
    rows: p.calibration.fitRows.map((r) => ({
      label: String(r.year),
      values: [r.observed, r.simulated],
    })),
    caption: `MAPE ${pct(p.calibration.mape)}`,
  };
  const ranges: ScenarioTable = {
    title: "Totaal aantal slachtoffers tegen de schattingen (MSE)",
    columns: ["model", "ondergrens", "bovengrens", "binnen"],
    rows: p.calibration.ranges.map((r) => ({
      label: String(r.year),
      values: [r.simulated, r.low, r.high, r.inside ? "ja" : "nee"],
    })),
  };
  const justice: ScenarioTable = {
    title: "Strafrechtketen: model tegen cijfers",
    columns: ["waargenomen", "model"],
    rows: p.calibration.justice.map((r) => ({
      label: `${r.indicator} ${r.year}`,
      values: [r.observed, r.simulated],
    })),
    caption: "OM-verdachten 2013 en 2017 zijn gefit; de rest is validatie (S32, S34, S39, S40)",
  };
  const scenarios: ScenarioTable = {
    title: "Scenario's in 2030 (gekalibreerd voorraad-stroommodel)",
    columns: SCENARIO_INDICATORS.map((i) => i.nl),
    rows: p.runs.map((r) => ({
      label: r.name,
      values: SCENARIO_INDICATORS.map((i) => r.run.at(i.id, 2030)),
    })),
  };
  const checks: ScenarioTable = {
    title: "Realiteitstoetsen",
    columns: ["geslaagd", "gezien"],
    rows: p.checks.map((c) => ({ label: c.name, values: [c.passed ? "ja" : "nee", c.detail] })),
  };
  return [leverage, marvel, fit, ranges, justice, scenarios, checks];
}

/** The report as one self-contained HTML page. */
export function analysisReport(p: ReportParts): string {
  const s = p.structure.summary;
  return renderReport({
    title: "Systeemanalyse aanpak mensenhandel, nagespeeld",
    lang: "nl",
    summary: {
      text: "De systeemkaart van de aanpak van mensenhandel (MARVEL, 2018) met haar lussen en hefbomen, de MARVEL-evaluatie van de maatregelen van Samen tegen mensenhandel, en een gekalibreerd voorraad-stroommodel met de maatregelen als scenario's, 2018–2030. Bronnen: de onderzoeksnotities van het project (S1–S71).",
      facts: [
        { label: "factoren", value: s.factors },
        { label: "verbanden", value: s.links },
        { label: "versterkende lussen", value: s.loops.R },
        { label: "balancerende lussen", value: s.loops.B },
        { label: "MAPE kalibratie (NRM 2013–2020)", value: pct(p.calibration.mape) },
        { label: "totaal binnen schattingen", value: p.calibration.rangesOk ? "ja" : "nee" },
        {
          label: "realiteitstoetsen geslaagd",
          value: `${p.checks.filter((c) => c.passed).length} van ${p.checks.length}`,
        },
      ],
    },
    diagrams: [{ title: "Systeemkaart", svg: p.diagram }],
    loops: namedLoops.map((l) => ({
      id: l.id,
      polarity: l.polarity,
      variables: l.variables,
      name: l.name_nl,
    })),
    charts: p.figures,
    scenarios: tables(p),
  });
}
