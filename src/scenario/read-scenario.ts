/**
 * Reading scenario files: syntax and schema, then — when the model is given — every name,
 * time and value against the model, all located with file, line, column and object path.
 * `loadScenario` follows an `extends` that names a file and resolves `model`, both relative to
 * the scenario file.
 */

import { expectOptions, expectString, expectStrings } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError, UsageError } from "../diagnostics/errors.js";
import { locateDiagnostics, parseLocatedText } from "../io/located-text.js";
import { parsePath } from "../model/object-path.js";
import { schemaDiagnostics } from "../model/schema-diagnostics.js";
import type { Model } from "../model/types.js";
import type { Distribution } from "../sensitivity/distribution.js";
import { parseDistribution } from "../sensitivity/parse-distribution.js";
import { checkScenario } from "./check-scenario.js";
import { mergeScenario } from "./resolve-extends.js";
import type { Scenario } from "./scenario.js";
import { scenarioFileSchema } from "./scenario-schema.js";

/** Options of {@link readScenarioText}. */
export interface ReadScenarioOptions {
  readonly file?: string;
  /** Check names, times and values against this model. */
  readonly model?: Model;
}

/** A scenario with the parameter distributions its file may hold. */
export interface ScenarioWithDistributions extends Scenario {
  readonly distributions?: Readonly<Record<string, Distribution>>;
}

const baseName = (file: string): string =>
  (file.split(/[\\/]/).pop() ?? file).replace(/\.(ya?ml|json)$/i, "");

/** Read a scenario from its text. Throws a ModelError with every located problem. */
export function readScenarioText(
  text: string,
  options: ReadScenarioOptions = {},
): ScenarioWithDistributions {
  expectString("readScenarioText", "text", text);
  expectOptions("readScenarioText", options, { file: "string", model: "object" });
  const located = parseLocatedText(text, options.file !== undefined ? { file: options.file } : {});
  // A name in `set` or `tables` is a key: point at it rather than at its value.
  const atKey = (d: Diagnostic): Diagnostic => {
    const naming = ["unknown-variable", "not-a-constant", "no-table"].includes(d.code);
    if (d.path === undefined || !/^(set|tables)\b/.test(d.path) || !naming) return d;
    const position = located.locate(parsePath(d.path), "key");
    return position === undefined ? d : { ...d, ...position };
  };
  const fail = (ds: readonly Diagnostic[]): never => {
    throw new ModelError(
      locateDiagnostics(ds.map(atKey), located),
      `scenario ${options.file ?? ""}`.trim(),
    );
  };
  if (located.diagnostics.some((d) => d.severity === "error")) fail(located.diagnostics);
  const parsed = scenarioFileSchema.safeParse(located.value);
  if (!parsed.success)
    fail(schemaDiagnostics(parsed.error.issues, located.value, scenarioFileSchema));
  const file = parsed.data!;
  const problems: Diagnostic[] = [];
  const distributions: Record<string, Distribution> = {};
  for (const [name, spec] of Object.entries(file.distributions ?? {})) {
    const d = parseDistribution(spec);
    if (d.ok) distributions[name] = d.distribution;
    else
      problems.push({
        severity: "error",
        code: "bad-distribution",
        message: d.message,
        path: `distributions.${name}`,
        value: spec,
      });
  }
  const { stockflow: _v, kind: _k, distributions: _d, ...rest } = file;
  const scenario: ScenarioWithDistributions = {
    ...rest,
    name: file.name ?? (options.file !== undefined ? baseName(options.file) : "scenario"),
    ...(options.file !== undefined ? { source: options.file } : {}),
    ...(file.distributions !== undefined ? { distributions } : {}),
  };
  if (options.model !== undefined) problems.push(...checkScenario(options.model, scenario));
  if (problems.length > 0) fail(problems);
  return scenario;
}

/**
 * Read a scenario file. An `extends` naming a `.yaml`, `.yml` or `.json` file is read (relative
 * to this file) and folded in; an `extends` naming a scenario is left for `runScenarios`.
 */
export async function loadScenario(
  path: string,
  options: Omit<ReadScenarioOptions, "file"> = {},
  chain: readonly string[] = [],
): Promise<ScenarioWithDistributions> {
  expectString("loadScenario", "path", path);
  expectOptions("loadScenario", options, { model: "object" });
  expectStrings("loadScenario", "chain", chain);
  const { readFile } = await import("node:fs/promises");
  const { dirname, resolve } = await import("node:path");
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(`no such scenario file: ${path}`);
  });
  const read = readScenarioText(text, { ...options, file: path });
  // The model a scenario names is relative to the scenario file.
  const scenario =
    read.model === undefined ? read : { ...read, model: resolve(dirname(path), read.model) };
  const base = scenario.extends;
  if (base === undefined || !/\.(ya?ml|json)$/i.test(base)) return scenario;
  const basePath = resolve(dirname(path), base);
  if (chain.includes(basePath)) {
    throw new ModelError([
      {
        severity: "error",
        code: "cyclic-extends",
        message: "scenario files extend each other",
        file: path,
        path: "extends",
        value: base,
      },
    ]);
  }
  const parent = await loadScenario(basePath, options, [...chain, resolve(path)]);
  const merged = mergeScenario(parent, scenario);
  const distributions = { ...parent.distributions, ...scenario.distributions };
  return Object.keys(distributions).length > 0 ? { ...merged, distributions } : merged;
}
