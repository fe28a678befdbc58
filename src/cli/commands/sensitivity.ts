import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { parseParamSpec } from "../../sensitivity/parse-distribution.js";
import type { SensitivityParameter } from "../../sensitivity/run-sensitivity.js";
import { SENSITIVITY_DEFAULTS } from "../../sensitivity/sensitivity-defaults.js";
import { printWarnings } from "../cli-session.js";
import { loadCliStockFlow } from "../load-cli-model.js";
import { parseChoice, parseList, parseNumber } from "../options.js";
import { outputFormat } from "../output-format.js";
import { progressBar } from "../progress-bar.js";
import { writeOutput } from "../write-output.js";

interface SensitivityCommandOptions {
  param?: SensitivityParameter[];
  spec?: string;
  runs?: number;
  method?: "mc" | "lhs";
  seed?: number;
  workers?: number;
  forceWorkers?: boolean;
  variables?: string[];
  tornado?: string;
  shard?: { index: number; count: number };
  format?: "table" | "csv" | "json";
  output?: string;
}

const collectParam = (value: string, previous: SensitivityParameter[] = []) => {
  const parsed = parseParamSpec(value);
  if (!parsed.ok) throw new UsageError(`--param: ${parsed.message}`);
  return [...previous, { name: parsed.name, distribution: parsed.distribution }];
};

const wholeNumber = (option: string) => (value: string) => {
  const x = parseNumber(option)(value);
  if (!(Number.isInteger(x) && x >= 1))
    throw new UsageError(`${option} takes a whole number of at least 1, got ${value}`);
  return x;
};

const parseShard = (value: string) => {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(index >= 1 && index <= count))
    throw new UsageError(`--shard takes i/n with 1 <= i <= n, got ${JSON.stringify(value)}`);
  return { index, count };
};

/** `stockflow sensitivity MODEL --param NAME=uniform(LO,HI) ...`: percentiles over sampled runs. */
export function registerSensitivity(program: Command): void {
  program
    .command("sensitivity <model>")
    .description("sample constants from distributions and summarise the runs by percentiles")
    .option("--param <name=dist>", "NAME=uniform(LO,HI) and the like (repeatable)", collectParam)
    .option("--spec <file>", "scenario file: its changes are the base, its distributions sampled")
    .option("--runs <n>", `number of runs (${SENSITIVITY_DEFAULTS.runs})`, wholeNumber("--runs"))
    .option("--method <method>", "mc or lhs (lhs)", parseChoice("--method", ["mc", "lhs"] as const))
    .option("--seed <n>", "seed of the sampling (1)", parseNumber("--seed"))
    .option("--workers <k>", "worker threads (1; at most the core count)", wholeNumber("--workers"))
    .option("--force-workers", "allow more worker threads than cores")
    .option("--variables <a,b>", "variables to summarise (default: all)", parseList)
    .option("--tornado <variable>", "also rank the parameters by their effect on this outcome")
    .option(
      "--shard <i/n>",
      "run only shard i of n of the runs and write its raw results (join them with `stockflow merge`)",
      parseShard,
    )
    .option(
      "--format <format>",
      "table, csv or json",
      parseChoice("--format", ["table", "csv", "json"] as const),
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, options: SensitivityCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { compileModel } = await import("../../compile/compile-model.js");
      const { flattenArrays } = await import("../../arrays/flatten-arrays.js");
      const { loadScenario } = await import("../../scenario/read-scenario.js");
      const { variableResolver } = await import("../../scenario/resolve-variable.js");
      const { prepareScenarios } = await import("../../scenario/run-scenarios.js");
      const { runSensitivity } = await import("../../sensitivity/run-sensitivity.js");
      const { tornado } = await import("../../sensitivity/tornado.js");
      const { sensitivityReport } = await import("../sensitivity-report.js");
      const format = outputFormat(
        ["table", "csv", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      let model = await loadCliStockFlow(file);
      const parameters = [...(options.param ?? [])];
      let base: { params: Record<string, number>; tables: object } = { params: {}, tables: {} };
      if (options.spec !== undefined) {
        const spec = await loadScenario(options.spec, { model });
        for (const [name, distribution] of Object.entries(spec.distributions ?? {}))
          parameters.push({ name, distribution });
        const [prepared] = prepareScenarios(model, [spec]);
        // A sampled constant that a measure changes is sampled in its base value.
        const resolve = variableResolver(flattenArrays(model));
        parameters.forEach((p, i) => {
          const moved = prepared!.moved.get(resolve(p.name)?.id ?? "");
          if (moved !== undefined) parameters[i] = { ...p, name: moved };
        });
        model = prepared!.compiled.model;
        base = { params: prepared!.params, tables: prepared!.tables };
      }
      if (parameters.length === 0)
        throw new UsageError(
          "sensitivity: give at least one --param NAME=distribution or a --spec",
        );
      const seed = options.seed ?? SENSITIVITY_DEFAULTS.seed;
      const runs = options.runs ?? SENSITIVITY_DEFAULTS.runs;
      printWarnings(compileModel(model).warnings);
      const bar = await progressBar(runs, "sensitivity");
      const result = await runSensitivity(model, parameters, {
        runs,
        seed,
        sampling: options.method ?? SENSITIVITY_DEFAULTS.sampling,
        workers: options.workers ?? 1,
        ...(options.forceWorkers ? { forceWorkers: true } : {}),
        params: base.params,
        tables: base.tables as never,
        ...(options.variables !== undefined ? { variables: options.variables } : {}),
        ...(options.shard !== undefined ? { shard: options.shard } : {}),
        onProgress: (done) => bar.update(done),
      }).finally(() => bar.stop());
      // A shard's tornado is worked out by shard 1 only; `merge` takes it from there.
      const ranking =
        options.tornado === undefined || (options.shard !== undefined && options.shard.index > 1)
          ? undefined
          : tornado(model, parameters, {
              outcome: options.tornado,
              params: base.params,
              tables: base.tables as never,
            });
      if (options.shard !== undefined) {
        const { writeShardFile } = await import("../../sensitivity/shard-file.js");
        const { studyFingerprint } = await import("../study-fingerprint.js");
        const study = studyFingerprint({
          model,
          parameters,
          base,
          runs,
          seed,
          method: options.method ?? SENSITIVITY_DEFAULTS.sampling,
          variables: options.variables ?? null,
          tornado: options.tornado ?? null,
        });
        writeOutput(
          writeShardFile(result, study, ranking !== undefined ? { tornado: ranking } : {}),
          options.output,
        );
        return;
      }
      writeOutput(
        sensitivityReport(
          { ...result, ...(ranking !== undefined ? { tornado: ranking } : {}) },
          format,
        ),
        options.output,
      );
    });
}
