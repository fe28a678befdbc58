/**
 * Reading a model file's text (JSON or YAML): syntax, then the top-level `kind` decides the
 * schema — `stock-flow` for a {@link Model}, `causal-map` for a {@link CausalMap}. Every
 * diagnostic carries the file, line and column of the offending node, its path and its value.
 */
import { readCausalMapObject } from "../analysis/causal-map/read-causal-map.js";
import { expectOptions, expectString } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError } from "../diagnostics/errors.js";
import { valueText } from "../model/object-path.js";
import type { AnyModel, Model } from "../model/types.js";
import { validateModelFile } from "../model/validate-model.js";
import {
  type LocatedText,
  type LocatedTextOptions,
  locateDiagnostics,
  parseLocatedText,
  type TextFormat,
} from "./located-text.js";

/** Options of {@link readModelText}. */
export interface ReadModelTextOptions {
  /** File name for diagnostics; its extension also tells the format. */
  readonly file?: string;
  /** Defaults to the extension of `file`, else to what the text looks like. */
  readonly format?: TextFormat;
  /**
   * Record in each variable's `loc` where its equation sits in the text, so that problems found
   * later inside equations are reported at file line and column (`loadModel` turns this on).
   */
  readonly locations?: boolean;
}

/** A model (absent when there were errors) with every diagnostic, warnings included. */
export interface ModelTextResult {
  readonly model?: AnyModel;
  readonly diagnostics: readonly Diagnostic[];
}

/** Read a model file's text without throwing: the model when valid, and all diagnostics. */
export function parseModelText(text: string, options: ReadModelTextOptions = {}): ModelTextResult {
  expectString("parseModelText", "text", text);
  expectOptions("parseModelText", options, { file: "string", format: ["json", "yaml"] });
  const { model, diagnostics } = parseUnsorted(text, options);
  const sorted = [...diagnostics].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return model === undefined ? { diagnostics: sorted } : { model, diagnostics: sorted };
}

function parseUnsorted(text: string, options: ReadModelTextOptions): ModelTextResult {
  const located = parseLocatedText(text, options as LocatedTextOptions);
  if (located.diagnostics.some((d) => d.severity === "error")) {
    return { diagnostics: located.diagnostics };
  }
  const value = located.value;
  const fail = (d: Omit<Diagnostic, "severity">): ModelTextResult => ({
    diagnostics: locateDiagnostics([{ severity: "error", ...d }], located),
  });
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail({
      code: "wrong-type",
      message: "a model file holds one object",
      path: "",
      value: valueText(value),
    });
  }
  const kind = (value as { kind?: unknown }).kind;
  switch (kind) {
    case "stock-flow": {
      const { value: model, diagnostics } = validateModelFile(value);
      const all = [...located.diagnostics, ...locateDiagnostics(diagnostics, located)];
      return model === undefined
        ? { diagnostics: all }
        : {
            model: options.locations ? withLocations(model, located, text, options) : model,
            diagnostics: all,
          };
    }
    case "causal-map":
      try {
        const map = readCausalMapObject(value, { text, ...fileOf(options) });
        return { model: map, diagnostics: located.diagnostics };
      } catch (error) {
        if (error instanceof ModelError) return { diagnostics: error.diagnostics };
        throw error;
      }
    case undefined:
      return fail({
        code: "missing-field",
        message: 'missing field "kind"',
        path: "kind",
        hint: 'use "kind": "stock-flow" or "kind": "causal-map"',
      });
    default:
      return fail({
        code: "unknown-kind",
        message: `unknown kind ${valueText(kind)}`,
        path: "kind",
        value: valueText(kind),
        hint: "expected stock-flow or causal-map",
      });
  }
}

/**
 * Read a model file's text: a stock-and-flow {@link Model} or a {@link CausalMap}, by its
 * `kind`. Throws a {@link ModelError} with every error (and the warnings) when it is invalid.
 */
export function readModelText(text: string, options: ReadModelTextOptions = {}): AnyModel {
  expectString("readModelText", "text", text);
  expectOptions("readModelText", options, { file: "string", format: ["json", "yaml"] });
  const { model, diagnostics } = parseModelText(text, options);
  if (model === undefined) {
    throw new ModelError(diagnostics, `cannot read ${options.file ?? "model"}`);
  }
  return model;
}

/**
 * Give each variable the place of its equation (a stock: its initial value) in the file, so that
 * problems the compiler finds inside an equation are reported at file line and column.
 */
function withLocations(
  model: Model,
  located: LocatedText,
  text: string,
  options: ReadModelTextOptions,
): Model {
  const lines = text.split("\n");
  const variables = model.variables.map((v, i) => {
    if (v.loc !== undefined) return v;
    const field =
      v.kind === "stock"
        ? "initial"
        : v.kind === "aux" || v.kind === "flow"
          ? "equation"
          : undefined;
    const at = field === undefined ? undefined : located.locate(["variables", i, field]);
    if (at === undefined) return v;
    // A quoted string starts one column after its quote.
    const quoted = /["']/.test(lines[at.line - 1]?.[at.column - 1] ?? "");
    const loc = {
      ...fileOf(options),
      line: at.line,
      column: at.column + (quoted ? 1 : 0),
      path: `variables[${i}].${field}`,
    };
    return { ...v, loc };
  });
  return { ...model, variables };
}

function fileOf(options: ReadModelTextOptions): { file?: string } {
  return options.file !== undefined ? { file: options.file } : {};
}
