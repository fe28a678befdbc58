/**
 * Questions about the loops of one factor: which loops run through it, and which is the shortest
 * (by breadth-first search back to the factor, so it needs no full loop enumeration).
 */

import {
  expectArray,
  expectGraph,
  expectOptions,
  expectString,
} from "../../diagnostics/check-argument.js";
import type { CausalGraph } from "../graph/causal-graph-types.js";
import type { LinkClassValues } from "../link-classes.js";
import { describeLoop, type Loop, type UnnumberedLoop } from "./loop.js";

/** The loops that pass through node `id`, in their given order. */
export function loopsThrough(loops: readonly Loop[], id: string): Loop[] {
  expectArray("loopsThrough", "loops", loops);
  expectString("loopsThrough", "id", id);
  return loops.filter((loop) => loop.variables.includes(id));
}

/**
 * The shortest loop through node `id` (fewest links; among equals, the first by sorted neighbour
 * ids), or undefined when no loop passes through it.
 */
export function shortestLoopThrough(
  graph: CausalGraph,
  id: string,
  values?: LinkClassValues,
): UnnumberedLoop | undefined {
  expectGraph("shortestLoopThrough", "graph", graph);
  expectString("shortestLoopThrough", "id", id);
  expectOptions(
    "shortestLoopThrough",
    values,
    {
      strength: "object",
      unclassifiedStrength: "number",
      speedDelay: "object",
      unclassifiedDelay: "number",
    },
    "values",
  );
  const parent = new Map<string, string>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of [...graph.outNeighbors(v)].sort()) {
        if (w === id) {
          const cycle = [v];
          while (cycle[0] !== id) cycle.unshift(parent.get(cycle[0]!)!);
          return describeLoop(graph, cycle, values);
        }
        if (!parent.has(w)) {
          parent.set(w, v);
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return undefined;
}
