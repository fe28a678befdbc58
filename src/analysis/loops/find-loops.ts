/**
 * All feedback loops of a causal graph: strongly connected components first (Tarjan, "Depth-first
 * search and linear graph algorithms", SIAM J. Comput. 1(2), 1972, via graphology-components), so
 * that the search never leaves a component no loop can cross, then Johnson's algorithm inside each
 * component (`elementary-circuits.ts`). Limits on length, count and time stop the search and set
 * `truncated` instead of letting a dense map hang the caller.
 */

import { expectGraph, expectOptions } from "../../diagnostics/check-argument.js";
import type { CausalGraph } from "../graph/causal-graph-types.js";
import { strongComponents } from "../graph/strong-components.js";
import type { LinkClassValues } from "../link-classes.js";
import { elementaryCircuits } from "./elementary-circuits.js";
import { type Loop, loopDescriber, numberLoops, type UnnumberedLoop } from "./loop.js";

/** Options of {@link findLoops}. */
export interface FindLoopsOptions {
  /** Longest loop to report, in links (default: no limit). */
  readonly maxLength?: number;
  /** Return at most this many loops (default 10 000); `truncated` only when there are more. */
  readonly maxLoops?: number;
  /** Stop after this many milliseconds (default 2 000). */
  readonly timeLimitMs?: number;
  /** Class values for the loop delays. */
  readonly classValues?: LinkClassValues;
}

/** Defaults of {@link findLoops}. */
export const FIND_LOOPS_DEFAULTS = {
  maxLength: Number.POSITIVE_INFINITY,
  maxLoops: 10_000,
  timeLimitMs: 2_000,
} as const;

/** The loops found and whether a count or time limit cut the search short. */
export interface LoopsResult {
  /** Loops sorted by length, then by variable ids; ids numbered in that order per polarity. */
  readonly loops: readonly Loop[];
  /** True when the count or time limit stopped the search (the length limit does not count). */
  readonly truncated: boolean;
}

/** Every elementary feedback loop of `graph` within the limits, numbered and named. */
export function findLoops(graph: CausalGraph, options: FindLoopsOptions = {}): LoopsResult {
  expectGraph("findLoops", "graph", graph);
  expectOptions("findLoops", options, {
    maxLength: "number",
    maxLoops: "number",
    timeLimitMs: "number",
    classValues: "object",
  });
  const { maxLength, maxLoops, timeLimitMs } = { ...FIND_LOOPS_DEFAULTS, ...options };
  const started = performance.now();
  const describe = loopDescriber(graph, options.classValues);
  const found: UnnumberedLoop[] = [];
  let truncated = false;
  // Search for one loop more than allowed: finding it is what proves the list incomplete.
  const budget = maxLoops + 1;
  const components = strongComponents(graph)
    .map((component) => [...component].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  for (const ids of components) {
    if (ids.length === 1 && !graph.hasDirectedEdge(ids[0]!, ids[0]!)) continue;
    const index = new Map(ids.map((id, i) => [id, i]));
    const adjacency = ids.map((id) =>
      graph
        .outNeighbors(id)
        .map((w) => index.get(w))
        .filter((w): w is number => w !== undefined)
        .sort((a, b) => a - b),
    );
    const result = elementaryCircuits(adjacency, {
      maxLength,
      maxCircuits: budget - found.length,
      timeLimitMs: timeLimitMs - (performance.now() - started),
    });
    let outOfTime = false;
    for (const circuit of result.circuits.slice(0, maxLoops - found.length)) {
      // Describing many long loops takes time too: the time limit covers it.
      if (found.length % 256 === 255 && performance.now() - started > timeLimitMs) {
        outOfTime = true;
        break;
      }
      found.push(describe(circuit.map((i) => ids[i]!)));
    }
    if (result.truncated || outOfTime) {
      truncated = true;
      break;
    }
  }
  return { loops: numberLoops(found), truncated };
}
