import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { parseChoice } from "../options.js";
import { writeOutput } from "../write-output.js";

interface ConformanceCommandOptions {
  format: "table" | "json";
  only?: "xmile" | "mdl";
  case?: string;
}

/**
 * `stockflow conformance DIR`: run every case of a copy of the SDXorg test-models suite and
 * report pass, fail, error or unsupported per model file. Progress goes to stderr (a live line
 * on a terminal, one final count otherwise); the report goes to stdout.
 */
export function registerConformance(program: Command): void {
  program
    .command("conformance <dir>")
    .description("run the SDXorg test-models suite in DIR and compare with its canonical output")
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
      "table",
    )
    .option(
      "--only <format>",
      "only xmile (.xmile, .stmx) or mdl files",
      parseChoice("--only", ["xmile", "mdl"] as const),
    )
    .option("--case <name>", "only this case (folder name, e.g. abs or tests/abs) or file")
    .action(async (dir: string, options: ConformanceCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { formatReportJson, formatReportTable } = await import(
        "../../conformance/format-report.js"
      );
      const { runConformance } = await import("../../conformance/run-conformance.js");
      const isDir = await stat(dir).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!isDir) throw new UsageError(`conformance: no such folder: ${dir}`);
      const tty = process.stderr.isTTY === true;
      const report = await runConformance(dir, {
        ...(options.only !== undefined ? { only: options.only } : {}),
        ...(options.case !== undefined ? { caseName: options.case } : {}),
        onProgress: (done, total, current) => {
          if (tty && current !== undefined) {
            process.stderr.write(`\r\x1b[K[${done + 1}/${total}] ${current}`);
          } else if (current === undefined) {
            process.stderr.write(`${tty ? "\r\x1b[K" : ""}conformance: ${total} file(s) run\n`);
          }
        },
      });
      if (report.summary.total === 0) {
        throw new UsageError(`conformance: no case matches under ${dir}`);
      }
      writeOutput(options.format === "json" ? formatReportJson(report) : formatReportTable(report));
    });
}
