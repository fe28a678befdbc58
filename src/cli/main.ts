/**
 * The `stockflow` command: a thin layer over the public API, one file per command in
 * `commands/`. Exit codes: 0 success, 1 a bad model or data file, 2 bad usage.
 */
import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { registerSessionOptions } from "./cli-session.js";
import { registerAnalyze } from "./commands/analyze.js";
import { registerCalibrate } from "./commands/calibrate.js";
import { registerChart } from "./commands/chart.js";
import { registerCheck } from "./commands/check.js";
import { registerConformance } from "./commands/conformance.js";
import { registerDiagram } from "./commands/diagram.js";
import { registerDominance } from "./commands/dominance.js";
import { registerExplore } from "./commands/explore.js";
import { registerLoops } from "./commands/loops.js";
import { registerMarvel } from "./commands/marvel.js";
import { registerMensenhandel } from "./commands/mensenhandel.js";
import { registerMerge } from "./commands/merge.js";
import { registerPaths } from "./commands/paths.js";
import { registerReport } from "./commands/report.js";
import { registerRun } from "./commands/run.js";
import { registerScenarios } from "./commands/scenarios.js";
import { registerSensitivity } from "./commands/sensitivity.js";
import { reportAndExit } from "./report-error.js";

const program = new Command()
  .name("stockflow")
  .description("System-dynamics and causal-loop models: run, analyse, draw.")
  .version(pkg.version, "-V, --version", "print the version of stockflow")
  .showHelpAfterError()
  .exitOverride();

registerSessionOptions(program);
registerRun(program);
registerMarvel(program);
registerConformance(program);
registerLoops(program);
registerPaths(program);
registerAnalyze(program);
registerChart(program);
registerDiagram(program);
registerReport(program);
registerDominance(program);
registerScenarios(program);
registerSensitivity(program);
registerMerge(program);
registerCalibrate(program);
registerCheck(program);
registerMensenhandel(program);
registerExplore(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  reportAndExit(error);
});
