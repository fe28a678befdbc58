/**
 * `npm start`: the Dutch human-trafficking systems analysis rebuilt from public sources —
 * structure and leverage of the systeemkaart (a reconstruction), the MARVEL evaluation of every
 * measure, the calibrated stock-and-flow model with its out-of-sample validation, and its
 * scenarios — printed in short and written to `out/mensenhandel/` (report, pictures, tables,
 * `summary.json`).
 */
import { fileURLToPath } from "node:url";
import { runAnalysis, writeAnalysis } from "../models/mensenhandel/analysis/run-analysis.js";
import { writeMensenhandelExplorer } from "./mensenhandel-explorer.js";

const started = performance.now();
const dir = fileURLToPath(new URL("../out/mensenhandel/", import.meta.url));
const analysis = await runAnalysis();
await writeAnalysis(analysis, dir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `${analysis.lines.join("\n")}\n\n${analysis.files.size} bestanden in ${dir} (${seconds} s)\n`,
);

// The scenario explorer (issue 19): one offline page, out/mensenhandel/verkenner.html.
const explorer = await writeMensenhandelExplorer(dir);
process.stdout.write(`verkenner: ${explorer}\n`);
