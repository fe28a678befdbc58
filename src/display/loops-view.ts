/**
 * A list of feedback loops in a notebook: one row per loop with its id, polarity, length,
 * delay and the variables around it (by label when a model is given).
 */
import type { LoopsResult } from "../analysis/loops/find-loops.js";
import type { Loop } from "../analysis/loops/loop.js";
import { expectObject, expectOptions } from "../diagnostics/check-argument.js";
import type { AnyModel } from "../model/types.js";
import type { Lang } from "../render/strings.js";
import { displayLang, formatNumber, type LangOptions } from "./display-format.js";
import { word } from "./display-strings.js";
import { htmlBlock, htmlNote, htmlTable, textTable } from "./html-table.js";
import { HtmlView } from "./html-view.js";

/** Options of {@link LoopsView}. */
export interface LoopsViewOptions extends LangOptions {
  /** The model the loops are of: its language, and labels for the variables. */
  readonly model?: AnyModel;
  /** Most loops listed. */
  readonly limit?: number;
}

/** Defaults of {@link LoopsViewOptions}. */
export const LOOPS_VIEW_DEFAULTS = { limit: 50 } as const;

/** The labels of a model's variables or factors in `lang`, by id. */
function labelsOf(model: AnyModel | undefined, lang: Lang): Map<string, string> {
  if (model === undefined) return new Map();
  const items = model.kind === "stock-flow" ? model.variables : model.factors;
  return new Map(items.map((v) => [v.id, v.labels?.[lang] ?? v.name ?? v.id]));
}

/** The notebook view of a list of loops. */
export class LoopsView extends HtmlView {
  readonly loops: readonly Loop[];
  readonly truncated: boolean;
  readonly lang: Lang;
  private readonly labels: Map<string, string>;
  private readonly limit: number;

  constructor(loops: readonly Loop[] | LoopsResult, options: LoopsViewOptions = {}) {
    super();
    const list = "loops" in loops ? loops.loops : loops;
    this.loops = list;
    this.truncated = "loops" in loops ? loops.truncated : false;
    this.lang = displayLang(options.model, options.lang);
    this.labels = labelsOf(options.model, this.lang);
    this.limit = options.limit ?? LOOPS_VIEW_DEFAULTS.limit;
  }

  private header(): string[] {
    const { lang } = this;
    return [
      word("loop", lang),
      word("polarity", lang),
      word("length", lang),
      word("delay", lang),
      word("variables", lang),
    ];
  }

  private rows(): string[][] {
    const { lang } = this;
    return this.loops.slice(0, this.limit).map((l) => {
      const names = l.variables.map((v) => this.labels.get(v) ?? v);
      return [
        l.id,
        word(l.polarity === "?" ? "U" : l.polarity, lang),
        formatNumber(l.length, lang),
        formatNumber(l.delay, lang),
        [...names, names[0]].join(" → "),
      ];
    });
  }

  /** A count such as "Feedback loops: 12 (5 R, 7 B)". */
  private summary(): string {
    const count = (p: Loop["polarity"]) => this.loops.filter((l) => l.polarity === p).length;
    const unknown = count("?") > 0 ? `, ${count("?")} U` : "";
    const shown = this.loops.length > this.limit ? ` (1–${this.limit})` : "";
    return `${word("loops", this.lang)}: ${formatNumber(this.loops.length, this.lang)} (${count("R")} R, ${count("B")} B${unknown})${shown}`;
  }

  toHTML(): string {
    const parts = [
      htmlTable({ header: this.header(), rows: this.rows(), numeric: [2, 3] }),
      ...(this.truncated ? [htmlNote(word("truncated", this.lang))] : []),
    ];
    return htmlBlock(this.summary(), parts);
  }

  toString(): string {
    return `${this.summary()}\n${textTable(this.header(), this.rows())}`;
  }
}

/** The notebook view of loops (see {@link LoopsView}). */
export function loopsView(
  loops: readonly Loop[] | LoopsResult,
  options: LoopsViewOptions = {},
): LoopsView {
  if (!Array.isArray(loops))
    expectObject("loopsView", "loops", loops, "a list of loops or the result of findLoops");
  expectOptions("loopsView", options, { limit: "number", lang: ["nl", "en"] });
  return new LoopsView(loops, options);
}
