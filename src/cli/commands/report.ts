import { basename } from "node:path";
import type { Command } from "commander";
import { StockflowError, UsageError } from "../../diagnostics/errors.js";
import type { Model } from "../../model/types.js";
import type { LoopScores } from "../../render/chart/loop-score-chart.js";
import type { Lang } from "../../render/strings.js";
import { printWarnings } from "../cli-session.js";
import { loadCliModel } from "../load-cli-model.js";
import { parseChoice, parseList } from "../options.js";
import { writeOutput } from "../write-output.js";

interface ReportCommandOptions {
  scenarios?: string;
  lang?: Lang;
  title?: string;
  output?: string;
}

/**
 * Relative loop scores of the base run (Loops That Matter); a model the dominance analysis cannot
 * handle gets a report without the chart and a warning on stderr, not a failed report.
 */
async function dominanceScores(model: Model): Promise<LoopScores | undefined> {
  const { loopDominance } = await import("../../analysis/dominance/loop-dominance.js");
  try {
    const result = loopDominance(model, { maxLoops: 200 });
    return {
      time: result.time,
      loops: result.loops.map((l) => ({
        id: l.id,
        polarity: l.polarity,
        relative_score: l.relative,
      })),
    };
  } catch (error) {
    if (!(error instanceof StockflowError)) throw error;
    process.stderr.write(
      `stockflow: report: loop dominance left out: ${error.message.split("\n")[0]}\n`,
    );
    return undefined;
  }
}

/** `stockflow report MODEL`: one self-contained HTML report of a model. */
export function registerReport(program: Command): void {
  program
    .command("report <model>")
    .description("write a self-contained HTML report: summary, diagrams, loops, charts")
    .option(
      "--scenarios <files>",
      "comma-separated scenario files to run and compare with the base",
    )
    .option("--lang <lang>", "nl or en", parseChoice("--lang", ["nl", "en"] as const))
    .option("--title <text>", "report title")
    .option("-o, --output <file>", "write the HTML to a file instead of stdout")
    .action(async (path: string, options: ReportCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { modelReportInput } = await import("../../render/report/model-report.js");
      const { renderReport } = await import("../../render/report/render-report.js");
      const { runModel } = await import("../../simulate/simulate.js");
      const { scenarioRuns } = await import("../scenario-runs.js");
      if (options.output !== undefined && !/\.html?$/i.test(options.output)) {
        throw new UsageError(
          `-o ${JSON.stringify(options.output)}: the report is written as .html`,
        );
      }
      const model = await loadCliModel(path);
      const files = options.scenarios === undefined ? [] : parseList(options.scenarios);
      if (files.length > 0 && model.kind !== "stock-flow") {
        throw new UsageError(
          "--scenarios: scenarios run on stock-and-flow models (use `stockflow marvel` for maps)",
        );
      }
      const runs =
        model.kind === "stock-flow" && files.length > 0
          ? await scenarioRuns(model, files)
          : undefined;
      const run = model.kind === "stock-flow" ? (runs?.[0]?.run ?? runModel(model)) : undefined;
      if (run !== undefined) printWarnings(run.warnings);
      const dominance = model.kind === "stock-flow" ? await dominanceScores(model) : undefined;
      const input = modelReportInput(model, {
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(run ? { run } : {}),
        ...(runs ? { runs } : {}),
        ...(dominance ? { dominance } : {}),
        footer: basename(path),
      });
      writeOutput(renderReport(input), options.output);
    });
}
