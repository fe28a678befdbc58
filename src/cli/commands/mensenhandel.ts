import { resolve } from "node:path";
import type { Command } from "commander";
import {
  ANALYSIS_DEFAULTS,
  runAnalysis,
  writeAnalysis,
} from "../../../models/mensenhandel/analysis/run-analysis.js";
import { UsageError } from "../../diagnostics/errors.js";
import { parseChoice, parseNumber } from "../options.js";

interface MensenhandelCommandOptions {
  out: string;
  lang: "nl" | "en";
  samples: number;
}

/**
 * `stockflow mensenhandel`: what `npm start` does, from the installed package — the whole
 * analysis of the Dutch human-trafficking models (structure, MARVEL, calibration, scenarios,
 * reality checks), computed in memory and written to `--out` only when every file exists.
 */
export function registerMensenhandel(program: Command): void {
  program
    .command("mensenhandel")
    .description("run the human-trafficking analysis of `npm start` and write its report")
    .option("--out <dir>", "folder for the report, pictures and tables", "out/mensenhandel")
    .option("--lang <lang>", "nl or en", parseChoice("--lang", ["nl", "en"] as const), "nl")
    .option(
      "--samples <n>",
      `robustness samples (default ${ANALYSIS_DEFAULTS.marvelSamples})`,
      parseNumber("--samples"),
      ANALYSIS_DEFAULTS.marvelSamples,
    )
    .action(async (options: MensenhandelCommandOptions) => {
      if (!(Number.isInteger(options.samples) && options.samples >= 1))
        throw new UsageError(
          `--samples takes a whole number of at least 1, got ${options.samples}`,
        );
      // The analysis writes its report in Dutch; an English one is not silently Dutch.
      if (options.lang !== "nl")
        throw new UsageError("--lang en: the analysis writes its report in Dutch only so far");
      const started = performance.now();
      const dir = resolve(options.out);
      const analysis = runAnalysis({ marvelSamples: options.samples });
      await writeAnalysis(analysis, dir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `${analysis.lines.join("\n")}\n\n${analysis.files.size} bestanden in ${dir} (${seconds} s)\n`,
      );
    });
}
