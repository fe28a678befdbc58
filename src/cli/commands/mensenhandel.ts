import { resolve } from "node:path";
import type { Command } from "commander";
import { ANALYSIS_DEFAULTS } from "../../../models/mensenhandel/analysis/analysis-defaults.js";
import { UsageError } from "../../diagnostics/errors.js";
import { parseChoice, parseNumber } from "../options.js";
import { progressBar } from "../progress-bar.js";

interface MensenhandelCommandOptions {
  out: string;
  lang: "nl" | "en";
  samples: number;
  seed: number;
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
    .option(
      "--lang <lang>",
      "language of the report, pictures and tables: nl (Dutch, default) or en",
      parseChoice("--lang", ["nl", "en"] as const),
      "nl",
    )
    .option(
      "--samples <n>",
      `samples of the scenario ensemble and of MARVEL's robustness check (default ${ANALYSIS_DEFAULTS.samples})`,
      parseNumber("--samples"),
      ANALYSIS_DEFAULTS.samples,
    )
    .option(
      "--seed <n>",
      `seed of the scenario ensemble (default ${ANALYSIS_DEFAULTS.seed})`,
      parseNumber("--seed"),
      ANALYSIS_DEFAULTS.seed,
    )
    .action(async (options: MensenhandelCommandOptions) => {
      if (!(Number.isInteger(options.samples) && options.samples >= 2))
        throw new UsageError(
          `--samples takes a whole number of at least 2, got ${options.samples}`,
        );
      // The analysis (models, engine, pictures) is loaded only when the command runs.
      const { runAnalysis, writeAnalysis } = await import(
        "../../../models/mensenhandel/analysis/run-analysis.js"
      );
      const started = performance.now();
      const dir = resolve(options.out);
      let bar: Awaited<ReturnType<typeof progressBar>> | undefined;
      const analysis = await runAnalysis({
        marvelSamples: options.samples,
        samples: options.samples,
        seed: options.seed,
        lang: options.lang,
        onProgress: (done, total) => {
          if (bar === undefined)
            void progressBar(total, "ensemble").then((b) => {
              bar = b;
              b.update(done);
            });
          else bar.update(done);
        },
      });
      bar?.stop();
      await writeAnalysis(analysis, dir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `${analysis.lines.join("\n")}\n\n${analysis.files.size} ${options.lang === "nl" ? "bestanden in" : "files in"} ${dir} (${seconds} s)\n`,
      );
    });
}
