import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { canonicalId } from "../../model/canonical.js";
import type { ObservedSeries } from "../../render/chart/time-series-chart.js";
import type { Run, RunVariable } from "../../simulate/run.js";
import { printWarnings } from "../cli-session.js";
import { loadCliModel } from "../load-cli-model.js";
import { parseChoice, parseList } from "../options.js";

interface ChartCommandOptions {
  variables?: string[];
  scenario?: string[];
  data?: string;
  layout: "lines" | "small-multiples";
  title?: string;
  output?: string;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The saved variable of a run called `name` (id or display name, case-insensitive). */
function runVariable(run: Run, name: string): RunVariable | undefined {
  const wanted = canonicalId(name);
  return run.variables.find((v) => v.id === wanted || canonicalId(v.name) === wanted);
}

/** Observed columns that match a variable of the run, renamed to its display name. */
function matchObserved(observed: readonly ObservedSeries[], run: Run): ObservedSeries[] {
  return observed.flatMap((o) => {
    const v = runVariable(run, o.name);
    return v === undefined ? [] : [{ ...o, name: v.name }];
  });
}

/** `stockflow chart MODEL`: run a model (and scenarios) and chart variables over time. */
export function registerChart(program: Command): void {
  program
    .command("chart <model>")
    .description("run a model (and scenarios) and chart variables over time as SVG or PNG")
    .option("--variables <names>", "comma-separated variables (default: the stocks)", parseList)
    .option("--scenario <file>", "a scenario to run beside the base run (repeatable)", collect)
    .option("--data <file>", "observed data (CSV with a time column) drawn as points")
    .option(
      "--layout <layout>",
      "lines or small-multiples",
      parseChoice("--layout", ["lines", "small-multiples"] as const),
      "lines",
    )
    .option("--title <text>", "chart title")
    .option("-o, --output <file>", "write the chart to FILE.svg or FILE.png instead of stdout")
    .action(async (path: string, options: ChartCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { readObservedCsv } = await import("../../render/chart/read-observed-csv.js");
      const { smallMultiples } = await import("../../render/chart/small-multiples.js");
      const { timeSeriesChart } = await import("../../render/chart/time-series-chart.js");
      const { runModel } = await import("../../simulate/simulate.js");
      const { scenarioRuns } = await import("../scenario-runs.js");
      const { checkPictureOutput, writePicture } = await import("../write-picture.js");
      checkPictureOutput(options.output);
      const model = await loadCliModel(path);
      if (model.kind !== "stock-flow") {
        throw new UsageError(
          "chart: a causal map does not run; chart a stock-and-flow model (or use `stockflow marvel`)",
        );
      }
      const runs = options.scenario?.length
        ? await scenarioRuns(model, options.scenario)
        : undefined;
      const run = runs?.[0]?.run ?? runModel(model);
      printWarnings(run.warnings);
      const variables = options.variables?.map((name) => {
        const v = runVariable(run, name);
        if (v === undefined) {
          throw new UsageError(`chart: no variable ${JSON.stringify(name)} in ${path}`);
        }
        return v.id;
      });
      const data = options.data;
      if (data !== undefined && !existsSync(data))
        throw new UsageError(`--data: no such file: ${data}`);
      const observed = data
        ? matchObserved(readObservedCsv(readFileSync(data, "utf8"), data), run)
        : [];
      const title = options.title ?? model.name;
      const common = { ...(variables ? { variables } : {}), ...(title ? { title } : {}) };
      const svg =
        options.layout === "small-multiples"
          ? smallMultiples(runs ?? run, common)
          : timeSeriesChart(runs ?? run, {
              ...common,
              observed,
              ...(model.specs.timeUnits ? { xLabel: model.specs.timeUnits } : {}),
            });
      await writePicture(svg, options.output);
    });
}
