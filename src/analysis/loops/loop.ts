/**
 * Feedback loops: the cycle of variables, its polarity, stable id and readable name. Ids are
 * `R1`, `R2`, … for reinforcing, `B1`, … for balancing and `U1`, … for undetermined loops, numbered
 * by length, then by the ids of their variables (each loop starting at its least id), so that the
 * same graph always gives the same ids whatever order its nodes were added in.
 */

import { type CausalGraph, edgeKey } from "../graph/causal-graph-types.js";
import type { LinkClassValues } from "../link-classes.js";
import { linkDelay } from "../link-classes.js";
import { type LoopPolarity, loopPolarity } from "./loop-polarity.js";

/** A feedback loop of a causal graph. */
export interface Loop {
  /** `R1`, `B3`, `U2`, … */
  readonly id: string;
  readonly polarity: LoopPolarity;
  /** Number of links (= number of variables). */
  readonly length: number;
  /** Node ids along the loop, starting at the least id; the last links back to the first. */
  readonly variables: readonly string[];
  /** A readable name from the key factors of the loop. */
  readonly name: string;
  /** Sum of the link delays around the loop (explicit delay, else the speed class's delay). */
  readonly delay: number;
}

/** A loop before it is numbered. */
export type UnnumberedLoop = Omit<Loop, "id">;

/** Rotate a cycle so that it starts at its least id (direction kept). */
export function canonicalRotation(variables: readonly string[]): string[] {
  let start = 0;
  variables.forEach((v, i) => {
    if (v < variables[start]!) start = i;
  });
  return [...variables.slice(start), ...variables.slice(0, start)];
}

/**
 * A readable name: all labels for loops of up to four variables, else the three variables with
 * the most links in the whole graph (the hubs the loop runs through), in loop order.
 */
export function loopName(graph: CausalGraph, variables: readonly string[]): string {
  const label = (id: string): string => graph.getNodeAttribute(id, "label") ?? id;
  if (variables.length <= 4) return variables.map(label).join(" → ");
  const key = new Set(
    [...variables]
      .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
      .slice(0, 3),
  );
  return variables
    .filter((v) => key.has(v))
    .map(label)
    .join(" → … → ");
}

/** Describe a cycle of node ids of `graph` (links must exist) as an unnumbered loop. */
export function describeLoop(
  graph: CausalGraph,
  cycle: readonly string[],
  values?: LinkClassValues,
): UnnumberedLoop {
  const variables = canonicalRotation(cycle);
  const links = variables.map((from, i) =>
    graph.getEdgeAttributes(edgeKey(from, variables[(i + 1) % variables.length]!)),
  );
  return {
    polarity: loopPolarity(links.map((l) => l.polarity)),
    length: variables.length,
    variables,
    name: loopName(graph, variables),
    delay: links.reduce((sum, l) => sum + linkDelay(l, values), 0),
  };
}

function compareLoops(a: UnnumberedLoop, b: UnnumberedLoop): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const x = a.variables[i]!;
    const y = b.variables[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const PREFIX: Readonly<Record<LoopPolarity, string>> = { R: "R", B: "B", "?": "U" };

/** Sort loops by length, then variable ids, and number them per polarity. */
export function numberLoops(loops: readonly UnnumberedLoop[]): Loop[] {
  const counts: Record<LoopPolarity, number> = { R: 0, B: 0, "?": 0 };
  return [...loops].sort(compareLoops).map((loop) => ({
    id: `${PREFIX[loop.polarity]}${++counts[loop.polarity]}`,
    ...loop,
  }));
}
