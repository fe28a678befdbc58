import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics/diagnostic.js";
import type { IntegrationMethod } from "../../model/types.js";
import type { RunFormat } from "../../simulate/write-run.js";
import { collectAssignment, parseChoice, parseNumber } from "../options.js";
import { writeOutput } from "../write-output.js";

interface RunCommandOptions {
  method?: IntegrationMethod;
  dt?: number;
  start?: number;
  stop?: number;
  saveper?: number;
  set?: Record<string, number>;
  seed?: number;
  format: RunFormat;
  output?: string;
}

/** `stockflow run MODEL`: simulate a model and print or write its time series. */
export function registerRun(program: Command): void {
  program
    .command("run <model>")
    .description("simulate a model (JSON, YAML, XMILE) and print or write its time series")
    .option(
      "--method <method>",
      "euler, rk2 or rk4",
      parseChoice("--method", ["euler", "rk2", "rk4"] as const),
    )
    .option("--dt <x>", "time step", parseNumber("--dt"))
    .option("--start <x>", "start time", parseNumber("--start"))
    .option("--stop <x>", "stop time", parseNumber("--stop"))
    .option("--saveper <x>", "save period", parseNumber("--saveper"))
    .option("--set <name=value>", "set a constant (repeatable)", collectAssignment("--set"))
    .option("--seed <n>", "seed of the random builtins", parseNumber("--seed"))
    .option(
      "--format <format>",
      "table, csv, tsv or json",
      parseChoice("--format", ["table", "csv", "tsv", "json"] as const),
      "table",
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, options: RunCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { loadModel } = await import("../../io/load-model.js");
      const { runModel } = await import("../../simulate/simulate.js");
      const { writeRun } = await import("../../simulate/write-run.js");
      const loaded = await loadModel(file);
      // A causal map runs as the stock-and-flow model MARVEL compiles it into.
      const model =
        loaded.kind === "stock-flow"
          ? loaded
          : (await import("../../marvel/compile-causal-map.js")).compileCausalMap(loaded);
      const run = runModel(model, {
        ...(options.method ? { method: options.method } : {}),
        ...(options.dt !== undefined ? { dt: options.dt } : {}),
        ...(options.start !== undefined ? { start: options.start } : {}),
        ...(options.stop !== undefined ? { stop: options.stop } : {}),
        ...(options.saveper !== undefined ? { saveper: options.saveper } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        params: options.set ?? {},
      });
      for (const warning of run.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
      writeOutput(writeRun(run, options.format), options.output);
    });
}
