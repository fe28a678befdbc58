/**
 * Running scenarios: each is checked against the model, then the scenarios are grouped by the
 * variables their measures change ({@link measureSignature}); each group is compiled once and
 * its scenarios differ only in the parameter array and the tables of their runs.
 */
import { type CompiledModel, compileModel } from "../compile/compile-model.js";
import {
  expectModel,
  expectObject,
  expectOptions,
  expectSchema,
} from "../diagnostics/check-argument.js";
import { ModelError } from "../diagnostics/errors.js";
import type { Model } from "../model/types.js";
import type { Run } from "../simulate/run.js";
import { RUN_OPTION_FIELDS } from "../simulate/run-option-fields.js";
import { type RunOptions, simulate } from "../simulate/simulate.js";
import {
  applyMeasures,
  type MeasuredModel,
  measureParams,
  measureSignature,
} from "./apply-measures.js";
import { checkScenario } from "./check-scenario.js";
import { resolveExtends } from "./resolve-extends.js";
import { variableResolver } from "./resolve-variable.js";
import type { Scenario } from "./scenario.js";
import { flattenScenario, scenarioModel } from "./scenario-model.js";
import { scenarioListSchema } from "./scenario-schema.js";

/** The run of one scenario. */
export interface ScenarioRun {
  readonly name: string;
  readonly run: Run;
}

/** Options of {@link runScenarios}: run options shared by every scenario. */
export type RunScenariosOptions = Omit<RunOptions, "params" | "paramValues" | "tables">;

/** A scenario prepared for a compiled model: the parameters and tables of its run. */
export interface PreparedScenario {
  readonly compiled: CompiledModel;
  readonly params: Record<string, number>;
  readonly tables: NonNullable<RunOptions["tables"]>;
  /** Measured constants: their id → the constant now holding their value (see applyMeasures). */
  readonly moved: ReadonlyMap<string, string>;
}

/** Compiled models by measure signature, for reuse across calls on the same model. */
export type ScenarioCache = Map<string, { measured: MeasuredModel; compiled: CompiledModel }>;

/**
 * Check and prepare scenarios (bases folded in): one compiled model per measure signature,
 * shared by the scenarios that have it. Throws a ModelError with every problem of every scenario.
 * A `cache` kept by the caller (for one model only) carries the compiled models over to later
 * calls, so an interactive page compiles each signature once.
 */
export function prepareScenarios(
  model: Model,
  scenarios: readonly Scenario[],
  cache: ScenarioCache = new Map(),
): PreparedScenario[] {
  expectModel("prepareScenarios", "model", model, ["stock-flow"]);
  expectSchema(
    "prepareScenarios",
    "scenarios",
    scenarios,
    scenarioListSchema,
    "a list of scenarios",
  );
  if (cache !== undefined) expectObject("prepareScenarios", "cache", cache);
  const resolved = resolveExtends(scenarios);
  const problems = resolved.flatMap((s) =>
    checkScenario(model, s).map((d) => ({
      ...d,
      ...(s.source !== undefined ? { file: s.source } : {}),
    })),
  );
  if (problems.length > 0) throw new ModelError(problems, "scenarios cannot run");
  const groups = cache;
  const view = scenarioModel(model);
  const resolve = variableResolver(view.flat);
  return resolved.map((scenario) => {
    const s = flattenScenario(view, scenario);
    const measures = s.measures ?? [];
    const signature = measureSignature(view.flat, measures);
    let group = groups.get(signature);
    if (group === undefined) {
      const measured = applyMeasures(view.flat, measures);
      group = { measured, compiled: compileModel(measured.model) };
      groups.set(signature, group);
    }
    const params: Record<string, number> = {};
    for (const [name, value] of Object.entries(s.set ?? {})) {
      const id = resolve(name)!.id;
      params[group.measured.moved.get(id) ?? id] = value;
    }
    Object.assign(params, measureParams(group.measured, measures));
    return {
      compiled: group.compiled,
      params,
      tables: s.tables ?? {},
      moved: group.measured.moved,
    };
  });
}

/** Run every scenario on the model; runs come back in the order of the scenarios. */
export function runScenarios(
  model: Model,
  scenarios: readonly Scenario[],
  options: RunScenariosOptions = {},
): ScenarioRun[] {
  expectModel("runScenarios", "model", model, ["stock-flow"]);
  expectSchema("runScenarios", "scenarios", scenarios, scenarioListSchema, "a list of scenarios");
  expectOptions("runScenarios", options, {
    ...RUN_OPTION_FIELDS,
  });
  const prepared = prepareScenarios(model, scenarios);
  // By default a run saves the model's own variables, not the constants measures add.
  const save =
    options.save ??
    scenarioModel(model)
      .flat.variables.filter((v) => v.kind !== "lookup")
      .map((v) => v.id);
  return prepared.map((p, i) => ({
    name: scenarios[i]!.name,
    run: simulate(p.compiled, { ...options, save, params: p.params, tables: p.tables }),
  }));
}
