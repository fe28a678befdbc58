/**
 * Sensitivity benchmark: runs per second of `runSensitivity` on the 100-stock chain with one and
 * two worker threads, and on the teacup with one (in this thread), beside a bare `simulate` loop
 * and a hand-written teacup loop as yardsticks. Pool start-up (and, from source, loading tsx in
 * each worker) is taken out by timing N and 2N runs and dividing N by the difference.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { compileModel } from "../../src/compile/compile-model.js";
import type { Model } from "../../src/model/types.js";
import { runSensitivity } from "../../src/sensitivity/run-sensitivity.js";
import { createRunner } from "../../src/simulate/runner.js";
import { simulate } from "../../src/simulate/simulate.js";
import { chainModel } from "./chain-model.js";
import { round3 } from "./measure.js";

const uniform = (lo: number, hi: number) => ({ kind: "uniform" as const, lo, hi });

/** The chain with its inflow as a constant that the study samples. */
function sampledChain(n: number): Model {
  const chain = chainModel(n);
  return {
    ...chain,
    variables: [
      { kind: "constant", id: "inflow_rate", value: 10 },
      ...chain.variables.map((v) => (v.id === "inflow" ? { ...v, equation: "inflow_rate" } : v)),
    ],
  };
}

/**
 * Steady runs per second of one study: the runs finished after the first batch, divided by the
 * time from the first batch to the last (so pool start-up is left out), and the whole study's
 * wall time including start-up, sampling and summaries.
 */
async function throughput(model: Model, outcome: string, workers: number, runs: number) {
  const marks: { t: number; done: number }[] = [];
  const t0 = performance.now();
  await runSensitivity(model, [{ name: model.variables[0]!.id, distribution: uniform(5, 15) }], {
    runs,
    workers,
    variables: [outcome],
    onProgress: (done) => marks.push({ t: performance.now(), done }),
  });
  const total = (performance.now() - t0) / 1000;
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  return {
    runs_per_s: round3((last.done - first.done) / ((last.t - first.t) / 1000)),
    startup_s: round3((first.t - t0) / 1000),
    study_s: round3(total),
  };
}

function teacupByHand(characteristicTime: number): number {
  let t = 180;
  for (let k = 0; k < 240; k++) t -= ((t - 70) / characteristicTime) * 0.125;
  return t;
}

/** The sensitivity cases of `npm run bench`. */
export async function benchSensitivity(): Promise<Record<string, unknown>[]> {
  const cases: Record<string, unknown>[] = [];
  const teacupFile = new URL("../../examples/models/teacup.json", import.meta.url);
  const teacup = JSON.parse(readFileSync(teacupFile, "utf8")) as Model;
  const reordered: Model = {
    ...teacup,
    variables: [...teacup.variables].sort((a) => (a.id === "characteristic_time" ? -1 : 0)),
  };
  // The median of three studies: a shared machine makes single timings of small runs jumpy.
  const studies = [];
  for (let i = 0; i < 3; i++)
    studies.push(await throughput(reordered, "teacup_temperature", 1, 20_000));
  studies.sort((a, b) => a.runs_per_s - b.runs_per_s);
  cases.push({ name: "sensitivity-teacup", workers: 1, ...studies[1]! });

  const chain = sampledChain(100);
  await throughput(chain, "stock_99", 1, 50); // warm up this thread's JIT
  const one = await throughput(chain, "stock_99", 1, 400);
  const two = await throughput(chain, "stock_99", 2, 800);
  cases.push({ name: "sensitivity-100-stocks", workers: 1, ...one });
  cases.push({
    name: "sensitivity-100-stocks",
    workers: 2,
    ...two,
    speedup: round3(two.runs_per_s / one.runs_per_s),
  });

  // Yardsticks: simulate alone (same compiled model, saving the outcome only) and by hand.
  const compiled = compileModel(teacup);
  const values = Float64Array.from(compiled.defaults);
  const loop = (n: number) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++)
      simulate(compiled, { paramValues: values, save: ["teacup_temperature"] });
    return n / ((performance.now() - t0) / 1000);
  };
  loop(2000);
  cases.push({ name: "simulate-teacup-loop", workers: 1, runs_per_s: round3(loop(20_000)) });
  // The reusable runner a sampler uses: the same runs, nothing allocated per run.
  const runner = createRunner(compiled, { save: ["teacup_temperature"] });
  const runnerLoop = (n: number) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) runner.run(values);
    return n / ((performance.now() - t0) / 1000);
  };
  runnerLoop(2000);
  cases.push({ name: "runner-teacup-loop", workers: 1, runs_per_s: round3(runnerLoop(50_000)) });
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < 200_000; i++) sink += teacupByHand(5 + (i % 10));
  const hand = 200_000 / ((performance.now() - t0) / 1000);
  cases.push({
    name: "teacup-by-hand",
    workers: 1,
    runs_per_s: round3(hand),
    check: round3(sink / 200_000),
  });
  return cases;
}
