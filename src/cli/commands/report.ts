import { basename } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { loadModel } from "../../io/load-model.js";
import { modelReportInput } from "../../render/report/model-report.js";
import { renderReport } from "../../render/report/render-report.js";
import type { Lang } from "../../render/strings.js";
import { runModel } from "../../simulate/simulate.js";
import { parseChoice } from "../options.js";
import { writeOutput } from "../write-output.js";

interface ReportCommandOptions {
  scenarios?: string;
  lang?: Lang;
  title?: string;
  output?: string;
}

/** `stockflow report MODEL`: one self-contained HTML report of a model. */
export function registerReport(program: Command): void {
  program
    .command("report <model>")
    .description("write a self-contained HTML report: summary, diagrams, loops, charts")
    .option("--scenarios <files>", "comma-separated scenario files to compare")
    .option("--lang <lang>", "nl or en", parseChoice("--lang", ["nl", "en"] as const))
    .option("--title <text>", "report title")
    .option("-o, --output <file>", "write the HTML to a file instead of stdout")
    .action(async (path: string, options: ReportCommandOptions) => {
      if (options.output !== undefined && !/\.html?$/i.test(options.output)) {
        throw new UsageError(
          `-o ${JSON.stringify(options.output)}: the report is written as .html`,
        );
      }
      if (options.scenarios !== undefined) {
        throw new UsageError(
          "--scenarios: scenario files are not supported yet (they arrive with the scenario issue)",
        );
      }
      const model = await loadModel(path);
      const run = model.kind === "stock-flow" ? runModel(model) : undefined;
      const input = modelReportInput(model, {
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(run ? { run } : {}),
        footer: basename(path),
      });
      writeOutput(renderReport(input), options.output);
    });
}
