/**
 * Many runs of one compiled model, one per parameter vector: in this thread, or in batches over
 * a piscina pool of worker threads. Run `i` gets vector `i` and random seed `setup.seed + i`, and
 * its saved columns land at run `i`'s place in the result, so any number of workers gives the
 * same, bit-identical numbers. The base of sensitivity studies and of paired scenario ensembles
 * (the same samples run under several scenarios).
 */
import type { CompiledModel } from "../compile/compile-model.js";
import { portableModel } from "../compile/portable-model.js";
import {
  expectCompiled,
  expectNumber,
  expectNumbers,
  expectObject,
  expectOptions,
} from "../diagnostics/check-argument.js";
import { SimulationError } from "../diagnostics/errors.js";
import { type Batch, type BatchSetup, runBatch } from "./run-batch.js";
import type { WorkerReply, WorkerSetup } from "./worker.js";
import { workerFile } from "./worker-file.js";

/** Options of {@link runVectors}. */
export interface RunVectorsOptions {
  /** Worker threads; 1 runs in this thread without a pool. */
  readonly workers?: number;
  /** Called after each batch with the number of runs done. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The study-wide index of the first vector (a shard's first run): run `i` of these vectors
   * gets random seed `setup.seed + firstRun + i`. Default 0.
   */
  readonly firstRun?: number;
}

/**
 * Run `compiled` once per vector of `vectors` (`runs` vectors of `compiled.parameters.length`
 * values, back to back). The result holds `runs × setup.save.length × rows` values: run, then
 * variable, then time, `rows` being the number of saved times of one run.
 */
export async function runVectors(
  compiled: CompiledModel,
  setup: BatchSetup,
  vectors: Float64Array,
  rows: number,
  options: RunVectorsOptions = {},
): Promise<Float64Array> {
  expectCompiled("runVectors", "compiled", compiled);
  expectObject("runVectors", "setup", setup);
  expectNumbers("runVectors", "vectors", vectors);
  expectNumber("runVectors", "rows", rows);
  expectOptions("runVectors", options, {
    workers: "number",
    onProgress: "function",
    firstRun: "number",
  });
  const workers = options.workers ?? 1;
  const P = compiled.parameters.length;
  const runs = vectors.length / P;
  const width = setup.save.length * rows;
  const results = new Float64Array(runs * width);
  const offset = options.firstRun ?? 0;
  const size = Math.max(1, Math.ceil(runs / (workers * 8)));
  const batches: Batch[] = [];
  for (let at = 0; at < runs; at += size) {
    const count = Math.min(size, runs - at);
    batches.push({ vectors: vectors.slice(at * P, (at + count) * P), count, first: offset + at });
  }
  let done = 0;
  const store = (batch: Batch, out: Float64Array) => {
    results.set(out, (batch.first - offset) * width);
    done += batch.count;
    options.onProgress?.(done, runs);
  };
  if (workers === 1) {
    for (const batch of batches) store(batch, runBatch(compiled, setup, batch));
    return results;
  }
  // The CommonJS build sees piscina's class as the module's default export.
  const piscina = await import("piscina");
  const Pool =
    piscina.Piscina ?? (piscina as unknown as { default: typeof piscina.Piscina }).default;
  const pool = new Pool({
    ...workerFile(),
    minThreads: workers,
    maxThreads: workers,
    // The compiled model, not the model: workers run its program instead of compiling again.
    workerData: { ...setup, compiled: portableModel(compiled) } satisfies WorkerSetup,
  });
  // Every batch is let finish before the pool goes: a reply arriving after destroy() is an
  // uncaught error in piscina. A stopped run is reported as the first failing batch in batch
  // order, not the first to arrive, so the error is the same for any number of workers.
  let settled: PromiseSettledResult<void>[];
  try {
    settled = await Promise.allSettled(
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
  const failed = settled.find((r) => r.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return results;
}

/** The columns a worker sent, or its stopped run as a SimulationError again. */
function fromWorker(reply: WorkerReply): Float64Array {
  if (ArrayBuffer.isView(reply)) return reply;
  throw new SimulationError(reply.variable, reply.time, reply.value, reply.detail);
}
