import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { loadCliModel } from "../load-cli-model.js";
import { parseChoice, parseList } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

interface DominanceCommandOptions {
  format?: "table" | "json";
  loops?: string[];
  output?: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `stockflow dominance MODEL`: relative loop scores over a run and the periods each loop dominates. */
export function registerDominance(program: Command): void {
  program
    .command("dominance <model>")
    .description(
      "loop dominance over a run (Loops That Matter): relative loop scores and dominant periods",
    )
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
    )
    .option("--loops <ids>", "only these loops, e.g. R1,B1", parseList)
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, options: DominanceCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { loopDominance } = await import("../../analysis/dominance/loop-dominance.js");
      const format = outputFormat(
        ["table", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      const model = await loadCliModel(file);
      if (model.kind !== "stock-flow") {
        throw new UsageError(
          `dominance: ${file} is a causal map; dominance needs a stock-and-flow model`,
        );
      }
      const result = loopDominance(model, options.loops ? { loops: options.loops } : {});
      const unknown = (options.loops ?? []).filter((id) => !result.loops.some((l) => l.id === id));
      if (unknown.length > 0) {
        throw new UsageError(`dominance: no loop ${unknown.join(", ")} in ${file}`);
      }
      if (format === "json") {
        const json = {
          time: Array.from(result.time),
          loops: result.loops.map((l) => ({
            id: l.id,
            polarity: l.polarity,
            variables: l.variables,
            relative_score: Array.from(l.relative),
          })),
          dominance: result.dominance.map((p) => ({ from: p.from, to: p.to, loops: p.loops })),
        };
        writeOutput(`${JSON.stringify(json)}\n`, options.output);
        return;
      }
      const lines = [
        `loops (${result.method}):`,
        ...result.loops.map((l) => `  ${l.id.padEnd(4)} ${l.polarity}  ${l.name}`),
        "",
        ["time", ...result.loops.map((l) => l.id)].map((s) => s.padStart(8)).join(""),
      ];
      const step = Math.max(1, Math.ceil(result.time.length / 40));
      for (let i = 0; i < result.time.length; i += step) {
        lines.push(
          [String(result.time[i]), ...result.loops.map((l) => pct(l.relative[i]!))]
            .map((s) => s.padStart(8))
            .join(""),
        );
      }
      lines.push("", "dominant loops:");
      for (const p of result.dominance) lines.push(`  ${p.from} – ${p.to}: ${p.loops.join(", ")}`);
      writeOutput(`${lines.join("\n")}\n`, options.output);
    });
}
