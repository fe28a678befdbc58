/**
 * A model in a notebook: its variables by kind (with their names), its time axis, the warnings
 * of its structural checks and its diagram — the stock-and-flow diagram of a stock-and-flow
 * model, the causal-loop diagram of a causal map.
 */
import { checkCausalMap } from "../analysis/causal-map/check-causal-map.js";
import { expectModel, expectOptions } from "../diagnostics/check-argument.js";
import { formatDiagnostic } from "../diagnostics/diagnostic.js";
import { checkModelStructure } from "../model/check-model-structure.js";
import type { AnyModel } from "../model/types.js";
import { modelCld, modelStockFlow } from "../render/model-pictures.js";
import type { Lang } from "../render/strings.js";
import { displayLang, formatNumber, formatTime, type LangOptions } from "./display-format.js";
import { type WordKey, word } from "./display-strings.js";
import { htmlBlock, htmlNote, htmlTable, textTable } from "./html-table.js";
import { HtmlView, nextIdPrefix } from "./html-view.js";

/** The word for each kind of variable. */
const KIND_WORDS = {
  stock: "stocks",
  flow: "flows",
  aux: "auxiliaries",
  constant: "constants",
  lookup: "lookups",
} as const satisfies Record<string, WordKey>;

/** Options of {@link ModelView}. */
export interface ModelViewOptions extends LangOptions {
  /** Names listed per kind before "and N more". */
  readonly names?: number;
  /** Draw the diagram (default true). */
  readonly diagram?: boolean;
}

/** Defaults of {@link ModelViewOptions}. */
export const MODEL_VIEW_DEFAULTS = { names: 8, diagram: true } as const;

/** The notebook view of a stock-and-flow model or a causal map. */
export class ModelView extends HtmlView {
  readonly model: AnyModel;
  readonly lang: Lang;
  private readonly options: ModelViewOptions;

  constructor(model: AnyModel, options: ModelViewOptions = {}) {
    super();
    this.model = model;
    this.lang = displayLang(model, options.lang);
    this.options = options;
  }

  /** The title: the label in the view's language, else the name. */
  get title(): string {
    return this.model.labels?.[this.lang] ?? this.model.name ?? this.model.kind;
  }

  /** Rows of kind, count and the first names. */
  kinds(): string[][] {
    const { model, lang } = this;
    const limit = this.options.names ?? MODEL_VIEW_DEFAULTS.names;
    const groups = new Map<WordKey, string[]>();
    const add = (key: WordKey, name: string) => groups.set(key, [...(groups.get(key) ?? []), name]);
    if (model.kind === "stock-flow") {
      for (const v of model.variables) add(KIND_WORDS[v.kind], v.labels?.[lang] ?? v.name ?? v.id);
    } else {
      const label = new Map(model.factors.map((f) => [f.id, f.labels?.[lang] ?? f.name ?? f.id]));
      for (const f of model.factors) add("factors", label.get(f.id)!);
      for (const l of model.links)
        add("links", `${label.get(l.from) ?? l.from} → ${label.get(l.to) ?? l.to} (${l.polarity})`);
    }
    return [...groups].map(([key, names]) => [
      word(key, lang),
      formatNumber(names.length, lang),
      names.length > limit
        ? `${names.slice(0, limit).join(", ")} ${word("andMore", lang, names.length - limit)}`
        : names.join(", "),
    ]);
  }

  /** The warnings and errors of the structural checks, as text. */
  warnings(): string[] {
    const diagnostics =
      this.model.kind === "stock-flow"
        ? checkModelStructure(this.model)
        : checkCausalMap(this.model);
    return diagnostics.map(formatDiagnostic);
  }

  /** The time axis of a stock-and-flow model, as text. */
  specs(): string | undefined {
    if (this.model.kind !== "stock-flow") return undefined;
    const { start, stop, dt, saveper, timeUnits, method } = this.model.specs;
    const n = (x: number) => formatTime(x, this.lang);
    return `${word("specs", this.lang)}: ${n(start)}–${n(stop)}${timeUnits ? ` ${timeUnits}` : ""}, dt ${n(dt)}${saveper !== undefined ? `, saveper ${n(saveper)}` : ""}${method ? `, ${method}` : ""}`;
  }

  toHTML(): string {
    const { lang } = this;
    const warnings = this.warnings();
    const parts = [
      htmlTable({
        header: [word("kind", lang), word("count", lang), word("names", lang)],
        rows: this.kinds(),
        numeric: [1],
      }),
    ];
    const specs = this.specs();
    if (specs !== undefined) parts.push(htmlNote(specs));
    parts.push(
      htmlNote(`${word("warnings", lang)}: ${warnings.length === 0 ? word("none", lang) : ""}`),
      ...warnings.map(htmlNote),
    );
    if (this.options.diagram ?? MODEL_VIEW_DEFAULTS.diagram) {
      const idPrefix = nextIdPrefix();
      const diagram =
        this.model.kind === "stock-flow"
          ? modelStockFlow(this.model, { idPrefix, lang })
          : modelCld(this.model, { idPrefix, lang });
      parts.push(diagram.svg);
    }
    return htmlBlock(this.title, parts);
  }

  toString(): string {
    const lines = [this.title, textTable(["kind", "count", "names"], this.kinds())];
    const specs = this.specs();
    if (specs !== undefined) lines.push(specs);
    lines.push(...this.warnings());
    return lines.join("\n");
  }
}

/** The notebook view of a model (see {@link ModelView}). */
export function modelView(model: AnyModel, options: ModelViewOptions = {}): ModelView {
  expectModel("modelView", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("modelView", options, { names: "number", lang: ["nl", "en"] });
  return new ModelView(model, options);
}
