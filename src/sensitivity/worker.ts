/**
 * The sensitivity worker (a piscina task file): it receives the model once, as `workerData`,
 * compiles it on its first batch, and returns each batch's columns as a transferred buffer.
 */
import { move, workerData } from "piscina";
import { type CompiledModel, compileModel } from "../compile/compile-model.js";
import { type Batch, type BatchSetup, runBatch } from "./run-batch.js";

const setup = workerData as BatchSetup;
let compiled: CompiledModel | undefined;

/** Run one batch of parameter vectors. */
export default function runWorkerBatch(batch: Batch): Float64Array {
  compiled ??= compileModel(setup.model);
  return move(runBatch(compiled, setup, batch)) as Float64Array;
}
