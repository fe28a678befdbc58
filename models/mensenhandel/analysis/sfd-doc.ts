/**
 * The stock-and-flow part of `docs/mensenhandel.md`: structure, constants with their evidence,
 * events, calibration, scenario results, reality checks and assumptions. Numbers come from
 * deterministic runs of the calibrated model, so the document is reproducible.
 */
import { runRealityChecks } from "../../../src/checks/run-reality-checks.js";
import type { Variable } from "../../../src/model/types.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { registeredVictims } from "../data/read-data.js";
import { measures } from "../measures.js";
import { measuredSfd } from "../sfd/historical-baseline.js";
import { levers } from "../sfd/measure-levers.js";
import { fittedParameters, sfdParameters } from "../sfd/parameters.js";
import { sfdRealityChecks } from "../sfd/reality-checks.js";
import { calibratedValues, mensenhandelSfd } from "../sfd/sfd-model.js";
import { justiceRows, rangeChecks } from "./calibration-analysis.js";
import { effectOf, SCENARIO_INDICATORS, scenarioAnalysis } from "./scenario-analysis.js";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  row(head),
  row(head.map(() => "---")),
  ...rows.map(row),
];
const fmt = (x: number): string => String(Number(x.toPrecision(Math.abs(x) >= 1000 ? 6 : 4)));
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function structure(): string[] {
  const model = mensenhandelSfd();
  const shown = (kind: Variable["kind"]) =>
    model.variables
      .filter((v) => v.kind === kind)
      .map((v) => [
        `\`${v.id}\``,
        v.labels?.nl ?? "",
        v.labels?.en ?? "",
        (v.dims ?? []).join(" × "),
        v.units ?? "",
      ]);
  return [
    "## Voorraad-stroommodel / stock-and-flow model",
    "",
    "_Model: `models/mensenhandel/sfd/` (`mensenhandelSfd()`); analysis: `npm start` writes `out/mensenhandel/` (Dutch), `stockflow mensenhandel --lang en --out DIR` the same in English; scenario script: `examples/mensenhandel-scenario.ts`._",
    "",
    `Time 2010–2030 in years, Euler with dt = ${model.specs.dt}. Victims are arrayed by form of exploitation (sexual, labour, criminal, other) and age (minor, adult); identification runs through five channels (police, KMar, labour inspectorate, care organisations, others), whose hazards add up: a victim is seen at the rate \`detection_scale × age_visibility × Σ effort × share × reach\`. Police effort is capacity × priority × expertise; care and other non-investigative reporters lose 73 % of their reports to the GDPR misreading from 25 May 2018. B8/3 claims are an inflow of their own into assistance. Registrations per calendar year (\`registered_in_year\` at year + 1) are what the NRM counts; the victims present in a year, which the multiple-systems estimates count (prevalence), are the hidden stock plus a year of registrations (\`total_victims\`); new victims per year (incidence) are never compared with the estimates. Investigations are the smaller of the leads (registered victims × suspects per victim) and the police's capacity (the capacity-limited pipeline of S35).`,
    "",
    "### Stocks",
    "",
    ...table(["id", "nl", "en", "dimensions", "units"], shown("stock")),
    "",
  ];
}

function constants(): string[] {
  const rows = sfdParameters.map((p) => [
    `\`${p.id}\`${p.fit ? " ⚙" : ""}`,
    p.labels.nl,
    p.values === undefined ? fmt(calibratedValues[p.id] ?? p.value) : p.values.map(fmt).join(", "),
    p.units,
    p.evidence.kind === "source"
      ? `${p.evidence.ids.join(", ")}${p.evidence.note ? `: ${p.evidence.note}` : ""}`
      : "assumption (see below)",
  ]);
  return [
    "### Constants",
    "",
    "⚙ = fitted by calibration (value shown is the calibrated one). Arrayed values are row-major (form × age: sexual-minor, sexual-adult, labour-minor, …).",
    "",
    ...table(["id", "nl", "value", "units", "evidence"], rows),
    "",
    "### Exogenous events and the historical baseline",
    "",
    "- **Reorganisation of the National Police** 2013–2017: expertise target lowered by `reorganisation_expertise_loss` (fitted; no source measures it), rebuilt over `expertise_rebuild_time` (S5, S32, S43).",
    "- **Competing priorities** (refugee influx, counter-terrorism) 2015–2017: police priority lowered by `priority_dip` = 0.16, derived from the police channel (440, 462, 432 victims in 2015–2017 against 530 in 2018: S35, S28, S29) and matching the fall of police-supplied suspects 198 → 166 (S39).",
    "- **GDPR misreading** from 25 May 2018 (`gdpr_date`): care and other non-investigative reports × (1 − 0.73) (S24, S57, S58, S29).",
    "- **B8/3 claims** from late 2018: an inflow of their own of adult migrants into assistance, counted as registered through the police (`migration_claims_surge`, fitted; S63). Their number is in proportion to access to the B8/3 regulation, which the measure `beperking_b8_dublinclaimanten` (1 August 2019, S50) lowers: the Dublin change enters the model once, as that measure.",
    "- **COVID-19** in 2020: the police channel × (1 − 0.50), from 975 → 490 police-reported victims (S40).",
    "- **Historical baseline**: the measures in force before 2021 are on in the calibrated run at their own timing; measures are scored from 2021, or as their contribution (the baseline against a counterfactual run without them).",
    "",
  ];
}

function calibration(): string[] {
  const run = runModel(measuredSfd(), { saveper: 0.25 });
  const fit = registeredVictims("nrm").map((r) => ({
    year: r.year,
    observed: r.value,
    simulated: run.at("registered_in_year", r.year + 1),
  }));
  const mape =
    fit.reduce((s, r) => s + Math.abs(r.simulated - r.observed) / r.observed, 0) / fit.length;
  const ranges = rangeChecks(run);
  return [
    "### Calibration",
    "",
    `Fitted with the library's \`calibrate\` (Nelder–Mead, seeded restarts; \`models/mensenhandel/analysis/write-calibrated.ts\`) on the historical baseline to the NRM registered victims 2013–2020 (data file \`models/mensenhandel/data/nrm-registered.csv\`; CoMensha's raw series is the alternative file), the OM-registered suspects of 2013 and 2017, and weakly the level of the first multiple-systems estimate (2014–2015). The later estimates and every other series are validation, never fitted (\`npm start\` also fits on 2013–2018 only and predicts 2019–2020; see \`summary.json\`). The values are in \`models/mensenhandel/data/calibrated.json\`, the model's defaults. **MAPE ${pct(mape)}** on the NRM series; the simulated total lies ${ranges.every((r) => r.inside) ? "inside" : "OUTSIDE"} the estimate ranges.`,
    "",
    ...table(
      ["fitted constant", "bounds", "calibrated"],
      fittedParameters.map((p) => [
        `\`${p.id}\``,
        `${p.fit!.lo}–${p.fit!.hi}`,
        fmt(calibratedValues[p.id] ?? p.value),
      ]),
    ),
    "",
    ...table(
      ["year", "NRM", "model"],
      fit.map((r) => [String(r.year), String(r.observed), fmt(r.simulated)]),
    ),
    "",
    ...table(
      ["year", "model total", "estimate range", "inside"],
      ranges.map((r) => [
        String(r.year),
        fmt(r.simulated),
        `${r.low}–${r.high}`,
        r.inside ? "yes" : "no",
      ]),
    ),
    "",
    "Criminal-justice figures against the model (mid-year; only the OM suspects of 2013 and 2017 are fitted, the rest is validation).",
    "",
    ...table(
      ["indicator", "year", "data", "model"],
      justiceRows(run).map((r) => [
        r.indicator,
        String(r.year),
        String(r.observed),
        fmt(r.simulated),
      ]),
    ),
    "",
  ];
}

function scenarios(): string[] {
  const analysis = scenarioAnalysis(mensenhandelSfd());
  const head = [
    "measure",
    "scored as",
    ...SCENARIO_INDICATORS.map((i) => `${i.labels.nl} (${i.desired === "up" ? "↑" : "↓"})`),
  ];
  const rows = analysis.comparisons.map((c) => [
    c.id,
    c.kind,
    ...SCENARIO_INDICATORS.map((i) => {
      const e = effectOf(analysis, c, i.id, 2030);
      return Number.isNaN(e.relative) ? "–" : `${e.relative >= 0 ? "+" : ""}${pct(e.relative)}`;
    }),
  ]);
  const leverRows = Object.entries(levers).map(([factor, l]) => [
    `\`${factor}\``,
    `\`${l!.variable}\` (${l!.kind})`,
    l!.basis,
  ]);
  return [
    "### Scenarios 2010–2030",
    "",
    `Each of the ${measures.length} measures, the 2018 programme and all measures, on the calibrated model: the change in 2030 of the run with the measure against the run without it. A measure in force before 2021 is part of the baseline and is scored as its contribution (counterfactual: the baseline without it); a later measure is added from its own start (addition). Measures act through levers: the factor a measure changes in the systeemkaart maps onto a model variable, with the measure's own size and timing.`,
    "",
    ...table(head, rows),
    "",
    ...table(["systeemkaart factor", "model lever", "conversion"], leverRows),
    "",
  ];
}

function checksAndAssumptions(): string[] {
  const results = runRealityChecks(measuredSfd(), sfdRealityChecks);
  return [
    "### Reality checks",
    "",
    ...results.map((r) => `- ${r.passed ? "✓" : "✗"} ${r.name} (${r.detail})`),
    "",
    "### Assumptions of the stock-and-flow model",
    "",
    ...sfdParameters.flatMap((p) =>
      p.evidence.kind === "assumption"
        ? [`- \`${p.id}\` (${p.labels.en}): ${p.evidence.reasoning}`]
        : [],
    ),
    "- Stocks are not marked non-negative; each outflow is first order with a time constant of at least twice dt, and a reality check shows the stocks stay non-negative.",
    "- Registrations per calendar year are compared at year + 1; the estimates at mid-year.",
    "",
  ];
}

/** The sections the document generator appends before the sources. */
export function sfdDocSections(): string[] {
  return [
    ...structure(),
    ...constants(),
    ...calibration(),
    ...scenarios(),
    ...checksAndAssumptions(),
  ];
}
