import { resolve } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import type { Scenario } from "../../scenario/scenario.js";
import { printWarnings } from "../cli-session.js";
import { loadCliStockFlow } from "../load-cli-model.js";
import { parseChoice, parseList } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

interface ScenariosCommandOptions {
  variables?: string[];
  times?: string[];
  format?: "table" | "csv" | "json";
  output?: string;
  start?: string;
  stop?: string;
}

/** A number option, or undefined when absent; a UsageError for anything else. */
function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === "" || !Number.isFinite(x))
    throw new UsageError(`${flag} takes a number, got ${JSON.stringify(value)}`);
  return x;
}

/**
 * `stockflow scenarios MODEL SCENARIO...`: run scenario files and compare them, variable by
 * variable and time by time, with the base (the model unchanged, or a scenario named `base`).
 */
export function registerScenarios(program: Command): void {
  program
    .command("scenarios <model> <scenario...>")
    .description("run scenario files and compare them with the base run")
    .option("--variables <a,b>", "variables to compare (default: the stocks)", parseList)
    .option("--times <t1,t2>", "times to report (default: start and end)", parseList)
    .option(
      "--format <format>",
      "table, csv or json",
      parseChoice("--format", ["table", "csv", "json"] as const),
    )
    .option("--start <time>", "start of the run (default: the model's own start)")
    .option("--stop <time>", "end of the run (default: the model's own stop)")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, files: string[], options: ScenariosCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { flattenArrays } = await import("../../arrays/flatten-arrays.js");
      const { compare } = await import("../../scenario/compare.js");
      const { rowsToCsv, rowsToTable, toJson } = await import("../../scenario/format-rows.js");
      const { loadScenario } = await import("../../scenario/read-scenario.js");
      const { runScenarios } = await import("../../scenario/run-scenarios.js");
      const format = outputFormat(
        ["table", "csv", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      const loadedModel = await loadCliStockFlow(file);
      const start = numberOption(options.start, "--start") ?? loadedModel.specs.start;
      const stop = numberOption(options.stop, "--stop") ?? loadedModel.specs.stop;
      if (!(start < stop))
        throw new UsageError(`scenarios: the run window needs start < stop, got ${start}–${stop}`);
      const model = { ...loadedModel, specs: { ...loadedModel.specs, start, stop } };
      const loaded: Scenario[] = [];
      for (const path of files) {
        const scenario = await loadScenario(path, { model });
        if (scenario.model !== undefined && resolve(scenario.model) !== resolve(file))
          process.stderr.write(
            `stockflow: warning: ${path} is written for ${scenario.model}, run on ${file}\n`,
          );
        loaded.push(scenario);
      }
      for (const scenario of loaded)
        for (const m of scenario.measures ?? [])
          if (m.from >= stop || (m.until !== undefined && m.until <= start))
            throw new UsageError(
              `scenarios: ${scenario.source ?? scenario.name}: the measure on ${m.variable} (from ${m.from}${m.until === undefined ? "" : ` until ${m.until}`}) lies outside the run window ${start}–${stop}; widen the window with --start/--stop`,
            );
      const scenarios = loaded.some((s) => s.name === "base")
        ? loaded
        : [{ name: "base" }, ...loaded];
      const times = options.times?.map((t) => {
        const x = Number(t);
        if (t === "" || !Number.isFinite(x))
          throw new UsageError(`--times takes numbers, got ${JSON.stringify(t)}`);
        return x;
      });
      const variables =
        options.variables ??
        flattenArrays(model)
          .variables.filter((v) => v.kind === "stock")
          .map((v) => v.id);
      const runs = runScenarios(model, scenarios);
      for (const { run } of runs) printWarnings(run.warnings);
      const rows = compare(runs, {
        variables,
        ...(times !== undefined ? { times } : {}),
        base: "base",
      });
      const columns = ["scenario", "variable", "time", "value", "difference", "relative"];
      const cells = rows.map((r) => [
        r.scenario,
        r.variable,
        r.time,
        r.value,
        r.difference,
        r.relative,
      ]);
      const text =
        format === "json"
          ? toJson({ rows })
          : format === "csv"
            ? rowsToCsv(columns, cells)
            : rowsToTable(columns, cells);
      writeOutput(text, options.output);
    });
}
