/**
 * A sensitivity study: sample the parameters (seeded, up front), run the model once per sample
 * — in this thread, or over a pool of worker threads ({@link runVectors}) — and summarise the
 * saved variables per time. Run `i` always gets sample `i` and random seed `seed + i`, and the
 * summaries read the runs in run order, so any number of workers gives bit-identical numbers.
 */
import { type CompiledModel, compileModel } from "../compile/compile-model.js";
import {
  expectArray,
  expectModel,
  expectNumber,
  expectOptions,
} from "../diagnostics/check-argument.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { UsageError } from "../diagnostics/errors.js";
import { checkLimit, currentLimits } from "../diagnostics/limits.js";
import { canonicalId } from "../model/canonical.js";
import type { Model } from "../model/types.js";
import { RUN_OPTION_FIELDS } from "../simulate/run-option-fields.js";
import { parameterValues, type RunOptions, simulate } from "../simulate/simulate.js";
import type { Distribution } from "./distribution.js";
import type { BatchSetup } from "./run-batch.js";
import { runVectors } from "./run-vectors.js";
import { type SamplingMethod, sampleDesign } from "./sample-design.js";
import { SENSITIVITY_DEFAULTS } from "./sensitivity-defaults.js";
import { summarizeRuns, type VariableSummary } from "./summarize-runs.js";

/** A parameter of a study: a constant (by id or display name) and its distribution. */
export interface SensitivityParameter {
  readonly name: string;
  readonly distribution: Distribution;
}

/** Options of {@link runSensitivity}. */
export interface SensitivityOptions
  extends Omit<RunOptions, "paramValues" | "random" | "save" | "seed"> {
  readonly runs?: number;
  readonly sampling?: SamplingMethod;
  readonly seed?: number;
  /** Worker threads; 1 runs in this thread without a pool. At most the number of cores. */
  readonly workers?: number;
  /** Allow more workers than the machine has cores. */
  readonly forceWorkers?: boolean;
  /** Variables to summarise (ids or display names); default: every stock, flow and auxiliary. */
  readonly variables?: readonly string[];
  /** Called after each batch with the number of runs done. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Run only shard `index` of `count` (1-based) of the study's runs: the runs from
   * ⌊(index − 1)·runs/count⌋ up to ⌊index·runs/count⌋, each with the sample and seed it has in
   * the whole study. The result then carries the raw results (`shard`), and its summaries cover
   * this shard's runs only; `mergeShards` joins the shards into the whole study's result.
   */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** The raw results of one shard of a study (see {@link SensitivityOptions.shard}). */
export interface SensitivityShard {
  readonly index: number;
  readonly count: number;
  /** The first run of the shard and how many runs it holds. */
  readonly first: number;
  readonly size: number;
  /** Ids of the saved variables, in the order of `results`. */
  readonly save: readonly string[];
  /** Values by run, then variable, then time (`size × save.length × time.length`). */
  readonly results: Float64Array;
}

export { SENSITIVITY_DEFAULTS };

/** The result of a study. */
export interface SensitivityResult {
  readonly time: Float64Array;
  readonly runs: number;
  readonly seed: number;
  readonly sampling: SamplingMethod;
  /** Parameter ids, in the columns of `design`. */
  readonly parameters: readonly string[];
  /** Sampled values, run by run (`runs × parameters.length`). */
  readonly design: Float64Array;
  /** Summaries by variable id, in the order asked. */
  readonly variables: Readonly<Record<string, VariableSummary>>;
  /** The raw results, when the study ran one shard. */
  readonly shard?: SensitivityShard;
}

/** The runs of shard `index` of `count` (1-based) of a study of `runs` runs: [from, to). */
export function shardRange(runs: number, index: number, count: number): [number, number] {
  expectNumber("shardRange", "runs", runs);
  expectNumber("shardRange", "index", index);
  expectNumber("shardRange", "count", count);
  if (
    !(
      Number.isInteger(count) &&
      count >= 1 &&
      Number.isInteger(index) &&
      index >= 1 &&
      index <= count
    )
  )
    throw new UsageError(
      `sensitivity: a shard is i/n with whole numbers 1 ≤ i ≤ n, got ${index}/${count}`,
    );
  return [Math.floor(((index - 1) * runs) / count), Math.floor((index * runs) / count)];
}

/** Run a sensitivity study of `model`. */
export async function runSensitivity(
  model: Model,
  parameters: readonly SensitivityParameter[],
  options: SensitivityOptions = {},
): Promise<SensitivityResult> {
  expectModel("runSensitivity", "model", model, ["stock-flow"]);
  expectArray("runSensitivity", "parameters", parameters);
  expectOptions("runSensitivity", options, {
    runs: "number",
    sampling: ["mc", "lhs"],
    workers: "number",
    variables: "array",
    onProgress: "function",
    shard: "object",
    ...RUN_OPTION_FIELDS,
  });
  const { runs, sampling, seed, workers } = { ...SENSITIVITY_DEFAULTS, ...options };
  if (!(Number.isInteger(runs) && runs >= 1))
    throw new UsageError(`sensitivity: runs must be a whole number of at least 1, got ${runs}`);
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new UsageError(
      `sensitivity: workers must be a whole number of at least 1, got ${workers}`,
    );
  if (workers > 1 && !options.forceWorkers) {
    const { availableParallelism } = await import("node:os");
    const cores = availableParallelism();
    if (workers > cores)
      throw new UsageError(
        `sensitivity: workers is ${workers}, more than the ${cores} core(s) of this machine (force it with --force-workers, or the forceWorkers option)`,
      );
  }
  const compiled = compileModel(model);
  const base = parameterValues(compiled, options.params);
  const ids = parameters.map((p) => parameterId(compiled, p.name));
  const indices = ids.map((id) => compiled.parameters.indexOf(id));
  const {
    onProgress,
    runs: _r,
    sampling: _s,
    workers: _w,
    forceWorkers: _f,
    variables,
    params: _p,
    shard,
    ...rest
  } = options;
  const [from, to] = shard ? shardRange(runs, shard.index, shard.count) : [0, runs];
  const mine = to - from;
  // One run with the base values checks the names to save and gives the time axis.
  const probe = simulate(compiled, {
    ...rest,
    paramValues: base,
    seed,
    ...(variables !== undefined ? { save: variables } : {}),
  });
  const save = probe.variables
    .filter((v) => variables !== undefined || v.kind !== "constant")
    .map((v) => v.id);
  // Workers see the limits in force here, not their own process's defaults.
  const limits = { ...currentLimits(), ...options.limits };
  const setup: BatchSetup = { model, save, options: { ...rest, limits }, seed };

  const k = parameters.length;
  const design = sampleDesign(
    parameters.map((p) => p.distribution),
    runs,
    sampling,
    seed,
  );
  const P = base.length;
  // Parameter vectors of this process's runs (all of them, or its shard's), by global run index.
  const vectors = new Float64Array(mine * P);
  for (let i = from; i < to; i++) {
    vectors.set(base, (i - from) * P);
    for (let j = 0; j < k; j++) vectors[(i - from) * P + indices[j]!] = design[i * k + j]!;
  }

  const rows = probe.time.length;
  checkLimit("savedValues", mine * save.length * rows, "sensitivity", options.limits);
  const results = await runVectors(compiled, setup, vectors, rows, {
    workers,
    firstRun: from,
    ...(onProgress !== undefined ? { onProgress } : {}),
  });

  const time = probe.time;
  const summaries = summarizeRuns(results, mine, save.length, rows);
  return {
    time,
    runs,
    seed,
    sampling,
    parameters: ids,
    design,
    variables: Object.fromEntries(save.map((id, v) => [id, summaries[v]!])),
    ...(shard
      ? {
          shard: { index: shard.index, count: shard.count, first: from, size: mine, save, results },
        }
      : {}),
  };
}

/** The id of a constant named by id or display name; a UsageError with suggestions otherwise. */
function parameterId(compiled: CompiledModel, name: string): string {
  const key = canonicalId(name);
  const v = compiled.model.variables.find((x) => x.id === key || canonicalId(x.name ?? "") === key);
  if (v !== undefined && compiled.parameters.includes(v.id)) return v.id;
  const hint = formatDidYouMean(didYouMean(name, compiled.parameters));
  throw new UsageError(
    `sensitivity: ${JSON.stringify(name)} is not a constant of the model${hint ? ` (${hint})` : ""}`,
  );
}
