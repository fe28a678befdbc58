/**
 * The HTML report of the analysis for the core group, in Dutch or English throughout, through
 * the library's `renderReport`. It opens with the conclusions (measure × indicator with the
 * ensemble's ranges and the MARVEL verdict), then the summary with the validation, the
 * systeemkaart and its loops with their stories, the charts, and a section per topic: the
 * uncertainty, MARVEL per indicator, leverage, calibration and validation, reality checks, and
 * the sources.
 */
import type { StructureAnalysis } from "../../../src/analysis/analyze-structure.js";
import { formatNumber, formatPercent } from "../../../src/render/format/number-format.js";
import {
  type ReportBlock,
  type ReportSection,
  renderReport,
  type ScenarioTable,
} from "../../../src/render/report/render-report.js";
import type { Lang } from "../../../src/render/strings.js";
import { formatDistribution } from "../../../src/sensitivity/distribution.js";
import { factors } from "../factors.js";
import { indicators } from "../indicators.js";
import { namedLoops } from "../loops.js";
import { measures } from "../measures.js";
import { sfdDimensions } from "../sfd/dimensions.js";
import type { UncertainInput } from "../sfd/parameter-ranges.js";
import { sfdParameters } from "../sfd/parameters.js";
import { sources } from "../sources.js";
import { loopDiagramFile } from "./analysis-charts.js";
import type { TableParts } from "./analysis-tables.js";
import { conclusionBlocks } from "./conclusions.js";
import { marvelRows, marvelScenarios } from "./marvel-analysis.js";
import { checkName, REPORT_TEXT, type ReportText } from "./report-text.js";
import { effectOf, SCENARIO_INDICATORS } from "./scenario-analysis.js";

/** Everything the report shows: what the tables are made of, and the pictures. */
export interface ReportParts extends TableParts {
  /** The leverage ranking restricted to factors someone can act on. */
  readonly actionable: StructureAnalysis["leverage"];
  readonly figures: { readonly title: string; readonly svg: string }[];
  readonly diagram: string;
  /** The report's language (Dutch by default). */
  readonly lang?: Lang;
}

/** The formatters and words of one language. */
interface Words {
  readonly lang: Lang;
  readonly text: ReportText;
  readonly pct: (x: number) => string;
  readonly num: (x: number) => string;
  readonly yesNo: (b: boolean) => string;
}

function wordsFor(lang: Lang): Words {
  const text = REPORT_TEXT[lang];
  return {
    lang,
    text,
    pct: (x) => formatPercent(x, lang, 1),
    num: (x) => formatNumber(x, lang),
    yesNo: (b) => (b ? text.yes : text.no),
  };
}

const factorName = (id: string, lang: Lang) => factors.find((f) => f.id === id)?.labels[lang] ?? id;

/** The name of a sampled input: a constant, one element of it, or a measure's size. */
function inputLabel(input: UncertainInput, w: Words): string {
  if (input.kind === "measure")
    return w.text.size(measures.find((m) => m.id === input.id)?.labels[w.lang] ?? input.id);
  const p = sfdParameters.find((x) => x.id === input.parameter);
  if (p === undefined) return input.id;
  if (input.elements === undefined) return p.labels[w.lang];
  const names = (p.dims ?? []).map((d, k) => {
    const dim = sfdDimensions.find((x) => x.id === d)!;
    const e = input.elements![k]!;
    // Element ids are English words; the Dutch report names them in Dutch.
    return w.lang === "nl" ? (dim.elementNames?.[dim.elements.indexOf(e)] ?? e) : e;
  });
  return `${p.labels[w.lang]} (${names.join(", ")})`;
}
const tableBlock = (table: ScenarioTable): ReportBlock => ({ kind: "table", table });

function leverageSection(p: ReportParts, w: Words): ReportSection {
  const t = w.text.leverage;
  const row = (c: StructureAnalysis["leverage"][number], rank: number) => ({
    label: `${rank}. ${factors.some((f) => f.id === c.id) ? factorName(c.id, w.lang) : (c.label ?? c.id)}`,
    values: [w.num(c.activeSum), w.num(c.passiveSum), c.loops, w.text.role[c.role]],
  });
  return {
    id: "hefbomen",
    title: t.title,
    blocks: [
      tableBlock({
        title: t.actionable,
        columns: t.columns,
        rows: p.actionable.map((c, i) => row(c, i + 1)),
        caption: t.caption,
      }),
      tableBlock({
        title: t.structural,
        columns: t.columns,
        rows: p.structure.leverage.map((c) => row(c, c.rank)),
      }),
    ],
  };
}

function marvelSection(p: ReportParts, w: Words): ReportSection {
  const t = w.text.marvel;
  const label = (id: string) => marvelScenarios.find((s) => s.id === id)?.labels[w.lang] ?? id;
  const robustness = p.marvel.robustness;
  const perIndicator: ScenarioTable = {
    title: t.perIndicator,
    columns: indicators.map((i) => `${i.labels[w.lang]} (${i.desired === "up" ? "↑" : "↓"})`),
    rows: p.marvel.ranking.map((id) => {
      const s = p.marvel.scenarios.find((x) => x.id === id)!;
      return {
        label: label(id),
        values: indicators.map((ind) => {
          const e = s.indicators.find((x) => x.factor === ind.factor);
          if (e === undefined) return "–";
          const marks = e.ok.map((ok) => (ok ? "✓" : "✗")).join("");
          const r = e.robustness;
          const share =
            r === undefined || r.length === 0
              ? ""
              : ` (${formatPercent(r.reduce((a, b) => a + b, 0) / r.length, w.lang, 0)})`;
          return `${marks}${share}`;
        }),
      };
    }),
    caption: t.perIndicatorCaption(robustness?.samples ?? 0, String(robustness?.seed ?? "–")),
  };
  const ranking: ScenarioTable = {
    title: t.ranking,
    columns: t.rankingColumns,
    rows: marvelRows(p.marvel).map((r) => ({
      label: `${r.rank}. ${label(r.id)}`,
      values: [w.num(r.score), w.pct(r.okShare), w.pct(r.robust)],
    })),
  };
  return {
    id: "marvel",
    title: t.title,
    blocks: [
      { kind: "paragraph", text: t.score },
      { kind: "paragraph", text: t.okShare },
      { kind: "paragraph", text: t.robust(robustness?.samples ?? 0) },
      tableBlock(perIndicator),
      tableBlock(ranking),
    ],
  };
}

function uncertaintySection(p: ReportParts, w: Words): ReportSection {
  const t = w.text.uncertainty;
  const bound = [
    ...new Set([...p.calibration.atBound, ...p.validation.holdout.atBound].map((b) => b.id)),
  ];
  return {
    id: "onzekerheid",
    title: t.title,
    blocks: [
      { kind: "paragraph", text: t.method(p.uncertainty.samples, p.uncertainty.seed) },
      {
        kind: "paragraph",
        text:
          bound.length === 0
            ? t.noBound
            : t.atBound(
                bound
                  .map((id) => sfdParameters.find((x) => x.id === id)?.labels[w.lang] ?? id)
                  .join(", "),
              ),
      },
      tableBlock({
        title: t.distributions,
        columns: t.columns,
        rows: p.uncertainty.inputs.map((i) => ({
          label: inputLabel(i, w),
          values: [
            i.kind === "constant" ? t.assumption : t.measureSize,
            formatDistribution(i.distribution, w.lang),
            i.reasoning[w.lang],
          ],
        })),
      }),
    ],
  };
}

function validationSection(p: ReportParts, w: Words): ReportSection {
  const v = p.validation;
  const t = w.text.validation;
  const updown = (d: "up" | "down") => (d === "up" ? w.text.rises : w.text.falls);
  return {
    id: "validatie",
    title: t.title,
    blocks: [
      tableBlock({
        title: t.calibration,
        columns: t.calibrationColumns,
        rows: p.calibration.fitRows.map((r) => ({
          label: String(r.year),
          values: [w.num(r.observed), w.num(r.simulated)],
        })),
        caption: t.calibrationCaption(w.pct(p.calibration.mape)),
      }),
      tableBlock({
        title: t.holdout,
        columns: t.holdoutColumns,
        rows: v.holdout.points.map((r) => ({
          label: String(r.year),
          values: [w.num(r.observed), w.num(r.simulated), w.yesNo(r.year <= 2018)],
        })),
        caption: t.holdoutCaption(
          w.pct(v.holdout.inSampleMape),
          w.pct(v.holdout.mape),
          w.pct(p.calibration.mape),
        ),
      }),
      tableBlock({
        title: t.series,
        columns: t.seriesColumns,
        rows: v.series.map((s) => ({
          label: s.labels[w.lang],
          values: [s.source, s.points.length, w.pct(s.mape), w.text.seriesNotes[s.name] ?? ""],
        })),
      }),
      tableBlock({
        title: t.trend,
        columns: t.trendColumns,
        rows: v.trend.map((s) => ({
          label: `${s.from} → ${s.to}`,
          values: [
            updown(s.observed),
            updown(s.simulated),
            w.num(s.simulatedFrom),
            w.num(s.simulatedTo),
            w.yesNo(s.agrees),
            w.yesNo(s.usedByModel),
          ],
        })),
        caption: t.trendCaption,
      }),
      tableBlock({
        title: t.ranges,
        columns: t.rangesColumns,
        rows: p.calibration.ranges.map((r) => ({
          label: String(r.year),
          values: [w.num(r.simulated), w.num(r.low), w.num(r.high), w.yesNo(r.inside)],
        })),
        caption: t.rangesCaption,
      }),
      tableBlock({
        title: t.justice,
        columns: t.justiceColumns,
        rows: p.calibration.justice.map((r) => ({
          label: `${t.justiceIndicator[r.indicator] ?? r.indicator} ${r.year}`,
          values: [w.num(r.observed), w.num(r.simulated)],
        })),
        caption: t.justiceCaption,
      }),
      tableBlock({
        title: t.central,
        columns: SCENARIO_INDICATORS.map((i) => i.labels[w.lang]),
        rows: p.scenarios.comparisons.map((c) => ({
          label: c.labels[w.lang],
          values: SCENARIO_INDICATORS.map((i) => {
            const e = effectOf(p.scenarios, c, i.id, 2030);
            return Number.isNaN(e.relative) ? "–" : formatPercent(e.relative, w.lang, 1, true);
          }),
        })),
        caption: t.centralCaption,
      }),
    ],
  };
}

function checksSection(p: ReportParts, w: Words): ReportSection {
  const t = w.text.checks;
  return {
    id: "realiteitstoetsen",
    title: t.title,
    blocks: [
      tableBlock({
        title: t.table(p.checks.filter((c) => c.passed).length, p.checks.length),
        columns: t.columns,
        rows: p.checks.map((c) => ({
          label: checkName(c.name, w.lang),
          values: [w.yesNo(c.passed), c.detail],
        })),
      }),
    ],
  };
}

const sourcesSection = (w: Words): ReportSection => ({
  id: "bronnen",
  title: w.text.sources,
  blocks: [
    { kind: "links", items: sources.map((s) => ({ text: `${s.id}: ${s.title}`, href: s.url })) },
  ],
});

/** The opening text: what this is, and what the validation says, in plain words. */
function summaryText(p: ReportParts, w: Words): string {
  const t = w.text.summary;
  const v = p.validation;
  const last = v.trend.find((s) => s.from === "2014-2015" && s.to === "2018-2019");
  const worst = [...v.series].sort((a, b) => b.mape - a.mape)[0];
  return [
    t.reconstruction,
    t.holdout(w.pct(v.holdout.mape), w.pct(v.holdout.inSampleMape), w.pct(p.calibration.mape)),
    last === undefined
      ? ""
      : last.agrees
        ? t.trendFollowed(w.num(last.simulatedFrom), w.num(last.simulatedTo))
        : t.trendMissed(w.num(last.simulatedFrom), w.num(last.simulatedTo)),
    worst === undefined ? "" : t.worst(worst.labels[w.lang], w.pct(worst.mape), worst.source),
    t.limitations,
  ]
    .filter((s) => s.length > 0)
    .join(" ");
}

/** The report as one self-contained HTML page, in `p.lang` (Dutch by default). */
export function analysisReport(p: ReportParts): string {
  const w = wordsFor(p.lang ?? "nl");
  const f = w.text.facts;
  const s = p.structure.summary;
  const passed = p.checks.filter((c) => c.passed).length;
  return renderReport({
    title: w.text.title,
    lang: w.lang,
    leading: [
      {
        id: "conclusies",
        title: w.text.conclusions,
        blocks: conclusionBlocks(p.uncertainty, p.marvel, p.scenarios.comparisons, w.lang),
      },
    ],
    summary: {
      text: summaryText(p, w),
      facts: [
        { label: f.factors, value: s.factors },
        { label: f.links, value: s.links },
        { label: f.reinforcing, value: s.loops.R },
        { label: f.balancing, value: s.loops.B },
        { label: f.mape, value: w.pct(p.calibration.mape) },
        { label: f.holdout, value: w.pct(p.validation.holdout.mape) },
        { label: f.inSample, value: w.pct(p.validation.holdout.inSampleMape) },
        { label: f.trend, value: w.yesNo(p.validation.mseTrendOk) },
        { label: f.ranges, value: w.yesNo(p.calibration.rangesOk) },
        { label: f.checks, value: f.of(passed, p.checks.length) },
      ],
    },
    // the map is large: as wide as the window, and the file beside the report opens it full size
    diagrams: [{ title: w.text.diagram, svg: p.diagram, href: "systeemkaart.svg", wide: true }],
    loops: namedLoops.map((l) => ({
      id: l.id,
      polarity: l.polarity,
      variables: l.variables,
      name: w.lang === "nl" ? l.name_nl : l.name_en,
      story: w.lang === "nl" ? l.story_nl : l.story_en,
      href: loopDiagramFile(l.id),
    })),
    charts: p.figures,
    trailing: [
      uncertaintySection(p, w),
      marvelSection(p, w),
      leverageSection(p, w),
      validationSection(p, w),
      checksSection(p, w),
      sourcesSection(w),
    ],
  });
}
