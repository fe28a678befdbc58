/**
 * All simple paths from one node to another (depth-first, no node twice), with the polarity of
 * each path (the product of its link signs: how the target moves when the source is pushed along
 * that path alone) and its total delay (the sum of its link delays; see `link-classes.ts`).
 * Limits on length, count and time report truncation instead of running on.
 */

import { expectGraph, expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Polarity } from "../../model/types.js";
import { type CausalGraph, edgeKey } from "../graph/causal-graph-types.js";
import { LINK_CLASS_DEFAULTS, type LinkClassValues, linkDelay } from "../link-classes.js";
import { chainPolarity } from "../loops/loop-polarity.js";

/** One path through the causal graph. */
export interface CausalPath {
  /** Node ids from the source to the target. */
  readonly variables: readonly string[];
  /** Number of links. */
  readonly length: number;
  readonly polarity: Polarity;
  /** Sum of the link delays. */
  readonly delay: number;
}

/** Options of {@link findPaths}. */
export interface FindPathsOptions {
  /** Longest path, in links (default: no limit). */
  readonly maxLength?: number;
  /** Return at most this many paths (default 10 000); `truncated` only when there are more. */
  readonly maxPaths?: number;
  /** Stop after this many milliseconds (default 2 000). */
  readonly timeLimitMs?: number;
  readonly classValues?: LinkClassValues;
}

/** Defaults of {@link findPaths}. */
export const FIND_PATHS_DEFAULTS = {
  maxLength: Number.POSITIVE_INFINITY,
  maxPaths: 10_000,
  timeLimitMs: 2_000,
} as const;

/** The paths found, shortest first, and whether a count or time limit cut the search short. */
export interface PathsResult {
  readonly paths: readonly CausalPath[];
  readonly truncated: boolean;
}

/** Every simple path from `from` to `to` within the limits (a path from a node to itself is a loop). */
export function findPaths(
  graph: CausalGraph,
  from: string,
  to: string,
  options: FindPathsOptions = {},
): PathsResult {
  expectGraph("findPaths", "graph", graph);
  expectString("findPaths", "from", from);
  expectString("findPaths", "to", to);
  expectOptions("findPaths", options, {
    maxLength: "number",
    maxPaths: "number",
    timeLimitMs: "number",
    classValues: "object",
  });
  const { maxLength, maxPaths, timeLimitMs } = { ...FIND_PATHS_DEFAULTS, ...options };
  const values = options.classValues ?? LINK_CLASS_DEFAULTS;
  const deadline = performance.now() + timeLimitMs;
  const found: string[][] = [];
  const path = [from];
  const onPath = new Set(path);
  let truncated = false;
  let steps = 0;
  const walk = (v: string): void => {
    if (++steps % 1024 === 0 && performance.now() > deadline) truncated = true;
    for (const w of [...graph.outNeighbors(v)].sort()) {
      if (truncated) return;
      if (w === to) {
        // One path beyond the limit proves the list incomplete; it is not kept.
        if (found.length === maxPaths) truncated = true;
        else found.push([...path, w]);
      } else if (!onPath.has(w) && path.length < maxLength) {
        path.push(w);
        onPath.add(w);
        walk(w);
        onPath.delete(w);
        path.pop();
      }
    }
  };
  if (graph.hasNode(from) && graph.hasNode(to)) walk(from);
  const paths = found.map((variables) => {
    const links = variables
      .slice(1)
      .map((w, i) => graph.getEdgeAttributes(edgeKey(variables[i]!, w)));
    return {
      variables,
      length: links.length,
      polarity: chainPolarity(links.map((l) => l.polarity)),
      delay: links.reduce((sum, l) => sum + linkDelay(l, values), 0),
    };
  });
  paths.sort(
    (a, b) =>
      a.length - b.length ||
      a.delay - b.delay ||
      (a.variables.join() < b.variables.join() ? -1 : 1),
  );
  return { paths, truncated };
}
