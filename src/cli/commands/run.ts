import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import type { LoadModelOptions } from "../../io/load-model.js";
import type { IntegrationMethod } from "../../model/types.js";
import { printWarnings } from "../cli-session.js";
import { loadCliModel } from "../load-cli-model.js";
import { collectAssignment, parseChoice, parseNumber } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

const FORMATS = ["table", "csv", "tsv", "json", "xlsx"] as const;

interface RunCommandOptions {
  method?: IntegrationMethod;
  dt?: number;
  start?: number;
  stop?: number;
  saveper?: number;
  set?: Record<string, number>;
  seed?: number;
  format?: string;
  output?: string;
  data?: string[];
}

/** `--data` arguments: `?name=file` resolves a data reference, anything else is a data file. */
function runData(args: readonly string[]): LoadModelOptions {
  const tags = new Map<string, string>();
  const data: string[] = [];
  for (const arg of args) {
    const tag = /^(\?[^=]+)=(.+)$/.exec(arg);
    if (tag !== null) tags.set(tag[1]!, tag[2]!);
    else data.push(arg);
  }
  return { ...(data.length > 0 ? { data } : {}), ...(tags.size > 0 ? { dataTags: tags } : {}) };
}

/** `stockflow run MODEL`: simulate a model and print or write its time series. */
export function registerRun(program: Command): void {
  program
    .command("run <model>")
    .description("simulate a model (JSON, YAML, XMILE, Vensim) and print or write its time series")
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
      "table, csv, tsv, json or xlsx (default: from the -o extension, else table)",
      parseChoice("--format", FORMATS),
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option(
      "--data <files...>",
      "data files (.dat, .tab, .csv) for a Vensim model's data variables without an equation; ?name=file resolves a '?name' data reference",
    )
    .action(async (file: string, options: RunCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { runModel } = await import("../../simulate/simulate.js");
      const { writeRun } = await import("../../simulate/write-run.js");
      const format = outputFormat(FORMATS, "table", options.format, options.output);
      if (format === "xlsx" && options.output === undefined)
        throw new UsageError("--format xlsx writes a workbook: name it with -o FILE.xlsx");
      const loaded = await loadCliModel(file, undefined, runData(options.data ?? []));
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
      printWarnings(run.warnings);
      if (format === "xlsx") {
        // The workbook writer (xlsx) is big: loaded only for -o FILE.xlsx.
        const { writeWorkbook } = await import("../write-workbook.js");
        writeWorkbook(options.output!, [
          {
            name: "run",
            header: ["time", ...run.variables.map((v) => v.name)],
            rows: Array.from(run.time, (t, row) => [t, ...run.columns.map((c) => c[row]!)]),
          },
        ]);
      } else writeOutput(writeRun(run, format), options.output);
    });
}
