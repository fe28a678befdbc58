/**
 * MARVEL results in a notebook: per scenario (in ranking order) its score and share of good
 * indicator moments, and per indicator the desired direction, the change at each moment with
 * whether it went the desired way (and, after a robustness check, in what share of samples),
 * and the pattern.
 */

import { expectObject, expectOptions } from "../diagnostics/check-argument.js";
import type { MarvelEvaluation, ScenarioEvaluation } from "../marvel/evaluate-marvel.js";
import type { CausalMap } from "../model/types.js";
import type { Lang } from "../render/strings.js";
import { displayLang, formatNumber, formatPercent, type LangOptions } from "./display-format.js";
import { word } from "./display-strings.js";
import { htmlBlock, htmlTable, textTable } from "./html-table.js";
import { HtmlView } from "./html-view.js";

/** Options of {@link MarvelView}. */
export interface MarvelViewOptions extends LangOptions {
  /** The map evaluated: its language, and labels for factors and scenarios. */
  readonly map?: CausalMap;
}

/** The notebook view of a MARVEL evaluation. */
export class MarvelView extends HtmlView {
  readonly evaluation: MarvelEvaluation;
  readonly lang: Lang;
  private readonly map: CausalMap | undefined;

  constructor(evaluation: MarvelEvaluation, options: MarvelViewOptions = {}) {
    super();
    this.evaluation = evaluation;
    this.map = options.map;
    this.lang = displayLang(options.map, options.lang);
  }

  private factorLabel(id: string): string {
    const f = this.map?.factors.find((x) => x.id === id);
    return f?.labels?.[this.lang] ?? f?.name ?? id;
  }

  private scenarioTitle(s: ScenarioEvaluation, rank: number): string {
    const { lang } = this;
    const item =
      this.map?.interventions?.find((i) => i.id === s.id) ??
      this.map?.packages?.find((p) => p.id === s.id);
    const name = item?.labels?.[lang] ?? s.name ?? s.id;
    return `${rank}. ${name}: ${word("score", lang)} ${formatNumber(s.score, lang)}, ${word("okShare", lang)} ${formatPercent(s.okShare, lang).replace("+", "")}`;
  }

  private header(): string[] {
    const { lang, evaluation } = this;
    return [
      word("indicator", lang),
      word("desired", lang),
      ...evaluation.moments.map((m) => `${word("after", lang)} ${formatNumber(m, lang)}`),
      word("pattern", lang),
    ];
  }

  private rows(s: ScenarioEvaluation): string[][] {
    const { lang } = this;
    return s.indicators.map((ind) => [
      this.factorLabel(ind.factor),
      word(ind.desired, lang),
      ...ind.change.map((c, k) => {
        const mark = word(ind.ok[k] ? "ok" : "notOk", lang);
        const robust = ind.robustness
          ? `, ${word("robust", lang)} ${formatPercent(ind.robustness[k]!, lang).replace("+", "")}`
          : "";
        return `${formatNumber(c, lang)} (${mark}${robust})`;
      }),
      word(ind.pattern, lang),
    ]);
  }

  /** Scenarios in ranking order. */
  private ranked(): ScenarioEvaluation[] {
    const byId = new Map(this.evaluation.scenarios.map((s) => [s.id, s]));
    return this.evaluation.ranking.map((id) => byId.get(id)!);
  }

  private title(): string {
    const { lang, evaluation } = this;
    const robust = evaluation.robustness;
    return `MARVEL: ${evaluation.scenarios.length} × ${word("scenario", lang)}${robust ? `, ${formatNumber(robust.samples, lang)} ${word("samples", lang)}` : ""}`;
  }

  toHTML(): string {
    const numeric = this.evaluation.moments.map((_, k) => k + 2);
    return htmlBlock(
      this.title(),
      this.ranked().map((s, i) =>
        htmlTable({
          caption: this.scenarioTitle(s, i + 1),
          header: this.header(),
          rows: this.rows(s),
          numeric,
        }),
      ),
    );
  }

  toString(): string {
    return [
      this.title(),
      ...this.ranked().flatMap((s, i) => [
        this.scenarioTitle(s, i + 1),
        textTable(this.header(), this.rows(s)),
      ]),
    ].join("\n");
  }
}

/** The notebook view of a MARVEL evaluation (see {@link MarvelView}). */
export function marvelView(
  evaluation: MarvelEvaluation,
  options: MarvelViewOptions = {},
): MarvelView {
  expectObject("marvelView", "evaluation", evaluation);
  expectOptions("marvelView", options, { map: "object", lang: ["nl", "en"] });
  return new MarvelView(evaluation, options);
}
