import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { parseChoice, parseNumber } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

interface PathsCommandOptions {
  settle?: boolean;
  from?: string;
  to?: string;
  maxLength?: number;
  format?: "table" | "json";
  output?: string;
}

/** `stockflow paths MODEL --from A --to B`: the causal paths from one factor to another. */
export function registerPaths(program: Command): void {
  program
    .command("paths <model>")
    .description("list the causal paths from one factor to another, with polarity and delay")
    .option("--from <factor>", "where the paths start (id or name)")
    .option("--to <factor>", "where the paths end (id or name)")
    .option("--max-length <n>", "longest path, in links", parseNumber("--max-length"))
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
    )
    .option("--settle", "stock-and-flow models: run once and settle ? polarities over the run")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, options: PathsCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { findPaths } = await import("../../analysis/paths/find-paths.js");
      const { resolveNode } = await import("../../analysis/resolve-node.js");
      const { textTable } = await import("../../analysis/text-table.js");
      const { loadCausalGraph } = await import("../load-causal-graph.js");
      const format = outputFormat(
        ["table", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      if (options.from === undefined || options.to === undefined) {
        throw new UsageError("paths: give both --from and --to");
      }
      const graph = await loadCausalGraph(file, options.settle);
      const from = resolveNode(graph, options.from);
      const to = resolveNode(graph, options.to);
      const { paths, truncated } = findPaths(graph, from, to, {
        ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
      });
      if (format === "json") {
        writeOutput(
          `${JSON.stringify({ from, to, paths, count: paths.length, truncated })}\n`,
          options.output,
        );
        return;
      }
      const label = (id: string) => graph.getNodeAttribute(id, "label");
      const table = textTable([
        ["polarity", "length", "delay", "path"],
        ...paths.map((p) => [p.polarity, p.length, p.delay, p.variables.map(label).join(" → ")]),
      ]);
      const summary = `${paths.length} path(s) from ${label(from)} to ${label(to)}${
        truncated ? " (search stopped at its limit: there may be more)" : ""
      }\n`;
      writeOutput(paths.length > 0 ? `${table}\n${summary}` : summary, options.output);
    });
}
