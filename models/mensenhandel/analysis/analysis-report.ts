/**
 * The HTML report of the analysis, in Dutch, through the library's `renderReport`: summary
 * facts, the systeemkaart, the named loops, the charts, and tables for leverage, MARVEL, the
 * calibration, the scenarios and the reality checks.
 */
import type { StructureAnalysis } from "../../../src/analysis/analyze-structure.js";
import type { RealityCheckResult } from "../../../src/checks/reality-check.js";
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import { renderReport, type ScenarioTable } from "../../../src/render/report/render-report.js";
import { namedLoops } from "../loops.js";
import type { CalibrationAnalysis } from "./calibration-analysis.js";
import { marvelRows } from "./marvel-analysis.js";
import { effectOf, SCENARIO_INDICATORS, type ScenarioAnalysis } from "./scenario-analysis.js";
import type { Validation } from "./validation.js";

/** Everything the report shows. */
export interface ReportParts {
  readonly structure: StructureAnalysis;
  /** The leverage ranking restricted to factors someone can act on. */
  readonly actionable: StructureAnalysis["leverage"];
  readonly marvel: MarvelEvaluation;
  readonly calibration: CalibrationAnalysis;
  readonly validation: Validation;
  readonly scenarios: ScenarioAnalysis;
  readonly checks: readonly RealityCheckResult[];
  readonly figures: { readonly title: string; readonly svg: string }[];
  readonly diagram: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function tables(p: ReportParts): ScenarioTable[] {
  const actionable: ScenarioTable = {
    title: "Aangrijpingspunten voor beleid (factoren die een maatregel verandert)",
    columns: ["actief", "passief", "lussen", "rol"],
    rows: p.actionable.map((c, i) => ({
      label: `${i + 1}. ${c.label}`,
      values: [c.activeSum, c.passiveSum, c.loops, c.role],
    })),
    caption:
      "De structurele hefboomtabel hieronder zet ook statistieken bovenaan (zoals het aantal geregistreerde slachtoffers): daar komen veel lussen samen, maar niemand kan ze direct instellen.",
  };
  const leverage: ScenarioTable = {
    title: "Hefboomtabel systeemkaart (structureel)",
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
  const holdout: ScenarioTable = {
    title: "Toets buiten de steekproef: fit op 2013–2018, voorspelling van 2019–2020",
    columns: ["waargenomen (NRM)", "model", "gebruikt in de fit"],
    rows: p.validation.holdout.points.map((r) => ({
      label: String(r.year),
      values: [r.observed, r.simulated, r.year <= 2018 ? "ja" : "nee"],
    })),
    caption: `MAPE binnen de steekproef (2013–2018) ${pct(p.validation.holdout.inSampleMape)}, buiten de steekproef (2019–2020) ${pct(p.validation.holdout.mape)}; tegen ${pct(p.calibration.mape)} voor de fit op alle jaren 2013–2020`,
  };
  const series: ScenarioTable = {
    title: "Validatie: reeksen waarop het model niet is gefit",
    columns: ["bron", "punten", "MAPE", "opmerking"],
    rows: p.validation.series.map((v) => ({
      label: v.nl,
      values: [v.source, v.points.length, pct(v.mape), v.note ?? ""],
    })),
  };
  const trend: ScenarioTable = {
    title: "Trend van de schattingen (MSE) tegen het model",
    columns: ["schatting", "model", "model van", "model tot", "klopt", "gebruikt door het model"],
    rows: p.validation.trend.map((t) => ({
      label: `${t.from} → ${t.to}`,
      values: [
        t.observed === "up" ? "stijgt" : "daalt",
        t.simulated === "up" ? "stijgt" : "daalt",
        t.simulatedFrom,
        t.simulatedTo,
        t.agrees ? "ja" : "nee",
        t.usedByModel ? "ja" : "nee",
      ],
    })),
  };
  const scenarios: ScenarioTable = {
    title:
      "Effect van elke maatregel in 2030 (met tegen zonder, gekalibreerd voorraad-stroommodel)",
    columns: ["beoordeeld als", ...SCENARIO_INDICATORS.map((i) => i.nl)],
    rows: p.scenarios.comparisons.map((c) => ({
      label: c.labels.nl,
      values: [
        c.kind === "counterfactual"
          ? "bijdrage (basis − zonder)"
          : c.kind === "addition"
            ? "toevoeging vanaf de start"
            : "beide",
        ...SCENARIO_INDICATORS.map((i) => {
          const e = effectOf(p.scenarios, c, i.id, 2030);
          return Number.isNaN(e.relative)
            ? "–"
            : `${e.relative >= 0 ? "+" : ""}${(e.relative * 100).toFixed(1)} %`;
        }),
      ],
    })),
    caption:
      "Maatregelen die vóór 2021 golden zitten in de basis; hun bijdrage is de basis tegen een run zonder hen. Latere maatregelen worden vanaf hun eigen start toegevoegd.",
  };
  const checks: ScenarioTable = {
    title: "Realiteitstoetsen",
    columns: ["geslaagd", "gezien"],
    rows: p.checks.map((c) => ({ label: c.name, values: [c.passed ? "ja" : "nee", c.detail] })),
  };
  return [
    actionable,
    leverage,
    marvel,
    fit,
    holdout,
    series,
    trend,
    ranges,
    justice,
    scenarios,
    checks,
  ];
}

/** The opening text: what this is, and what the validation says, in plain Dutch. */
function summaryText(p: ReportParts): string {
  const v = p.validation;
  const last = v.trend.find((t) => t.from === "2014-2015" && t.to === "2018-2019");
  const bound = [...p.calibration.atBound, ...v.holdout.atBound];
  const worst = [...v.series].sort((a, b) => b.mape - a.mape)[0];
  return [
    "De oorspronkelijke systeemkaart van TNO en de kerngroep (MARVEL, 2018) is nooit gepubliceerd. Deze systeemkaart is een reconstructie uit openbare bronnen (S1–S71, K162), met een MARVEL-evaluatie van de maatregelen van Samen tegen mensenhandel en een voorraad-stroommodel dat op de geregistreerde slachtoffers is gekalibreerd. Maatregelen die vóór 2021 golden zitten in de basis; maatregelen worden vanaf 2021 beoordeeld, of als bijdrage (de basis tegen een run zonder de maatregel).",
    `Toets buiten de steekproef: gefit op 2013–2018 voorspelt het model de registraties van 2019–2020 met een gemiddelde afwijking van ${pct(v.holdout.mape)}, tegen ${pct(v.holdout.inSampleMape)} op de jaren die de fit zag. Het verschil zegt hoeveel van de goede passing op alle jaren (${pct(p.calibration.mape)}) aan het fitten zelf ligt.`,
    last === undefined
      ? ""
      : last.agrees
        ? `De schattingen (MSE) dalen van 2014–15 naar 2018–19 en het model daalt mee (${Math.round(last.simulatedFrom)} → ${Math.round(last.simulatedTo)}).`
        : `Het model volgt de daling van de schattingen (MSE) van 2014–15 naar 2018–19 niet: het totaal gaat in het model van ${Math.round(last.simulatedFrom)} naar ${Math.round(last.simulatedTo)}. De reden: het model heeft geen bron voor de daling van seksuele uitbuiting die de tweede schatting laat zien (S14); de minder goede signalering van 2015–2018 laat slachtoffers in het model langer onopgemerkt, en dat verhoogt het totaal. Uitspraken over het totale aantal slachtoffers zijn daarom zwak.`,
    worst === undefined
      ? ""
      : `De reeks die het slechtst past is ${worst.nl} (${pct(worst.mape)} gemiddelde afwijking, ${worst.source}); zie de validatietabel.`,
    bound.length === 0
      ? ""
      : `Gefitte constanten die op een grens van hun bereik eindigden: ${[...new Set(bound.map((b) => b.id))].join(", ")}; de data bepalen ze niet binnen het bereik.`,
    "Bekende beperkingen staan in docs/mensenhandel.md.",
  ]
    .filter((t) => t.length > 0)
    .join(" ");
}

/** The report as one self-contained HTML page. */
export function analysisReport(p: ReportParts): string {
  const s = p.structure.summary;
  return renderReport({
    title: "Systeemanalyse aanpak mensenhandel: een reconstructie uit openbare bronnen",
    lang: "nl",
    summary: {
      text: summaryText(p),
      facts: [
        { label: "factoren", value: s.factors },
        { label: "verbanden", value: s.links },
        { label: "versterkende lussen", value: s.loops.R },
        { label: "balancerende lussen", value: s.loops.B },
        { label: "MAPE kalibratie (NRM 2013–2020)", value: pct(p.calibration.mape) },
        {
          label: "MAPE buiten de steekproef (fit 2013–2018, toets 2019–2020)",
          value: pct(p.validation.holdout.mape),
        },
        {
          label: "MAPE binnen de steekproef van dezelfde fit",
          value: pct(p.validation.holdout.inSampleMape),
        },
        {
          label: "daling 2014–15 → 2018–19 van de schattingen gevolgd",
          value: p.validation.mseTrendOk ? "ja" : "nee",
        },
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
