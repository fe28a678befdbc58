import type { Command } from "commander";
import { parseChoice, parseNumber } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

interface LoopsCommandOptions {
  settle?: boolean;
  through?: string;
  maxLength?: number;
  maxLoops?: number;
  timeLimit?: number;
  format?: "table" | "json";
  output?: string;
}

/** `stockflow loops MODEL`: list the feedback loops of a causal map or stock-and-flow model. */
export function registerLoops(program: Command): void {
  program
    .command("loops <model>")
    .description("list the feedback loops of a model or causal map, with their polarity")
    .option("--through <factor>", "only loops through this factor (id or name)")
    .option("--max-length <n>", "longest loop, in links", parseNumber("--max-length"))
    .option(
      "--max-loops <n>",
      "stop after this many loops (default 10000)",
      parseNumber("--max-loops"),
    )
    .option(
      "--time-limit <ms>",
      "stop after this many milliseconds (default 2000)",
      parseNumber("--time-limit"),
    )
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
    )
    .option("--settle", "stock-and-flow models: run once and settle ? polarities over the run")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, options: LoopsCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { findLoops } = await import("../../analysis/loops/find-loops.js");
      const { loopsThrough } = await import("../../analysis/loops/loop-queries.js");
      const { resolveNode } = await import("../../analysis/resolve-node.js");
      const { textTable } = await import("../../analysis/text-table.js");
      const { loadCausalGraph } = await import("../load-causal-graph.js");
      const format = outputFormat(
        ["table", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      const graph = await loadCausalGraph(file, options.settle);
      const through =
        options.through === undefined ? undefined : resolveNode(graph, options.through);
      const result = findLoops(graph, {
        ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
        ...(options.maxLoops !== undefined ? { maxLoops: options.maxLoops } : {}),
        ...(options.timeLimit !== undefined ? { timeLimitMs: options.timeLimit } : {}),
      });
      const loops = through === undefined ? result.loops : loopsThrough(result.loops, through);
      if (format === "json") {
        const json = {
          loops: loops.map((l) => ({
            id: l.id,
            polarity: l.polarity,
            length: l.length,
            variables: l.variables,
          })),
          count: loops.length,
          truncated: result.truncated,
        };
        writeOutput(`${JSON.stringify(json)}\n`, options.output);
        return;
      }
      const label = (id: string) => graph.getNodeAttribute(id, "label");
      const table = textTable([
        ["id", "polarity", "length", "delay", "loop"],
        ...loops.map((l) => [
          l.id,
          l.polarity,
          l.length,
          l.delay,
          [...l.variables, l.variables[0]!].map(label).join(" → "),
        ]),
      ]);
      const count = (p: string) => loops.filter((l) => l.polarity === p).length;
      const summary = `${loops.length} loop(s): ${count("R")} reinforcing, ${count("B")} balancing, ${count("?")} undetermined${
        result.truncated ? " (search stopped at its limit: there may be more)" : ""
      }\n`;
      writeOutput(loops.length > 0 ? `${table}\n${summary}` : summary, options.output);
    });
}
