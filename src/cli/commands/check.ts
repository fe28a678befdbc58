import { existsSync } from "node:fs";
import type { Command } from "commander";
import type { RealityCheckResult } from "../../checks/reality-check.js";
import { type Diagnostic, formatDiagnostic } from "../../diagnostics/diagnostic.js";
import { UsageError } from "../../diagnostics/errors.js";
import { loadCliStockFlow } from "../load-cli-model.js";
import { parseChoice } from "../options.js";
import { writeOutput } from "../write-output.js";

interface CheckCommandOptions {
  checks?: string;
  format: "table" | "json";
}

/** The reality-check file next to a model: `model.checks.yaml`, `.yml` or `.json`. */
function checksBeside(model: string): string | undefined {
  const stem = model.replace(/\.[^./\\]+$/, "");
  return [".checks.yaml", ".checks.yml", ".checks.json"]
    .map((ext) => `${stem}${ext}`)
    .find((path) => existsSync(path));
}

/**
 * `stockflow check MODEL`: the model's diagnostics, a units check of every equation, and the
 * reality checks (from `--checks FILE` or `MODEL.checks.yaml`). Exit 1 on any error or failure.
 */
export function registerCheck(program: Command): void {
  program
    .command("check <model>")
    .description("diagnostics, units consistency and reality checks of a model")
    .option("--checks <file>", "reality checks (default: MODEL.checks.yaml when it exists)")
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
      "table",
    )
    .action(async (file: string, options: CheckCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { readRealityChecks } = await import("../../checks/read-reality-checks.js");
      const { runRealityChecks } = await import("../../checks/run-reality-checks.js");
      const { checkUnits } = await import("../../checks/units/check-units.js");
      const { checkModel } = await import("../../compile/compile-model.js");
      const { rowsToTable, toJson } = await import("../../scenario/format-rows.js");
      const reading: Diagnostic[] = [];
      const model = await loadCliStockFlow(file, (warnings) => reading.push(...warnings));
      const diagnostics: Diagnostic[] = [...reading, ...checkModel(model)];
      const errors = diagnostics.some((d) => d.severity === "error");
      const units = checkUnits(model);
      const checksFile = options.checks ?? checksBeside(file);
      let results: RealityCheckResult[] = [];
      if (checksFile !== undefined && !errors) {
        const { readFile } = await import("node:fs/promises");
        const text = await readFile(checksFile, "utf8").catch(() => {
          throw new UsageError(`no such checks file: ${checksFile}`);
        });
        results = runRealityChecks(model, readRealityChecks(text, { file: checksFile, model }));
      }
      const ok = !errors && results.every((r) => r.passed);
      if (options.format === "json") {
        writeOutput(toJson({ ok, diagnostics, units, checks: results }));
      } else {
        const lines = [...diagnostics, ...units].map(formatDiagnostic);
        let text = lines.length > 0 ? `${lines.join("\n")}\n` : "";
        if (results.length > 0) {
          text += `${text ? "\n" : ""}${rowsToTable(
            ["check", "result", "seen"],
            results.map((r) => [r.name, r.passed ? "pass" : "FAIL", r.detail]),
          )}`;
        }
        const failed = results.filter((r) => !r.passed).length;
        text += `${text ? "\n" : ""}${ok ? "ok" : "not ok"}: ${diagnostics.filter((d) => d.severity === "error").length} error(s), ${diagnostics.length - diagnostics.filter((d) => d.severity === "error").length + units.length} warning(s), ${results.length - failed}/${results.length} reality checks passed\n`;
        writeOutput(text);
      }
      if (!ok) process.exitCode = 1;
    });
}
