import type { Command } from "commander";
import type { FitParameter } from "../../calibration/calibrate.js";
import { UsageError } from "../../diagnostics/errors.js";
import { printWarnings } from "../cli-session.js";
import { loadCliStockFlow } from "../load-cli-model.js";
import { collectAssignment, parseChoice, parseNumber } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

interface CalibrateCommandOptions {
  data: string;
  fit?: FitParameter[];
  seed?: number;
  starts?: number;
  optimizer?: "nelder-mead" | "powell";
  weights?: Record<string, number>;
  format?: "table" | "json";
  writeScenario?: string;
  output?: string;
}

const collectFit = (value: string, previous: FitParameter[] = []): FitParameter[] => {
  const match = /^(.+?)=(.+?)\.\.(.+)$/.exec(value);
  const lo = Number(match?.[2]);
  const hi = Number(match?.[3]);
  if (match === null || !Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi))
    throw new UsageError(`--fit takes NAME=LO..HI with LO < HI, got ${JSON.stringify(value)}`);
  return [...previous, { name: match[1]!.trim(), lo, hi }];
};

/** `stockflow calibrate MODEL --data FILE --fit NAME=LO..HI ...`: fit constants to data. */
export function registerCalibrate(program: Command): void {
  program
    .command("calibrate <model>")
    .description("fit constants within bounds to observed time series (CSV)")
    .requiredOption("--data <file>", "CSV: a time column and one column per observed variable")
    .option("--fit <name=lo..hi>", "a constant to fit and its bounds (repeatable)", collectFit)
    .option("--seed <n>", "seed of the random starts (1)", parseNumber("--seed"))
    .option("--starts <n>", "number of starts (4)", parseNumber("--starts"))
    .option(
      "--optimizer <name>",
      "nelder-mead or powell",
      parseChoice("--optimizer", ["nelder-mead", "powell"] as const),
    )
    .option(
      "--weights <name=w>",
      "weight of an observed variable (repeatable)",
      collectAssignment("--weights"),
    )
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
    )
    .option("--write-scenario <file>", "write the fitted values as a scenario file (YAML)")
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .action(async (file: string, options: CalibrateCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { compileModel } = await import("../../compile/compile-model.js");
      const { calibrate } = await import("../../calibration/calibrate.js");
      const { readObservedData } = await import("../../calibration/read-observed-data.js");
      const { rowsToTable, toJson } = await import("../../scenario/format-rows.js");
      const { writeScenarioYaml } = await import("../../scenario/write-scenario.js");
      const format = outputFormat(
        ["table", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      const model = await loadCliStockFlow(file);
      if (options.fit === undefined)
        throw new UsageError("calibrate: give at least one --fit NAME=LO..HI");
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(options.data, "utf8").catch(() => {
        throw new UsageError(`no such data file: ${options.data}`);
      });
      const data = readObservedData(text, model, options.data);
      printWarnings(compileModel(model).warnings);
      const result = calibrate(model, data, options.fit, {
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.starts !== undefined ? { starts: options.starts } : {}),
        ...(options.optimizer !== undefined ? { optimizer: options.optimizer } : {}),
        ...(options.weights !== undefined ? { weights: options.weights } : {}),
      });
      const ids = Object.keys(result.parameters);
      const parameters = Object.fromEntries(
        options.fit.map((p, i) => [p.name, result.parameters[ids[i]!]!]),
      );
      const fit = Object.fromEntries(
        Object.entries(result.fit).map(([id, s]) => [
          id,
          { mape: s.mape, r2: s.r2, theil_um: s.theilUm, theil_us: s.theilUs, theil_uc: s.theilUc },
        ]),
      );
      const report =
        format === "json"
          ? toJson({ parameters, payoff: result.payoff, fit })
          : `${rowsToTable(["parameter", "value"], Object.entries(parameters))}\npayoff (weighted SSE): ${result.payoff}\n\n${rowsToTable(
              ["variable", "mape", "r2", "theil_um", "theil_us", "theil_uc"],
              Object.entries(fit).map(([id, s]) => [
                id,
                s.mape,
                s.r2,
                s.theil_um,
                s.theil_us,
                s.theil_uc,
              ]),
            )}`;
      if (options.writeScenario !== undefined) {
        const scenario = writeScenarioYaml({
          name: "calibrated",
          doc: `calibrated to ${options.data}; payoff (weighted SSE) ${result.payoff}`,
          set: result.parameters,
        });
        writeOutput(scenario, options.writeScenario);
      }
      writeOutput(report, options.output);
    });
}
