import { resolve } from "node:path";
import type { Command } from "commander";
import { flattenArrays } from "../../arrays/flatten-arrays.js";
import { UsageError } from "../../diagnostics/errors.js";
import { compare } from "../../scenario/compare.js";
import { rowsToCsv, rowsToTable, toJson } from "../../scenario/format-rows.js";
import { loadScenario } from "../../scenario/read-scenario.js";
import { runScenarios } from "../../scenario/run-scenarios.js";
import type { Scenario } from "../../scenario/scenario.js";
import { printWarnings } from "../cli-session.js";
import { loadCliStockFlow } from "../load-cli-model.js";
import { parseChoice, parseList } from "../options.js";
import { writeOutput } from "../write-output.js";

interface ScenariosCommandOptions {
  variables?: string[];
  times?: string[];
  format: "table" | "csv" | "json";
  output?: string;
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
      "table",
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, files: string[], options: ScenariosCommandOptions) => {
      const model = await loadCliStockFlow(file);
      const loaded: Scenario[] = [];
      for (const path of files) {
        const scenario = await loadScenario(path, { model });
        if (scenario.model !== undefined && resolve(scenario.model) !== resolve(file))
          process.stderr.write(
            `stockflow: warning: ${path} is written for ${scenario.model}, run on ${file}\n`,
          );
        loaded.push(scenario);
      }
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
        options.format === "json"
          ? toJson({ rows })
          : options.format === "csv"
            ? rowsToCsv(columns, cells)
            : rowsToTable(columns, cells);
      writeOutput(text, options.output);
    });
}
