/**
 * Feedback loops: the cycle of variables, its polarity, stable id and readable name. Ids are
 * `R1`, `R2`, … for reinforcing, `B1`, … for balancing and `U1`, … for undetermined loops, numbered
 * by length, then by the ids of their variables (each loop starting at its least id), so that the
 * same graph always gives the same ids whatever order its nodes were added in.
 */

import type { CausalEdgeAttributes, CausalGraph } from "../graph/causal-graph-types.js";
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

/** Turns cycles of node ids into described loops; lookups are prepared once per graph. */
export type LoopDescriber = (cycle: readonly string[]) => UnnumberedLoop;

/**
 * A describer for cycles of `graph` (links must exist). Names: all labels for loops of up to four
 * variables, else the three variables with the most links in the whole graph (the hubs the loop
 * runs through), in loop order.
 */
export function loopDescriber(graph: CausalGraph, values?: LinkClassValues): LoopDescriber {
  const degree = new Map<string, number>();
  const label = new Map<string, string>();
  graph.forEachNode((id, attributes) => {
    degree.set(id, graph.degree(id));
    label.set(id, attributes.label ?? id);
  });
  const out = new Map<string, Map<string, CausalEdgeAttributes>>();
  graph.forEachEdge((_key, attributes, source, target) => {
    if (!out.has(source)) out.set(source, new Map());
    out.get(source)!.set(target, attributes);
  });
  const name = (variables: readonly string[]): string => {
    if (variables.length <= 4) return variables.map((v) => label.get(v)!).join(" → ");
    // The three highest-degree variables (ties: smaller id), by one pass instead of a sort.
    const top: string[] = [];
    const before = (a: string, b: string) => degree.get(a)! - degree.get(b)! || (a < b ? 1 : -1);
    for (const v of variables) {
      let i = top.length;
      while (i > 0 && before(v, top[i - 1]!) > 0) i--;
      if (i < 3) top.splice(i, 0, v);
      if (top.length > 3) top.pop();
    }
    const key = new Set(top);
    return variables
      .filter((v) => key.has(v))
      .map((v) => label.get(v)!)
      .join(" → … → ");
  };
  return (cycle) => {
    const variables = canonicalRotation(cycle);
    const around = variables.map(
      (from, i) => out.get(from)!.get(variables[(i + 1) % variables.length]!)!,
    );
    return {
      polarity: loopPolarity(around.map((l) => l.polarity)),
      length: variables.length,
      variables,
      name: name(variables),
      delay: around.reduce((sum, l) => sum + linkDelay(l, values), 0),
    };
  };
}

/** Describe one cycle of node ids of `graph` as an unnumbered loop. */
export function describeLoop(
  graph: CausalGraph,
  cycle: readonly string[],
  values?: LinkClassValues,
): UnnumberedLoop {
  return loopDescriber(graph, values)(cycle);
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
