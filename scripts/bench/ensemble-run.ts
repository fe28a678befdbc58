/**
 * One timed run of the trafficking model's scenario ensemble, as `stockflow mensenhandel` runs
 * it (`uncertaintyAnalysis` at the calibrated constants, every comparison but all measures
 * together, the ensemble's indicators, years and bands). Prints one JSON line: wall seconds,
 * CPU seconds of the process (all threads), and a SHA-256 of the effects and bands, so that a
 * change that makes it faster can show it changed no number. Bundled into `dist/` by
 * `ensemble-bench.ts`, so that its workers are the built package's.
 *
 * Usage: node dist/bench-ensemble.mjs [SAMPLES] [WORKERS]
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  CONCLUSION_YEARS,
  ENSEMBLE_INDICATORS,
} from "../../models/mensenhandel/analysis/conclusion-indicators.js";
import { BAND_SCENARIOS } from "../../models/mensenhandel/analysis/run-analysis.js";
import { scenarioAnalysis } from "../../models/mensenhandel/analysis/scenario-analysis.js";
import { uncertaintyAnalysis } from "../../models/mensenhandel/analysis/uncertainty-analysis.js";
import { allMeasuresScenario } from "../../models/mensenhandel/scenarios.js";
import { calibratedValues, mensenhandelSfd } from "../../models/mensenhandel/sfd/sfd-model.js";

const [samples = 200, workers = 2] = process.argv.slice(2).map(Number);
const comparisons = scenarioAnalysis(
  mensenhandelSfd({ values: calibratedValues }),
).comparisons.filter((c) => c.id !== allMeasuresScenario.id);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await uncertaintyAnalysis(
  calibratedValues,
  comparisons,
  ENSEMBLE_INDICATORS,
  CONCLUSION_YEARS,
  BAND_SCENARIOS,
  { samples, workers },
);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const hash = createHash("sha256");
hash.update(JSON.stringify(result.effects));
for (const b of result.bands)
  for (const xs of [b.time, b.p05, b.p25, b.p50, b.p75, b.p95])
    hash.update(new Uint8Array(xs.buffer, xs.byteOffset, xs.byteLength));
process.stdout.write(
  `${JSON.stringify({ seconds, cpu_s: (cpu.user + cpu.system) / 1e6, sha256: hash.digest("hex").slice(0, 16) })}\n`,
);
