/**
 * Reading a causal map from a parsed JSON/YAML object or from its text: schema validation, then the
 * semantic checks, all problems reported at once with their path and, when the text is known, their
 * line and column.
 */

import { expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import { locateDiagnostics, parseLocatedText } from "../../io/located-text.js";
import { schemaDiagnostics } from "../../model/schema-diagnostics.js";
import type { CausalMap } from "../../model/types.js";
import { causalMapFileSchema } from "./causal-map-schema.js";
import { checkCausalMap } from "./check-causal-map.js";

/** Where the object came from, for diagnostics. */
export interface ReadCausalMapOptions {
  readonly file?: string;
  /** The text the object was parsed from, to give diagnostics a line and column. */
  readonly text?: string;
}

/** A validated map (absent when there were errors) and every diagnostic, warnings included. */
export interface CausalMapResult {
  readonly map?: CausalMap;
  readonly diagnostics: readonly Diagnostic[];
}

/** Validate a parsed causal-map object; never throws for a bad map. */
export function parseCausalMapObject(
  value: unknown,
  options: ReadCausalMapOptions = {},
): CausalMapResult {
  expectOptions("parseCausalMapObject", options, { file: "string", text: "string" });
  const located = (diagnostics: readonly Diagnostic[]): Diagnostic[] => {
    const withFile = diagnostics.map((d) =>
      options.file && !d.file ? { ...d, file: options.file } : d,
    );
    return options.text === undefined
      ? withFile
      : locateDiagnostics(withFile, parseLocatedText(options.text, { file: options.file }));
  };
  const parsed = causalMapFileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      diagnostics: located(schemaDiagnostics(parsed.error.issues, value, causalMapFileSchema)),
    };
  }
  const { $schema: _schema, stockflow: _version, ...rest } = parsed.data;
  const map: CausalMap = rest;
  const diagnostics = located(checkCausalMap(map));
  const failed = diagnostics.some((d) => d.severity === "error");
  return failed ? { diagnostics } : { map, diagnostics };
}

/**
 * A validated causal map from a parsed JSON/YAML object (`"stockflow": 1, "kind": "causal-map"`).
 * Throws a {@link ModelError} with every error when the map is invalid; warnings are dropped
 * (use {@link parseCausalMapObject} to see them).
 */
export function readCausalMapObject(value: unknown, options: ReadCausalMapOptions = {}): CausalMap {
  expectOptions("readCausalMapObject", options, { file: "string", text: "string" });
  const { map, diagnostics } = parseCausalMapObject(value, options);
  if (!map)
    throw new ModelError(
      diagnostics,
      `invalid causal map${options.file ? ` ${options.file}` : ""}`,
    );
  return map;
}

/** Options of {@link readCausalMapText}. */
export interface ReadCausalMapTextOptions {
  readonly file?: string;
  /** Defaults to the file extension, else `json` when the text starts with `{`, else `yaml`. */
  readonly format?: "json" | "yaml";
}

/**
 * A validated causal map from JSON or YAML text. Syntax errors (JSON by the exact JSON rules,
 * duplicate keys, a byte-order mark) are located diagnostics too, read by the same
 * `parseLocatedText` as stock-and-flow model files.
 */
export function readCausalMapText(text: string, options: ReadCausalMapTextOptions = {}): CausalMap {
  expectString("readCausalMapText", "text", text);
  expectOptions("readCausalMapText", options, { file: "string", format: ["json", "yaml"] });
  const located = parseLocatedText(text, options);
  if (located.diagnostics.some((d) => d.severity === "error")) {
    throw new ModelError(located.diagnostics, `cannot read ${options.file ?? "causal map"}`);
  }
  return readCausalMapObject(located.value, { file: options.file, text });
}
