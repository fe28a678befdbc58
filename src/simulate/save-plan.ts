/**
 * What a run saves, worked out once per compiled model and list of names rather than at every
 * run: samplers and optimisers run one compiled model thousands of times with the same `save`,
 * and resolving names (canonical ids, display names) each time would cost more than a small
 * model's whole run.
 */
import type { CompiledModel, OutputSlot } from "../compile/compile-model.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { UsageError } from "../diagnostics/errors.js";
import { canonicalId } from "../model/canonical.js";
import type { RunVariable } from "./run.js";

/** The saved variables of a run and where their values are read. */
export interface SavePlan {
  /** The saved outputs, in model order. */
  readonly outputs: readonly OutputSlot[];
  /** The run's variables, one per output (shared by every run of this plan; readonly). */
  readonly variables: readonly RunVariable[];
  /** Column index (in `outputs`) of each saved value slot, and the slot it is read from. */
  readonly valueColumns: Int32Array;
  readonly valueSlots: Int32Array;
  /** Column index and parameter index of each saved constant (filled once per run). */
  readonly paramColumns: Int32Array;
  readonly paramIndices: Int32Array;
  /** True when every stock is among the saved value slots. */
  readonly savesEveryStock: boolean;
}

const resolvers = new WeakMap<CompiledModel, (name: string) => string | undefined>();

/** Names to ids (by id or display name, case-insensitive), built once per compiled model. */
export function resolver(compiled: CompiledModel): (name: string) => string | undefined {
  let resolve = resolvers.get(compiled);
  if (!resolve) {
    const ids = new Map<string, string>();
    for (const v of compiled.model.variables) {
      ids.set(v.id, v.id);
      if (v.name !== undefined) ids.set(canonicalId(v.name), v.id);
    }
    resolve = (name) => ids.get(canonicalId(name));
    resolvers.set(compiled, resolve);
  }
  return resolve;
}

/** The error for a name that is not in the model, with the nearest names as a hint. */
export function unknownName(what: string, name: string, known: readonly string[]): UsageError {
  const hint = formatDidYouMean(didYouMean(canonicalId(name), known));
  return new UsageError(
    `run: ${what} ${JSON.stringify(name)} is not in the model${hint ? ` (${hint})` : ""}`,
  );
}

const plans = new WeakMap<CompiledModel, Map<string, SavePlan>>();
const ALL = "\u0000all";

/** The save plan of `save` (all outputs when absent), cached per compiled model. */
export function savePlan(compiled: CompiledModel, save?: readonly string[]): SavePlan {
  let cache = plans.get(compiled);
  if (!cache) plans.set(compiled, (cache = new Map()));
  const key = save === undefined ? ALL : save.join("\u0000");
  let plan = cache.get(key);
  if (!plan) {
    plan = makePlan(compiled, save);
    cache.set(key, plan);
  }
  return plan;
}

function makePlan(compiled: CompiledModel, save?: readonly string[]): SavePlan {
  const resolve = resolver(compiled);
  const wanted =
    save &&
    new Set(
      save.map((name) => {
        const id = resolve(name);
        if (id === undefined)
          throw unknownName(
            "variable",
            name,
            compiled.outputs.map((o) => o.id),
          );
        return id;
      }),
    );
  const outputs = wanted ? compiled.outputs.filter((o) => wanted.has(o.id)) : compiled.outputs;
  const values = outputs.flatMap((o, j) => (o.param ? [] : [j]));
  const params = outputs.flatMap((o, j) => (o.param ? [j] : []));
  const slots = new Set(values.map((j) => outputs[j]!.index));
  return {
    outputs,
    variables: outputs.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      ...(o.units !== undefined ? { units: o.units } : {}),
    })),
    valueColumns: Int32Array.from(values),
    valueSlots: Int32Array.from(values, (j) => outputs[j]!.index),
    paramColumns: Int32Array.from(params),
    paramIndices: Int32Array.from(params, (j) => outputs[j]!.index),
    savesEveryStock: Array.from({ length: compiled.stockCount }, (_, i) => i).every((i) =>
      slots.has(i),
    ),
  };
}
