import type { Command } from "commander";
import { parseChoice, parseNumber } from "../options.js";
import { outputFormat } from "../output-format.js";
import { writeOutput } from "../write-output.js";

interface AnalyzeCommandOptions {
  settle?: boolean;
  top?: number;
  format?: "table" | "json";
  output?: string;
}

/** `stockflow analyze MODEL`: the structural table, loop counts and leverage candidates. */
export function registerAnalyze(program: Command): void {
  program
    .command("analyze <model>")
    .description(
      "structural analysis: degrees, Vester sums and roles, betweenness, loops, leverage",
    )
    .option("--top <n>", "how many leverage candidates to list (default 5)", parseNumber("--top"))
    .option(
      "--format <format>",
      "table or json",
      parseChoice("--format", ["table", "json"] as const),
    )
    .option("--settle", "stock-and-flow models: run once and settle ? polarities over the run")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (file: string, options: AnalyzeCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { analyzeStructure } = await import("../../analysis/analyze-structure.js");
      const { textTable } = await import("../../analysis/text-table.js");
      const { loadCausalGraph } = await import("../load-causal-graph.js");
      const format = outputFormat(
        ["table", "json"] as const,
        "table",
        options.format,
        options.output,
      );
      const graph = await loadCausalGraph(file, options.settle);
      const { summary, table, leverage } = analyzeStructure(graph, { top: options.top ?? 5 });
      if (format === "json") {
        writeOutput(`${JSON.stringify({ summary, table, leverage })}\n`, options.output);
        return;
      }
      const { loops } = summary;
      const head = [
        `factors: ${summary.factors}`,
        `links: ${summary.links}`,
        `loops: ${loops.total} (${loops.R} reinforcing, ${loops.B} balancing, ${loops["?"]} undetermined)${
          summary.truncated ? " — search stopped at its limit, counts are lower bounds" : ""
        }`,
      ].join("\n");
      const structure = textTable([
        ["factor", "in", "out", "AS", "PS", "P", "Q", "role", "betweenness", "loops"],
        ...table.map((r) => [
          r.label,
          r.inDegree,
          r.outDegree,
          r.activeSum,
          r.passiveSum,
          r.product,
          r.quotient,
          r.role,
          r.betweenness,
          r.loops,
        ]),
      ]);
      const candidates = textTable([
        ["rank", "factor", "loops", "betweenness", "P", "score"],
        ...leverage.map((c) => [c.rank, c.label, c.loops, c.betweenness, c.product, c.score]),
      ]);
      writeOutput(`${head}\n\n${structure}\nleverage candidates\n${candidates}`, options.output);
    });
}
