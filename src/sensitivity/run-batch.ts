/**
 * One batch of sensitivity runs: a compiled model run once per parameter vector, keeping only
 * the saved variables' columns, packed into one `Float64Array` (run, then variable, then time)
 * that a worker thread can hand back without copying. Used in-process and by the worker.
 */
import type { CompiledModel } from "../compile/compile-model.js";
import { expectCompiled, expectObject } from "../diagnostics/check-argument.js";
import { SimulationError } from "../diagnostics/errors.js";
import type { Model } from "../model/types.js";
import { createRunner } from "../simulate/runner.js";
import type { RunOptions } from "../simulate/simulate.js";

/** What every run of a study shares: sent once to each worker. */
export interface BatchSetup {
  readonly model: Model;
  /** Ids of the variables kept. */
  readonly save: readonly string[];
  /** Run options other than parameters (method, dt, tables, …). */
  readonly options: Omit<RunOptions, "params" | "paramValues" | "random" | "save">;
  /** Seed of run `i`'s random builtins is `seed + i`. */
  readonly seed: number;
}

/** A batch: `count` whole parameter vectors, back to back, and the index of the first run. */
export interface Batch {
  readonly vectors: Float64Array;
  readonly count: number;
  readonly first: number;
}

/** Run a batch; the result holds `count × save.length × rows` values. */
export function runBatch(compiled: CompiledModel, setup: BatchSetup, batch: Batch): Float64Array {
  expectCompiled("runBatch", "compiled", compiled);
  expectObject("runBatch", "setup", setup);
  expectObject("runBatch", "batch", batch);
  const P = compiled.parameters.length;
  const V = setup.save.length;
  // One runner for the batch: options checked and names resolved once, the same buffers reused.
  const runner = createRunner(compiled, { ...setup.options, save: setup.save });
  const ids = runner.variables.map((v) => v.id);
  const order = setup.save.map((id) => ids.indexOf(id));
  let out = new Float64Array(0);
  let rows = 0;
  for (let r = 0; r < batch.count; r++) {
    const values = batch.vectors.subarray(r * P, (r + 1) * P);
    const index = batch.first + r;
    try {
      runner.run(values, setup.seed + index);
    } catch (error) {
      throw inRun(error, index);
    }
    if (r === 0) {
      rows = runner.time.length;
      out = new Float64Array(batch.count * V * rows);
    }
    for (let v = 0; v < V; v++) out.set(runner.columns[order[v]!]!, (r * V + v) * rows);
  }
  return out;
}

/** A run that stops says which run of the study it was. */
function inRun(error: unknown, index: number): unknown {
  if (!(error instanceof SimulationError)) return error;
  const reason = /\((.*)\)$/.exec(error.message)?.[1];
  return new SimulationError(
    error.variable,
    error.time,
    error.value,
    `run ${index} of the study${reason ? `: ${reason}` : ""}`,
  );
}
