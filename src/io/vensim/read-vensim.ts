/**
 * Read a Vensim `.mdl` file into a stockflow {@link Model}. See `docs/formats.md (section "Vensim `.mdl` files")` for
 * what is supported. Every problem is collected as a diagnostic with file, line, column, the
 * variable and the offending text; {@link readVensim} throws them all in one {@link ModelError}.
 */

import { expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import { canonicalId } from "../../model/canonical.js";
import type { Model } from "../../model/types.js";
import { buildVariables } from "./build-variables.js";
import { DataFiles, externalReferences, type ReadDataFile } from "./data-files.js";
import { literal } from "./definition-kind.js";
import { expandMacros, type MacroDefinition, type VariableDefinition } from "./expand-macros.js";
import { type ExternalData, withDataBetweenTimes, withExternalData } from "./external-data.js";
import { groupDefinitions } from "./group-definitions.js";
import { lineLocator, type MdlProblem, toDiagnostic } from "./mdl-problem.js";
import { firstLine, MdlEntries } from "./parse-entries.js";
import { readControl } from "./read-control.js";
import { readDataCalls } from "./read-data-calls.js";
import { readSketch } from "./read-sketch.js";
import { withSubscriptCalls } from "./read-subscript-calls.js";
import { splitMdl } from "./split-mdl.js";
import { unitEquivalents } from "./unit-equivalents.js";
import { VensimDimensions } from "./vensim-dimensions.js";
import { VensimNames } from "./vensim-names.js";
import type { VensimSyntaxError } from "./vensim-tokenize.js";

/** Options of {@link readVensim}. */
export interface ReadVensimOptions {
  /** File name for diagnostics. */
  readonly file?: string;
  /**
   * Reads the data files that `GET XLS …` and `GET DIRECT …` name (paths relative to the
   * model file); without it, such calls are diagnostics. {@link loadModel} gives one.
   */
  readonly readDataFile?: ReadDataFile;
  /**
   * Series for the data variables without an equation, read from the data files given at run
   * time (`--data`); see {@link readDataSeries}.
   */
  readonly externalData?: ExternalData;
  /**
   * Files for `'?name'` references given at run time (`?name` → file, relative to the model),
   * over the model's own settings.
   */
  readonly dataTags?: ReadonlyMap<string, string>;
}

/** A model read from a `.mdl` file with its warnings, or the errors that stopped it. */
export interface VensimReading {
  /** Undefined when there are errors. */
  readonly model?: Model;
  readonly diagnostics: readonly Diagnostic[];
}

/** The field of {@link Model.specs}`.control` each control value sets. */
const CONTROL_FIELDS: Readonly<Record<string, string>> = {
  "initial time": "start",
  "final time": "stop",
  "time step": "dt",
  saveper: "saveper",
};

/** Read `.mdl` text; throws {@link ModelError} with every error found. */
export function readVensim(text: string, options: ReadVensimOptions = {}): Model {
  expectString("readVensim", "text", text);
  expectOptions("readVensim", options, {
    file: "string",
    readDataFile: "function",
    externalData: "object",
    dataTags: "object",
  });
  const reading = readVensimWithDiagnostics(text, options);
  if (reading.model === undefined) {
    const where = options.file !== undefined ? ` ${options.file}` : "";
    throw new ModelError(reading.diagnostics, `cannot read vensim${where}`);
  }
  return reading.model;
}

/** Read `.mdl` text, returning the model (when there are no errors) and all diagnostics. */
export function readVensimWithDiagnostics(
  text: string,
  options: ReadVensimOptions = {},
): VensimReading {
  expectString("readVensimWithDiagnostics", "text", text);
  expectOptions("readVensimWithDiagnostics", options, {
    file: "string",
    readDataFile: "function",
    externalData: "object",
    dataTags: "object",
  });
  const parts = splitMdl(text);
  const problems: MdlProblem[] = [...parts.problems];
  const fail = (error: VensimSyntaxError, d: VariableDefinition | undefined) => {
    const base = d?.entry.offset ?? 0;
    const warning = ["missing-control", "duplicate-name", "lookup-order"].includes(error.code);
    problems.push({
      code: error.code,
      message: error.message,
      offset: base + error.offset,
      ...(warning ? { severity: "warning" as const } : {}),
      ...(d !== undefined
        ? { variable: d.hiddenId ?? canonicalId(d.name), value: firstLine(d.entry.text) }
        : {}),
    });
  };

  const entries = new MdlEntries(problems);
  const written = entries.parse(parts.entries);
  const macros: MacroDefinition[] = parts.macros.map((m) => ({
    ...m,
    definitions: entries.parse(m.entries, false),
  }));
  const references = externalReferences(parts.sketch?.text);
  for (const [tag, file] of options.dataTags ?? []) references.set(tag.trim().toLowerCase(), file);
  const files = new DataFiles(options.readDataFile, references);
  const ranges = withSubscriptCalls(entries.ranges, entries.subscriptCalls, files, problems);
  const dims = new VensimDimensions(ranges, entries.equivalences);
  const data = readDataCalls(entries.dataCalls, dims, files, problems);
  // In the order of the file, so variables keep their order.
  const given = withDataBetweenTimes(
    withExternalData(written, options.externalData, dims, problems),
    options.externalData,
    dims,
  );
  const definitions = [...given, ...data.definitions].sort(
    (a, b) => a.entry.offset - b.entry.offset,
  );
  const expanded = expandMacros(definitions, macros, fail);

  const names = new VensimNames();
  const { control, groups, definitionsOf } = groupDefinitions(expanded, names, fail);
  const reading = readControl(control, fail, (name) => {
    const defs = definitionsOf(name);
    const def = defs?.length === 1 ? defs[0]?.def : undefined;
    return def?.kind === "equation" && def.lhs.subscripts.length === 0
      ? literal(def.rhs)
      : undefined;
  });
  // Control values that are equations become variables; the specs name them.
  const controlGroups = reading.dynamic.flatMap((key) => {
    const d = control.get(key);
    return d === undefined ? [] : [{ key, id: names.add(d.name).id, name: d.name, defs: [d] }];
  });
  const specs: Model["specs"] =
    controlGroups.length === 0
      ? reading.specs
      : {
          ...reading.specs,
          control: Object.fromEntries(controlGroups.map((g) => [CONTROL_FIELDS[g.key], g.id])),
        };
  const known = new Map<string, "value" | "lookup">();
  for (const [name, kind] of [...entries.skipped, ...data.failed]) {
    known.set(names.add(name).id, kind);
  }
  const locate = lineLocator(text);
  const variables = buildVariables([...groups, ...controlGroups], {
    names,
    known,
    dims,
    base(group) {
      const d = group.defs[0]!;
      const hidden = d.hiddenId !== undefined;
      return {
        ...(hidden || group.name === group.id ? {} : { name: group.name }),
        ...(d.entry.units ? { units: d.entry.units } : {}),
        ...(d.entry.comment && !hidden
          ? { doc: d.entry.comment }
          : d.source !== undefined
            ? { doc: `read with ${d.source}` }
            : {}),
        loc: {
          ...(options.file !== undefined ? { file: options.file } : {}),
          ...locate(d.entry.offset),
        },
      };
    },
    fail,
  });
  const ids = new Set(variables.map((v) => v.id));
  const view =
    parts.sketch === undefined
      ? undefined
      : readSketch(parts.sketch.text, (name) => {
          const id = names.id(name.replace(/^"|"$/g, ""));
          return id !== undefined && ids.has(id) ? id : undefined;
        });

  // The same problem may be met twice (a stock's initial value and rate are printed apart).
  const unique = [
    ...new Map(problems.map((p) => [`${p.offset}|${p.code}|${p.message}`, p])).values(),
  ].sort((a, b) => a.offset - b.offset);
  const diagnostics = unique.map((p) => toDiagnostic(p, locate, options.file));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const units = unitEquivalents(parts.sketch?.text);
  const model: Model = {
    kind: "stock-flow",
    ...(dims.list.length > 0 ? { dimensions: dims.list } : {}),
    specs,
    ...(units.length > 0 ? { units } : {}),
    variables,
    ...(view !== undefined ? { view } : {}),
  };
  return { model, diagnostics };
}
