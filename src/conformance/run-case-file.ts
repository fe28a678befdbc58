/**
 * Run one model file of a conformance case and judge it: `pass`; `fail` with the first
 * mismatch; `unsupported` when every error names a feature stockflow does not have yet
 * (`unsupported: conveyors`, an unknown function); `error` with the
 * first diagnostic otherwise. The model is loaded by {@link loadModel}, so a `.mdl` file uses
 * the Vensim reader as soon as it exists, and runs with its own sim specs.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Diagnostic, formatDiagnostic } from "../diagnostics/diagnostic.js";
import { ModelError, StockflowError } from "../diagnostics/errors.js";
import { type LoadModelOptions, loadModel } from "../io/load-model.js";
import { runModel } from "../simulate/simulate.js";
import { compareRun, compareWithReference, type Tolerance } from "./compare-run.js";
import type { CaseFile, CaseFormat, CaseLayout, ConformanceCase } from "./find-cases.js";
import { findDefect } from "./find-defect.js";
import { type ReferenceOutput, readReferenceOutput } from "./read-reference-output.js";
import { readVensimDat } from "./read-vensim-dat.js";

/**
 * The verdict on one file; `no-reference` when the file has no reference output (it was
 * loaded and run without error, and does not count in the pass rate).
 */
export type CaseStatus = "pass" | "fail" | "error" | "unsupported" | "no-reference";

/** One line of a conformance report. */
export interface CaseResult {
  readonly case: string;
  readonly file: string;
  readonly format: CaseFormat;
  /** Which pairing rule found the reference ({@link CaseLayout}). */
  readonly layout: CaseLayout;
  readonly status: CaseStatus;
  /** Why it did not pass; empty when it passed. */
  readonly detail: string;
  /** Evidence that the file is not intact ({@link findDefect}); such a file does not count. */
  readonly defect?: string;
}

/** Run and judge one file of a case; a file that does not pass is checked for defects. */
export async function runCaseFile(
  c: ConformanceCase,
  f: CaseFile,
  tolerance: Tolerance,
): Promise<CaseResult> {
  const verdict = await judge(c, f, tolerance);
  if (verdict.status === "pass" || verdict.status === "no-reference") return verdict;
  const defect = await findDefect(c, f);
  return defect === undefined ? verdict : { ...verdict, defect };
}

async function judge(c: ConformanceCase, f: CaseFile, tolerance: Tolerance): Promise<CaseResult> {
  const result = (status: CaseStatus, detail = ""): CaseResult => ({
    case: c.name,
    file: f.file,
    format: f.format,
    layout: f.layout,
    status,
    detail,
  });
  try {
    const model = await loadModel(join(c.dir, f.file), await runOptions(c, f));
    if (model.kind !== "stock-flow") return result("error", "not a stock-and-flow model");
    const run = runModel(model, { checkFinite: false });
    if (f.reference === undefined) {
      return result("no-reference", "no output.csv, output.tab, <name>.dat or <name>.csv");
    }
    const text = decodeOutput(await readFile(join(c.dir, f.reference.file)));
    const { mismatch, missing } = compareWithReference(
      run,
      readReference(text, f.reference.kind),
      tolerance,
    );
    if (mismatch === undefined) return result("pass", missingNote(missing));
    // A file written by Stella is also judged by Stella's own output of it, when the case has
    // one: the canonical output is often Vensim's, and some XMILE files lost what Vensim ran.
    const { stellaOutput } = f;
    if (stellaOutput !== undefined) {
      const stella = readReferenceOutput(
        decodeOutput(await readFile(join(c.dir, stellaOutput))),
        false,
      );
      if (compareRun(run, stella, tolerance) === undefined) {
        return result(
          "pass",
          `matches ${stellaOutput} (Stella's output of this file); ${f.reference.file}: ${mismatch}`,
        );
      }
    }
    return result("fail", withNaNCause(mismatch, model));
  } catch (error) {
    if (error instanceof ModelError) {
      const errors = error.diagnostics.filter((d) => d.severity === "error");
      const shown = errors.length > 0 ? errors : error.diagnostics;
      if (shown.length > 0 && shown.every(isUnsupported)) {
        return result("unsupported", [...new Set(shown.map((d) => d.message))].join("; "));
      }
      return result("error", shown[0] === undefined ? error.message : oneLine(shown[0]));
    }
    if (error instanceof StockflowError) return result("error", error.message);
    const message = error instanceof Error ? error.message : String(error);
    return result("error", `internal error: ${message}`);
  }
}

/**
 * What a Vensim case runs with, from its SDEverywhere spec (`<name>_spec.json`): the data files
 * it lists as `datFiles` or `externalDatfiles`, and the files of its `'?name'` references
 * (`directData`), all in the case folder.
 */
async function runOptions(c: ConformanceCase, f: CaseFile): Promise<LoadModelOptions> {
  if (f.format !== "mdl") return {};
  const spec = join(c.dir, `${f.file.replace(/\.[^.]+$/, "")}_spec.json`);
  const text = await readFile(spec, "utf8").catch(() => undefined);
  if (text === undefined) return {};
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const inFolder = (n: unknown): n is string => typeof n === "string" && !n.includes("..");
  const data = [parsed.datFiles, parsed.externalDatfiles]
    .flatMap((v) => (Array.isArray(v) ? v.filter(inFolder) : []))
    .map((n) => join(c.dir, n));
  const direct = parsed.directData;
  const tags = new Map(
    typeof direct === "object" && direct !== null
      ? Object.entries(direct).filter((e): e is [string, string] => inFolder(e[1]))
      : [],
  );
  return { ...(data.length > 0 ? { data } : {}), ...(tags.size > 0 ? { dataTags: tags } : {}) };
}

/**
 * A mismatch where the run gives NaN, with the run's own report of the first value that is not a
 * number (the variable, the time and the likely cause), from a second run that checks.
 */
function withNaNCause(mismatch: string, model: Parameters<typeof runModel>[0]): string {
  if (!/got NaN$/.test(mismatch)) return mismatch;
  try {
    runModel(model);
  } catch (error) {
    if (error instanceof StockflowError) return `${mismatch}; ${error.message}`;
  }
  return mismatch;
}

/** The note on a pass that left reference columns out: how many, and the first few. */
function missingNote(missing: readonly string[]): string {
  if (missing.length === 0) return "";
  const shown = missing.slice(0, 3).map((m) => JSON.stringify(m));
  const more = missing.length > 3 ? ` and ${missing.length - 3} more` : "";
  return `${missing.length} reference column(s) name no variable of the model and were not compared: ${shown.join(", ")}${more}`;
}

function readReference(text: string, kind: "csv" | "tab" | "dat"): ReferenceOutput {
  switch (kind) {
    case "csv":
      return readReferenceOutput(text, false);
    case "tab":
      return readReferenceOutput(text, true);
    case "dat":
      return readVensimDat(text);
  }
}

/** Reference outputs are UTF-8, or Latin-1 where Vensim wrote them so (`unicode_characters`). */
function decodeOutput(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

function isUnsupported(d: Diagnostic): boolean {
  return d.code === "unsupported" || d.message.startsWith("unsupported");
}

/** A diagnostic on one line, without the case folder in front of the file name. */
function oneLine(d: Diagnostic): string {
  const { file: _file, ...rest } = d;
  return formatDiagnostic(rest).replace(/\s+/g, " ");
}
