/**
 * A workshop edge list as a causal map. The CSV has the header `from,to,polarity` and optional
 * columns `strength,speed,delay,source,note` in any order; factors are created from the names
 * (id = canonical id, display name kept). An optional second CSV `id,label_nl,label_en,actor,group`
 * adds labels, actors (several separated by `;`) and groups. Every bad row is reported with its
 * line number and the offending value, not just the first.
 */

import { expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean, formatDidYouMean } from "../../diagnostics/did-you-mean.js";
import { ModelError } from "../../diagnostics/errors.js";
import { canonicalId } from "../../model/canonical.js";
import { parsePath } from "../../model/object-path.js";
import type { CausalLink, CausalMap, Factor, Polarity } from "../../model/types.js";
import { speedSchema, strengthSchema } from "./causal-map-schema.js";
import { checkCausalMap } from "./check-causal-map.js";
import { type Row, readCsvRows } from "./read-csv-rows.js";

/** Options of {@link readCausalMapCsv}. */
export interface ReadCausalMapCsvOptions {
  readonly file?: string;
  /** Text of a second CSV with the columns `id,label_nl,label_en,actor,group`. */
  readonly labels?: string;
  /** File name of the labels CSV, for diagnostics. */
  readonly labelsFile?: string;
}

const EDGE_COLUMNS = ["from", "to", "polarity", "strength", "speed", "delay", "source", "note"];
const LABEL_COLUMNS = ["id", "label_nl", "label_en", "actor", "group"];

/** Polarity spellings accepted in a CSV cell. */
const POLARITY_WORDS: Readonly<Record<string, Polarity>> = {
  "+": "+",
  "+1": "+",
  positive: "+",
  pos: "+",
  "-": "-",
  "\u2212": "-",
  "-1": "-",
  negative: "-",
  neg: "-",
  "?": "?",
  unknown: "?",
};

/** The link of one edge-list row, or undefined with diagnostics when the row is bad. */
function readLink(row: Row, file: string | undefined, out: Diagnostic[]): CausalLink | undefined {
  const { cells, line } = row;
  const bad = (column: string, message: string, hint?: string): undefined => {
    out.push({
      severity: "error",
      code: "bad-row",
      message,
      file,
      line,
      column: EDGE_COLUMNS.indexOf(column) + 1 || undefined,
      value: cells[column],
      hint,
    });
    return undefined;
  };
  const errorsBefore = out.length;
  if (!cells.from) bad("from", "missing from");
  if (!cells.to) bad("to", "missing to");
  const polarity =
    cells.polarity === undefined ? undefined : POLARITY_WORDS[cells.polarity.toLowerCase()];
  if (!polarity)
    bad("polarity", `polarity ${JSON.stringify(cells.polarity ?? "")} is not +, - or ?`);
  const strength =
    cells.strength === undefined
      ? undefined
      : strengthSchema.safeParse(cells.strength.toLowerCase());
  if (strength && !strength.success)
    bad(
      "strength",
      `unknown strength ${JSON.stringify(cells.strength)}`,
      `expected ${strengthSchema.options.join(", ")}`,
    );
  const speed =
    cells.speed === undefined
      ? undefined
      : speedSchema.safeParse(cells.speed.toLowerCase().replace(/[ -]/g, "_"));
  if (speed && !speed.success)
    bad(
      "speed",
      `unknown speed ${JSON.stringify(cells.speed)}`,
      `expected ${speedSchema.options.join(", ")}`,
    );
  const delay = cells.delay === undefined ? undefined : Number(cells.delay);
  if (delay !== undefined && !(Number.isFinite(delay) && delay >= 0))
    bad("delay", `delay ${JSON.stringify(cells.delay)} is not a number >= 0`);
  if (out.length > errorsBefore) return undefined;
  const ids = cells.source
    ?.split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return {
    kind: "link",
    from: canonicalId(cells.from!),
    to: canonicalId(cells.to!),
    polarity: polarity!,
    ...(strength?.success ? { strength: strength.data } : {}),
    ...(speed?.success ? { speed: speed.data } : {}),
    ...(delay !== undefined ? { delay } : {}),
    ...(ids && ids.length > 0 ? { evidence: { kind: "source" as const, ids } } : {}),
    ...(cells.note ? { note: cells.note } : {}),
  };
}

/** Apply the labels CSV to the factors, reporting unknown ids with a suggestion. */
function applyLabels(
  factors: Map<string, Factor>,
  rows: readonly Row[],
  file: string | undefined,
  out: Diagnostic[],
): void {
  for (const { cells, line } of rows) {
    const raw = cells.id;
    if (!raw) {
      out.push({
        severity: "error",
        code: "bad-row",
        message: "missing id",
        file,
        line,
        column: 1,
      });
      continue;
    }
    const factor = factors.get(canonicalId(raw));
    if (!factor) {
      out.push({
        severity: "error",
        code: "unknown-factor",
        message: `labels for unknown factor ${JSON.stringify(raw)}`,
        file,
        line,
        column: 1,
        value: raw,
        hint: formatDidYouMean(didYouMean(raw, factors.keys())),
      });
      continue;
    }
    const labels = {
      ...factor.labels,
      ...(cells.label_nl ? { nl: cells.label_nl } : {}),
      ...(cells.label_en ? { en: cells.label_en } : {}),
    };
    const actors = cells.actor
      ?.split(";")
      .map((a) => a.trim())
      .filter((a) => a !== "");
    factors.set(factor.id, {
      ...factor,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      ...(actors && actors.length > 0 ? { actors } : {}),
      ...(cells.group ? { group: cells.group } : {}),
    });
  }
}

/** A causal map and all diagnostics from an edge-list CSV; never throws for bad input. */
export function parseCausalMapCsv(
  text: string,
  options: ReadCausalMapCsvOptions = {},
): { readonly map?: CausalMap; readonly diagnostics: readonly Diagnostic[] } {
  expectString("parseCausalMapCsv", "text", text);
  expectOptions("parseCausalMapCsv", options, {
    file: "string",
    labels: "string",
    labelsFile: "string",
  });
  const { file } = options;
  const out: Diagnostic[] = [];
  const rows = readCsvRows(text, EDGE_COLUMNS, ["from", "to", "polarity"], file, out);
  const factors = new Map<string, Factor>();
  const links: CausalLink[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    const link = readLink(row, file, out);
    if (!link) continue;
    for (const name of [row.cells.from!, row.cells.to!]) {
      const id = canonicalId(name);
      if (!factors.has(id))
        factors.set(id, { kind: "factor", id, ...(name !== id ? { name } : {}) });
    }
    links.push(link);
    lines.push(row.line);
  }
  if (options.labels !== undefined) {
    const labelRows = readCsvRows(options.labels, LABEL_COLUMNS, ["id"], options.labelsFile, out);
    applyLabels(factors, labelRows, options.labelsFile, out);
  }
  const map: CausalMap = { kind: "causal-map", factors: [...factors.values()], links };
  for (const { path, ...d } of checkCausalMap(map)) {
    const steps = parsePath(path ?? "");
    const index = steps[0] === "links" && typeof steps[1] === "number" ? steps[1] : undefined;
    out.push({ ...d, file, ...(index !== undefined ? { line: lines[index] } : {}) });
  }
  const failed = out.some((d) => d.severity === "error");
  return failed ? { diagnostics: out } : { map, diagnostics: out };
}

/** A causal map from an edge-list CSV; throws a {@link ModelError} listing every bad row. */
export function readCausalMapCsv(text: string, options: ReadCausalMapCsvOptions = {}): CausalMap {
  expectString("readCausalMapCsv", "text", text);
  expectOptions("readCausalMapCsv", options, {
    file: "string",
    labels: "string",
    labelsFile: "string",
  });
  const { map, diagnostics } = parseCausalMapCsv(text, options);
  if (!map)
    throw new ModelError(diagnostics, `invalid edge list${options.file ? ` ${options.file}` : ""}`);
  return map;
}
