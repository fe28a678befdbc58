import type { Command } from "commander";
import { UsageError } from "../../diagnostics/errors.js";
import { parseChoice } from "../options.js";
import type { SensitivityReport } from "../sensitivity-report.js";
import { writeOutput } from "../write-output.js";

interface MergeCommandOptions {
  format: "table" | "csv" | "json";
  output?: string;
}

/**
 * `stockflow merge SHARD...`: join the shard files of a sensitivity study (`stockflow sensitivity
 * … --shard i/n`) and print the study's report, byte for byte what the study run in one go prints.
 */
export function registerMerge(program: Command): void {
  program
    .command("merge <shard...>")
    .description("join the shard files of a sensitivity study (sensitivity --shard i/n)")
    .option(
      "--format <format>",
      "table, csv or json",
      parseChoice("--format", ["table", "csv", "json"] as const),
      "table",
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (files: string[], options: MergeCommandOptions) => {
      // Loaded when the command runs, so `stockflow --help` and other commands never pay for it.
      const { readFile } = await import("node:fs/promises");
      const { mergeShards, readShardFile } = await import("../../sensitivity/shard-file.js");
      const { sensitivityReport } = await import("../sensitivity-report.js");
      const shards = await Promise.all(
        files.map(async (file) => {
          const text = await readFile(file, "utf8").catch(() => {
            throw new UsageError(`merge: no such shard file: ${file}`);
          });
          return readShardFile(text, file);
        }),
      );
      const merged = mergeShards(shards);
      // The tornado in a shard file is the one `sensitivity` worked out for the same study.
      const { tornado, ...study } = merged;
      const report: SensitivityReport =
        tornado === undefined
          ? study
          : { ...study, tornado: tornado as NonNullable<SensitivityReport["tornado"]> };
      writeOutput(sensitivityReport(report, options.format), options.output);
    });
}
