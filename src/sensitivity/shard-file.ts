/**
 * Shard files of a sensitivity study: the raw results of one shard (`--shard i/n`), in JSON, so
 * that shards run anywhere (a Kubernetes indexed job, a Slurm job array) can be joined into the
 * study's result. JSON numbers carry every double exactly, so the merged study is bit for bit the
 * study run in one go. A fingerprint of the study (model, parameters, options) keeps shards of
 * different studies apart.
 */
import { z } from "zod";
import {
  expectArray,
  expectObject,
  expectOptions,
  expectString,
} from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import type { SensitivityResult } from "./run-sensitivity.js";
import { summarizeRuns, type VariableSummary } from "./summarize-runs.js";

const KIND = "stockflow-sensitivity-shard";

const shardSchema = z.object({
  kind: z.literal(KIND),
  version: z.literal(1),
  study: z.string(),
  index: z.number().int().min(1),
  count: z.number().int().min(1),
  runs: z.number().int().min(1),
  seed: z.number(),
  first: z.number().int().min(0),
  size: z.number().int().min(0),
  time: z.array(z.number()),
  variables: z.array(z.string()),
  results: z.array(z.number()),
  tornado: z.unknown().optional(),
});

/** A shard file, read. */
export type ShardFile = z.infer<typeof shardSchema>;

/** The shard file text of a study run with `shard` set; `extra` rides along (the tornado). */
export function writeShardFile(
  result: SensitivityResult,
  study: string,
  extra: { readonly tornado?: unknown } = {},
): string {
  expectObject("writeShardFile", "result", result);
  expectString("writeShardFile", "study", study);
  expectOptions("writeShardFile", extra, {}, "extra");
  const shard = result.shard;
  if (shard === undefined) throw new UsageError("sensitivity: this study did not run a shard");
  const file: ShardFile = {
    kind: KIND,
    version: 1,
    study,
    index: shard.index,
    count: shard.count,
    runs: result.runs,
    seed: result.seed,
    first: shard.first,
    size: shard.size,
    time: Array.from(result.time),
    variables: [...shard.save],
    results: Array.from(shard.results),
    ...(extra.tornado !== undefined ? { tornado: extra.tornado } : {}),
  };
  return `${JSON.stringify(file)}\n`;
}

/** Read a shard file; a UsageError naming the file when it is not one. */
export function readShardFile(text: string, file: string): ShardFile {
  expectString("readShardFile", "text", text);
  expectString("readShardFile", "file", file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`merge: ${file} is not JSON (${(error as Error).message})`);
  }
  const parsed = shardSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `merge: ${file} is not a sensitivity shard file: ${issue.path.join(".") || "(top)"}: ${issue.message.toLowerCase()}`,
    );
  }
  const shard = parsed.data;
  if (shard.results.length !== shard.size * shard.variables.length * shard.time.length)
    throw new UsageError(
      `merge: ${file}: ${shard.results.length} results, expected ${shard.size * shard.variables.length * shard.time.length}`,
    );
  return shard;
}

/** The whole study, joined from all its shards (in any order). */
export interface MergedStudy {
  readonly time: Float64Array;
  readonly runs: number;
  readonly seed: number;
  readonly variables: Readonly<Record<string, VariableSummary>>;
  /** What shard 1 carried beside its results. */
  readonly tornado?: unknown;
}

/** Join the shards of one study: each of 1..n exactly once, the same study, contiguous runs. */
export function mergeShards(shards: readonly ShardFile[]): MergedStudy {
  expectArray("mergeShards", "shards", shards);
  if (shards.length === 0) throw new UsageError("merge: give the shard files of a study");
  const sorted = [...shards].sort((a, b) => a.index - b.index);
  const head = sorted[0]!;
  const same = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  sorted.forEach((s, i) => {
    if (s.study !== head.study || s.count !== head.count || s.runs !== head.runs)
      throw new UsageError(
        `merge: shard ${s.index}/${s.count} belongs to another study than shard ${head.index}/${head.count}`,
      );
    if (s.index !== i + 1)
      throw new UsageError(
        `merge: shard ${i + 1}/${head.count} is ${s.index === i ? "given twice" : "missing"}`,
      );
    if (!same(s.time, head.time) || !same(s.variables, head.variables))
      throw new UsageError(`merge: shard ${s.index} saved other times or variables`);
  });
  if (sorted.length !== head.count)
    throw new UsageError(`merge: ${sorted.length} of ${head.count} shards given`);
  const V = head.variables.length;
  const rows = head.time.length;
  const results = new Float64Array(head.runs * V * rows);
  let next = 0;
  for (const s of sorted) {
    if (s.first !== next)
      throw new UsageError(`merge: shard ${s.index} starts at run ${s.first}, expected ${next}`);
    results.set(s.results, s.first * V * rows);
    next = s.first + s.size;
  }
  if (next !== head.runs)
    throw new UsageError(`merge: the shards hold ${next} of ${head.runs} runs`);
  const summaries = summarizeRuns(results, head.runs, V, rows);
  return {
    time: Float64Array.from(head.time),
    runs: head.runs,
    seed: head.seed,
    variables: Object.fromEntries(head.variables.map((id, v) => [id, summaries[v]!])),
    ...(head.tornado !== undefined ? { tornado: head.tornado } : {}),
  };
}
