/**
 * The report's first section, "Conclusies voor de kerngroep" ("Conclusions for the core
 * group"): which measures move which indicators, by how much and how sure we are. A measure ×
 * indicator table of the ensemble's median change and 5–95 % range in 2025 and 2030
 * (stock-and-flow model), the MARVEL verdict for the same measure beside it, the places where
 * the two disagree with why, and a few plain sentences on what the table means and what it
 * cannot say; in Dutch or English.
 */
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import { formatPercent } from "../../../src/render/format/number-format.js";
import type { ReportBlock, ScenarioTable } from "../../../src/render/report/render-report.js";
import type { Lang } from "../../../src/render/strings.js";
import { factors } from "../factors.js";
import { findSfdVariableLabels } from "../sfd/sfd-indicators.js";
import type { MeasureComparison } from "../sfd/sfd-scenarios.js";
import {
  CONCLUSION_INDICATORS,
  CONCLUSION_YEARS,
  type Direction,
  directionOf,
} from "./conclusion-indicators.js";
import { CONCLUSIONS_TEXT, type ConclusionsText } from "./conclusions-text.js";
import { type Disagreement, type DisagreementReason, disagreements } from "./disagreements.js";
import type { EffectRange, UncertaintyAnalysis } from "./uncertainty-analysis.js";

const ARROW: Readonly<Record<Direction, string>> = { up: "↑", down: "↓", unsure: "±", none: "=" };

const pct = (x: number, lang: Lang) =>
  formatPercent(Math.abs(x) < 0.0005 ? 0 : x, lang, 1, Math.abs(x) >= 0.0005);

function cell(
  effects: readonly EffectRange[],
  comparison: string,
  indicator: string,
  lang: Lang,
): string {
  const text = CONCLUSIONS_TEXT[lang];
  return CONCLUSION_YEARS.map((year) => {
    const e = effects.find(
      (x) => x.comparison === comparison && x.indicator === indicator && x.year === year,
    );
    if (e === undefined) return `${year}: –`;
    const d = directionOf(e);
    return d === "none"
      ? `${year}: =`
      : `${year}: ${ARROW[d]} ${pct(e.median, lang)}\n(${pct(e.p05, lang)} ${text.to} ${pct(e.p95, lang)})`;
  }).join("\n");
}

/** The MARVEL verdict of a scenario: indicators right at each moment, and robustness. */
export function marvelVerdict(evaluation: MarvelEvaluation, id: string, lang: Lang = "nl"): string {
  const scenario = evaluation.scenarios.find((s) => s.id === id);
  if (scenario === undefined) return "–";
  const n = scenario.indicators.length;
  const perMoment = evaluation.moments.map(
    (_, k) => `${scenario.indicators.filter((i) => i.ok[k]).length}/${n}`,
  );
  const shares = scenario.indicators.flatMap((i) => i.robustness ?? []);
  const robust =
    shares.length === 0
      ? "–"
      : formatPercent(shares.reduce((a, b) => a + b, 0) / shares.length, lang, 0);
  return `${perMoment.join(" · ")}; ${CONCLUSIONS_TEXT[lang].robust} ${robust}`;
}

const listOf = (names: readonly string[]) => names.join(", ");

/** The name of a stock-and-flow variable in `lang` (its id when it has none). */
function variableName(id: string, lang: Lang): string {
  return findSfdVariableLabels(id)?.[lang] ?? id;
}

/** The sentence saying why, in `lang`. */
function reasonText(reason: DisagreementReason, lang: Lang): string {
  const text = CONCLUSIONS_TEXT[lang];
  const variables = (ids: readonly string[]) =>
    ids.length === 0 ? text.noVariables : listOf(ids.map((id) => variableName(id, lang)));
  switch (reason.kind) {
    case "no_lever":
      return text.noLever(
        listOf(reason.factors.map((id) => factors.find((f) => f.id === id)?.labels[lang] ?? id)),
      );
    case "ended":
      return text.ended(yearOf(reason.end, lang));
    case "more_seen":
      return text.moreSeen(pct(reason.shareSeen, lang));
    case "mechanics":
      return reason.counterfactual
        ? text.mechanicsContribution(variables(reason.variables))
        : text.mechanics(variables(reason.variables));
  }
}

/** A year that may carry a fraction (2019.33 is about May 2019), as a year and month. */
function yearOf(year: number, lang: Lang): string {
  const whole = Math.floor(year);
  const month = Math.floor((year - whole) * 12 + 1e-9);
  if (month === 0) return String(whole);
  const names =
    lang === "nl"
      ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
      : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${names[month]} ${whole}`;
}

/** The disagreements as list items: one per measure, direction pair and reason. */
function clashItems(
  clashes: readonly Disagreement[],
  name: (id: string) => string,
  text: ConclusionsText,
  lang: Lang,
): string[] {
  const groups = new Map<string, Disagreement[]>();
  for (const d of clashes) {
    const key = `${d.comparison}|${d.sfd}|${d.marvel}|${JSON.stringify(d.reason)}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const d = group[0]!;
    const indicators = group.map(
      (g) => CONCLUSION_INDICATORS.find((i) => i.id === g.indicator)?.labels[lang] ?? g.indicator,
    );
    return `${text.clashItem(name(d.comparison), listOf(indicators), text.direction[d.sfd], text.marvelDirection[d.marvel])} ${text.because} ${reasonText(d.reason, lang)}`;
  });
}

/** The blocks of the conclusions section, in `lang`. */
export function conclusionBlocks(
  uncertainty: UncertaintyAnalysis,
  evaluation: MarvelEvaluation,
  comparisons: readonly MeasureComparison[],
  lang: Lang = "nl",
): ReportBlock[] {
  const text = CONCLUSIONS_TEXT[lang];
  const rows = comparisons.filter((c) => c.id !== "alle_maatregelen");
  const table: ScenarioTable = {
    title: text.tableTitle,
    columns: [
      ...CONCLUSION_INDICATORS.map((i) => `${i.labels[lang]} (${text.desired[i.desired]})`),
      text.marvelColumn,
    ],
    rows: rows.map((c) => ({
      label: `${c.labels[lang]} (${text.kind[c.kind]})`,
      values: [
        ...CONCLUSION_INDICATORS.map((i) => cell(uncertainty.effects, c.id, i.id, lang)),
        marvelVerdict(evaluation, c.id, lang),
      ],
    })),
    caption: text.caption(uncertainty.samples, uncertainty.seed),
  };
  const totalIn2030 = (c: MeasureComparison) =>
    uncertainty.effects.find(
      (x) => x.comparison === c.id && x.indicator === "total_victims" && x.year === 2030,
    );
  const withDirection = (d: Direction) =>
    rows.filter((c) => {
      const e = totalIn2030(c);
      return e !== undefined && directionOf(e) === d;
    });
  const clear = withDirection("down");
  const unsure = withDirection("unsure");
  const clashes = disagreements(uncertainty, evaluation, rows);
  const name = (id: string) => rows.find((c) => c.id === id)?.labels[lang] ?? id;
  const sentences = [
    clear.length === 0 ? text.noneClear : text.clear(clear.map((c) => c.labels[lang]).join("; ")),
    unsure.length === 0 ? "" : text.unsure(unsure.map((c) => c.labels[lang]).join("; ")),
    text.notForecasts,
    text.limitations,
  ].filter((t) => t.length > 0);
  const clashBlocks: ReportBlock[] =
    clashes.length === 0
      ? [{ kind: "paragraph", text: text.noClash }]
      : [
          {
            kind: "paragraph",
            text: text.clashIntro(clashes.length, new Set(clashes.map((d) => d.comparison)).size),
          },
          { kind: "list", items: clashItems(clashes, name, text, lang) },
        ];
  return [
    ...sentences.map((t): ReportBlock => ({ kind: "paragraph", text: t })),
    { kind: "table", table },
    ...clashBlocks,
  ];
}
