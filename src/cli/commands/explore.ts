import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import type { ExplorerObserved } from "../../explore/explorer-spec.js";
import type { Lang } from "../../render/strings.js";
import type { ScenarioWithDistributions } from "../../scenario/read-scenario.js";
import { parseChoice, parseList, parseNumber } from "../options.js";
import { writeOutput } from "../write-output.js";

interface ExploreCommandOptions {
  scenarios?: string[];
  lang?: Lang;
  title?: string;
  indicators?: string[];
  years?: string[];
  data?: string;
  runs?: number;
  seed?: number;
  output?: string;
}

function parseYears(values: readonly string[]): number[] {
  return values.map((t) => {
    const x = Number(t);
    if (t === "" || !Number.isFinite(x))
      throw new UsageError(`--years takes numbers, got ${JSON.stringify(t)}`);
    return x;
  });
}

/** Observed columns whose names are indicators; the others are reported on stderr. */
async function observedOf(
  file: string,
  indicators: readonly string[],
): Promise<ExplorerObserved[]> {
  if (!existsSync(file)) throw new UsageError(`--data: no such file: ${file}`);
  const { readObservedCsv } = await import("../../render/chart/read-observed-csv.js");
  return readObservedCsv(readFileSync(file, "utf8"), file).flatMap((o) => {
    if (!indicators.includes(o.name)) {
      process.stderr.write(`stockflow: explore: ${file}: column ${o.name} is not an indicator\n`);
      return [];
    }
    return [
      {
        indicator: o.name,
        label: { nl: "waargenomen", en: "observed" },
        time: Array.from(o.time),
        values: Array.from(o.values),
      },
    ];
  });
}

/**
 * `stockflow explore MODEL`: one self-contained, offline HTML page to explore the model's
 * measures and assumptions (see docs/explorer.md).
 */
export function registerExplore(program: Command): void {
  program
    .command("explore <model>")
    .description(
      "write one offline HTML page to switch measures, move assumptions and see the effect",
    )
    .option(
      "--scenarios <files>",
      "comma-separated scenario files: measures become switches, distributions sliders",
      parseList,
    )
    .option("--lang <lang>", "nl or en", parseChoice("--lang", ["nl", "en"] as const))
    .option("--title <text>", "page title")
    .option("--indicators <a,b>", "variables to show (default: the stocks)", parseList)
    .option("--years <t1,t2>", "years of the measure × indicator table", parseList)
    .option("--data <file>", "observed data (CSV with a time column), drawn as points")
    .option("--runs <n>", "samples of the range ensemble (default 200)", parseNumber("--runs"))
    .option("--seed <n>", "seed of the range ensemble (default 1)", parseNumber("--seed"))
    .option("-o, --output <file>", "write the page to FILE.html instead of stdout")
    .action(async (path: string, options: ExploreCommandOptions) => {
      if (options.output !== undefined && !/\.html?$/i.test(options.output))
        throw new UsageError(
          `-o ${JSON.stringify(options.output)}: the explorer is written as .html`,
        );
      if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs >= 2))
        throw new UsageError(`--runs takes a whole number of at least 2, got ${options.runs}`);
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { explorerSpecFromModel } = await import("../../explore/explorer-from-model.js");
      const { explorerHtml } = await import("../../explore/explorer-html.js");
      const { loadCliStockFlow } = await import("../load-cli-model.js");
      const { loadScenario } = await import("../../scenario/read-scenario.js");
      const model = await loadCliStockFlow(path);
      const scenarios: ScenarioWithDistributions[] = [];
      for (const file of options.scenarios ?? []) {
        const scenario = await loadScenario(file, { model });
        if (scenario.set !== undefined || scenario.tables !== undefined)
          throw new UsageError(
            `explore: ${file}: set and tables are not switches; write them as measures, or as distributions for sliders`,
          );
        if (scenario.model !== undefined && resolve(scenario.model) !== resolve(path))
          process.stderr.write(
            `stockflow: warning: ${file} is written for ${scenario.model}, explored on ${path}\n`,
          );
        scenarios.push(scenario);
      }
      const base = explorerSpecFromModel(model, {
        scenarios,
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.indicators ? { indicators: options.indicators } : {}),
        ...(options.years ? { years: parseYears(options.years) } : {}),
        ...(options.runs !== undefined ? { runs: options.runs } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
      });
      const spec =
        options.data === undefined
          ? base
          : {
              ...base,
              observed: await observedOf(
                options.data,
                base.indicators.map((i) => i.id),
              ),
            };
      writeOutput(await explorerHtml(spec), options.output);
    });
}
