/**
 * The range switch: the current choice run once per sample of a seeded Latin hypercube design
 * over the ensemble's parameters, summarised as percentiles per indicator and saved time. The
 * design is drawn up front from the seed (as `runSensitivity` does), so the band depends on the
 * seed and the settings only.
 */
import type { Scenario } from "../scenario/scenario.js";
import { sampleDesign } from "../sensitivity/sample-design.js";
import { summarizeRuns, type VariableSummary } from "../sensitivity/summarize-runs.js";
import { parameterValues, simulate } from "../simulate/simulate.js";
import type { ExplorerEngine } from "./explorer-engine.js";
import type { ExplorerSpec } from "./explorer-spec.js";

/** Percentile summaries by indicator id, on the saved times. */
export interface EnsembleBands {
  readonly time: Float64Array;
  readonly runs: number;
  readonly indicators: Readonly<Record<string, VariableSummary>>;
}

/** Run the ensemble of `scenario`; `onProgress` hears after every `every` runs. */
export function runEnsemble(
  spec: ExplorerSpec,
  engine: ExplorerEngine,
  scenario: Scenario,
  onProgress: (done: number, total: number) => void = () => {},
  every = 10,
): EnsembleBands {
  const { runs, seed, parameters } = spec.ensemble;
  const [prepared] = engine.prepare([scenario]);
  if (prepared === undefined) throw new Error("internal: no prepared scenario");
  const { compiled, params, tables, moved } = prepared;
  const base = parameterValues(compiled, params);
  const indices = parameters.map((p) => compiled.parameters.indexOf(moved.get(p.id) ?? p.id));
  const missing = parameters.filter((_, j) => indices[j]! < 0).map((p) => p.id);
  if (missing.length > 0) throw new Error(`ensemble: not constants of the model: ${missing}`);
  const design = sampleDesign(
    parameters.map((p) => p.distribution),
    runs,
    "lhs",
    seed,
  );
  const save = engine.save;
  const k = parameters.length;
  let results = new Float64Array(0);
  let rows = 0;
  let time = new Float64Array(0);
  for (let i = 0; i < runs; i++) {
    const values = Float64Array.from(base);
    for (let j = 0; j < k; j++) values[indices[j]!] = design[i * k + j]!;
    const run = simulate(compiled, { save, paramValues: values, tables, seed: seed + i });
    if (i === 0) {
      rows = run.time.length;
      time = Float64Array.from(run.time);
      results = new Float64Array(runs * save.length * rows);
    }
    save.forEach((id, v) => {
      results.set(run.series(id), (i * save.length + v) * rows);
    });
    if ((i + 1) % every === 0 || i + 1 === runs) onProgress(i + 1, runs);
  }
  const summaries = summarizeRuns(results, runs, save.length, rows);
  return {
    time,
    runs,
    indicators: Object.fromEntries(save.map((id, v) => [id, summaries[v]!])),
  };
}
