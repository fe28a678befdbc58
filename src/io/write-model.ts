/**
 * Writing a model file (a stock-and-flow model or a causal map): JSON or YAML with the
 * `"stockflow": 1` version field first and every object's keys in one fixed, readable order
 * (kind and id first, then names, then the equation), so that the same model always gives the
 * same text and diffs stay small. `source` is not written: it says where a model was read
 * from, not what it is.
 */
import { Document, isScalar, visit } from "yaml";
import { expectModel, expectOptions } from "../diagnostics/check-argument.js";
import { MODEL_FORMAT_VERSION } from "../model/schema.js";
import type { AnyModel } from "../model/types.js";

// Preferred key order for every object of the format; keys not listed follow in alphabetical order.
const KEY_ORDER = [
  "stockflow",
  "$schema",
  "kind",
  "id",
  "name",
  "labels",
  "nl",
  "en",
  "units",
  "doc",
  "specs",
  "start",
  "stop",
  "dt",
  "saveper",
  "method",
  "timeUnits",
  "control",
  "initial",
  "inflows",
  "outflows",
  "equation",
  "value",
  "nonNegative",
  "type",
  "variable",
  "flow",
  "from",
  "to",
  "points",
  "x",
  "xscale",
  "y",
  "yscale",
  "min",
  "max",
  "width",
  "height",
  "angle",
  "description",
  "polarity",
  "strength",
  "speed",
  "delay",
  "evidence",
  "ids",
  "reasoning",
  "note",
  "actors",
  "group",
  "sources",
  "accumulating",
  "normalised",
  "variables",
  "factors",
  "links",
  "view",
  "elements",
  "loc",
  "file",
  "line",
  "column",
  "path",
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

/** Options of the model writers. */
export interface WriteModelOptions {
  /** A `$schema` URL or path to write after the version field, for editor completion. */
  readonly schema?: string;
}

/** The plain object a model file holds: version field first, keys in the fixed order. */
export function modelFileObject(model: AnyModel, options: WriteModelOptions = {}): unknown {
  expectModel("modelFileObject", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("modelFileObject", options, { schema: "string" });
  const { source: _source, ...rest } = model;
  // Source locations describe the file a model was read from, not the one being written.
  if (rest.kind === "stock-flow") {
    Object.assign(rest, { variables: rest.variables.map(({ loc: _loc, ...v }) => v) });
  }
  return ordered({
    stockflow: MODEL_FORMAT_VERSION,
    ...(options.schema !== undefined ? { $schema: options.schema } : {}),
    ...rest,
  });
}

/** A model as JSON text: 2-space indent, short arrays of numbers or names on one line. */
export function writeModelJson(model: AnyModel, options: WriteModelOptions = {}): string {
  expectModel("writeModelJson", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("writeModelJson", options, { schema: "string" });
  return `${json(modelFileObject(model, options), "")}\n`;
}

/** A model as YAML text, with arrays of numbers or names in flow style (`[0, 1, 2]`). */
export function writeModelYaml(model: AnyModel, options: WriteModelOptions = {}): string {
  expectModel("writeModelYaml", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("writeModelYaml", options, { schema: "string" });
  const doc = new Document(modelFileObject(model, options));
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value).filter(
    (key) => (value as Record<string, unknown>)[key] !== undefined,
  );
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    keys.map((key) => [key, ordered((value as Record<string, unknown>)[key])]),
  );
}

function rank(key: string): number {
  return RANK.get(key) ?? KEY_ORDER.length;
}

function json(value: unknown, indent: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
      if (indent.length + flat.length <= 80) return flat;
    }
    return `[\n${value.map((item) => `${inner}${json(item, inner)}`).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const lines = entries.map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${json(item, inner)}`,
  );
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
