/**
 * A sensitivity study: sample the parameters (seeded, up front), run the model once per sample
 * — in this thread, or in batches over a piscina pool of worker threads — and summarise the
 * saved variables per time. Run `i` always gets sample `i` and random seed `seed + i`, and the
 * summaries read the runs in run order, so any number of workers gives bit-identical numbers.
 */
import { type CompiledModel, compileModel } from "../compile/compile-model.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { SimulationError, UsageError } from "../diagnostics/errors.js";
import { canonicalId } from "../model/canonical.js";
import type { Model } from "../model/types.js";
import { parameterValues, type RunOptions, simulate } from "../simulate/simulate.js";
import type { Distribution } from "./distribution.js";
import { type Batch, type BatchSetup, runBatch } from "./run-batch.js";
import { type SamplingMethod, sampleDesign } from "./sample-design.js";
import { SENSITIVITY_DEFAULTS } from "./sensitivity-defaults.js";
import { summarizeRuns, type VariableSummary } from "./summarize-runs.js";
import type { WorkerReply } from "./worker.js";
import { workerFile } from "./worker-file.js";

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
  /** Worker threads; 1 runs in this thread without a pool. */
  readonly workers?: number;
  /** Variables to summarise (ids or display names); default: every stock, flow and auxiliary. */
  readonly variables?: readonly string[];
  /** Called after each batch with the number of runs done. */
  readonly onProgress?: (done: number, total: number) => void;
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
}

/** Run a sensitivity study of `model`. */
export async function runSensitivity(
  model: Model,
  parameters: readonly SensitivityParameter[],
  options: SensitivityOptions = {},
): Promise<SensitivityResult> {
  const { runs, sampling, seed, workers } = { ...SENSITIVITY_DEFAULTS, ...options };
  if (!(Number.isInteger(runs) && runs >= 1))
    throw new UsageError(`sensitivity: runs must be a whole number of at least 1, got ${runs}`);
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new UsageError(
      `sensitivity: workers must be a whole number of at least 1, got ${workers}`,
    );
  const compiled = compileModel(model);
  const base = parameterValues(compiled, options.params);
  const ids = parameters.map((p) => parameterId(compiled, p.name));
  const indices = ids.map((id) => compiled.parameters.indexOf(id));
  const {
    onProgress,
    runs: _r,
    sampling: _s,
    workers: _w,
    variables,
    params: _p,
    ...rest
  } = options;
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
  const setup: BatchSetup = { model, save, options: rest, seed };

  const k = parameters.length;
  const design = sampleDesign(
    parameters.map((p) => p.distribution),
    runs,
    sampling,
    seed,
  );
  const P = base.length;
  const vectors = new Float64Array(runs * P);
  for (let i = 0; i < runs; i++) {
    vectors.set(base, i * P);
    for (let j = 0; j < k; j++) vectors[i * P + indices[j]!] = design[i * k + j]!;
  }

  const rows = probe.time.length;
  const results = new Float64Array(runs * save.length * rows);
  const size = Math.max(1, Math.ceil(runs / (workers * 8)));
  const batches: Batch[] = [];
  for (let first = 0; first < runs; first += size) {
    const count = Math.min(size, runs - first);
    batches.push({ vectors: vectors.slice(first * P, (first + count) * P), count, first });
  }
  let done = 0;
  const store = (batch: Batch, out: Float64Array) => {
    results.set(out, batch.first * save.length * rows);
    done += batch.count;
    onProgress?.(done, runs);
  };
  if (workers === 1) {
    for (const batch of batches) store(batch, runBatch(compiled, setup, batch));
  } else {
    // The CommonJS build sees piscina's class as the module's default export.
    const piscina = await import("piscina");
    const Pool =
      piscina.Piscina ?? (piscina as unknown as { default: typeof piscina.Piscina }).default;
    const pool = new Pool({
      ...workerFile(),
      minThreads: workers,
      maxThreads: workers,
      workerData: setup,
    });
    try {
      await Promise.all(
        batches.map(async (batch) =>
          store(
            batch,
            fromWorker(
              await pool.run(batch, { transferList: [batch.vectors.buffer as ArrayBuffer] }),
            ),
          ),
        ),
      );
    } finally {
      await pool.destroy();
    }
  }

  const time = probe.time;
  const summaries = summarizeRuns(results, runs, save.length, rows);
  return {
    time,
    runs,
    seed,
    sampling,
    parameters: ids,
    design,
    variables: Object.fromEntries(save.map((id, v) => [id, summaries[v]!])),
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

/** The columns a worker sent, or its stopped run as a SimulationError again. */
function fromWorker(reply: WorkerReply): Float64Array {
  if (ArrayBuffer.isView(reply)) return reply;
  throw new SimulationError(reply.variable, reply.time, reply.value, reply.detail);
}
