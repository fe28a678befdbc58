/**
 * The sensitivity worker (a piscina task file): it receives the compiled model once, as data in
 * `workerData` (its program as generated source, see `portable-model.ts`), revives it on its
 * first batch without compiling again, and returns each batch's columns as a transferred buffer.
 */
import { move, workerData } from "piscina";
import type { CompiledModel } from "../compile/compile-model.js";
import { type PortableModel, reviveModel } from "../compile/portable-model.js";
import { SimulationError } from "../diagnostics/errors.js";
import { type Batch, type BatchSetup, runBatch } from "./run-batch.js";

/** What a worker is started with: the study's setup and the model it runs, compiled. */
export interface WorkerSetup extends BatchSetup {
  readonly compiled: PortableModel;
}

const setup = workerData as WorkerSetup;
let compiled: CompiledModel | undefined;

/**
 * What a worker sends back: the batch's columns (transferred), or why a run stopped — errors
 * lose their class between threads, so a SimulationError travels as plain data.
 */
export type WorkerReply =
  | Float64Array
  | {
      readonly variable: string;
      readonly time: number;
      readonly value: number;
      readonly detail: string;
    };

/** Run one batch of parameter vectors. */
export default function runWorkerBatch(batch: Batch): WorkerReply {
  compiled ??= reviveModel(setup.compiled);
  try {
    return move(runBatch(compiled, setup, batch)) as Float64Array;
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error;
    const { variable, time, value, message } = error;
    return { variable, time, value, detail: /\((.*)\)$/.exec(message)?.[1] ?? "" };
  }
}
