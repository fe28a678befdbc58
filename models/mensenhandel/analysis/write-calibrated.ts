/**
 * Refit the trafficking model and write the calibrated values to
 * `models/mensenhandel/data/calibrated.json`, which the model takes as its defaults.
 * Run: `npx tsx models/mensenhandel/analysis/write-calibrated.ts [starts] [evaluations]`.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { calibrateSfd } from "./calibrate-sfd.js";

/** The scenario file of calibrated values, as JSON text (4 significant digits). */
export function calibratedJson(parameters: Readonly<Record<string, number>>): string {
  const set = Object.fromEntries(
    Object.entries(parameters).map(([id, v]) => [id, Number(v.toPrecision(4))]),
  );
  const scenario = {
    name: "gekalibreerd",
    doc: "Calibrated values of the fitted constants of the trafficking stock-and-flow model on its historical baseline (measures in force before 2021 on): NRM registered victims 2013-2020, OM suspects 2013 and 2017 and, weakly, the level of the 2014-2015 multiple-systems estimate. Written by models/mensenhandel/analysis/write-calibrated.ts (nelder-mead, seed 7).",
    set,
  };
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const starts = Number(process.argv[2] ?? 4);
  const maxEvaluations = Number(process.argv[3] ?? 800);
  const result = calibrateSfd({ starts, maxEvaluations });
  const target = fileURLToPath(new URL("../data/calibrated.json", import.meta.url));
  await writeFile(target, calibratedJson(result.parameters));
  const mape = result.fit.registered_in_year?.mape ?? Number.NaN;
  console.log(
    `wrote ${target}: MAPE ${(mape * 100).toFixed(1)} % after ${result.evaluations} runs`,
  );
}
