/**
 * The structural table of a causal graph: per node its in- and out-degree, Vester's active sum
 * (AS: the summed strengths of its outgoing links, how strongly it drives the system) and passive
 * sum (PS: the summed strengths of its incoming links, how strongly it is driven), their product
 * P = AS·PS (how involved it is) and quotient Q = AS/PS (how much it drives rather than follows),
 * its role, its betweenness, and the number of loops it sits in.
 *
 * Source: F. Vester, *Die Kunst vernetzt zu denken* (1999; *The Art of Interconnected Thinking*,
 * 2007), the "Papiercomputer" influence matrix and the role grid. Roles compare AS and PS with their
 * means over all nodes: above-mean AS only → active (a lever), above-mean PS only → reactive (an
 * indicator), both → critical (a lever with side effects), neither → buffering. Strengths use the
 * MARVEL class values of `link-classes.ts` (1 for a link without a class, so a plain map counts
 * links). Betweenness: Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 25(2), 2001, via graphology-metrics, normalised, over directed paths.
 */
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { expectGraph, expectOptions } from "../../diagnostics/check-argument.js";
import type { CausalGraph } from "../graph/causal-graph-types.js";
import { LINK_CLASS_DEFAULTS, type LinkClassValues, linkStrength } from "../link-classes.js";
import type { Loop } from "../loops/loop.js";

/** Vester's four roles of a factor. */
export type VesterRole = "active" | "reactive" | "critical" | "buffering";

/** One row of the structural table. */
export interface StructuralRow {
  readonly id: string;
  readonly label: string;
  readonly inDegree: number;
  readonly outDegree: number;
  /** Vester's active sum AS. */
  readonly activeSum: number;
  /** Vester's passive sum PS. */
  readonly passiveSum: number;
  /** P = AS · PS. */
  readonly product: number;
  /** Q = AS / PS (Infinity when PS is 0 and AS is not; NaN when both are 0). */
  readonly quotient: number;
  readonly role: VesterRole;
  /** Normalised betweenness centrality. */
  readonly betweenness: number;
  /** Number of the given loops the node sits in. */
  readonly loops: number;
}

/** Options of {@link structuralTable}. */
export interface StructuralTableOptions {
  /** The loops to count per node (from `findLoops`); without them every count is 0. */
  readonly loops?: readonly Loop[];
  readonly classValues?: LinkClassValues;
}

const round = (x: number): number => Math.round(x * 1e9) / 1e9;

/** The structural table of `graph`, one row per node in the graph's node order. */
export function structuralTable(
  graph: CausalGraph,
  options: StructuralTableOptions = {},
): StructuralRow[] {
  expectGraph("structuralTable", "graph", graph);
  expectOptions("structuralTable", options, { loops: "array", classValues: "object" });
  const values = options.classValues ?? LINK_CLASS_DEFAULTS;
  const active = new Map<string, number>();
  const passive = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = linkStrength(attributes, values);
    active.set(source, (active.get(source) ?? 0) + weight);
    passive.set(target, (passive.get(target) ?? 0) + weight);
  });
  const loopCount = new Map<string, number>();
  for (const loop of options.loops ?? []) {
    for (const v of loop.variables) loopCount.set(v, (loopCount.get(v) ?? 0) + 1);
  }
  const betweenness = graph.order > 0 ? betweennessCentrality(graph) : {};
  const ids = graph.nodes();
  const meanActive = ids.reduce((s, id) => s + (active.get(id) ?? 0), 0) / Math.max(1, ids.length);
  const meanPassive =
    ids.reduce((s, id) => s + (passive.get(id) ?? 0), 0) / Math.max(1, ids.length);
  return ids.map((id) => {
    const as = round(active.get(id) ?? 0);
    const ps = round(passive.get(id) ?? 0);
    const high = [as > meanActive + 1e-12, ps > meanPassive + 1e-12] as const;
    const role: VesterRole = high[0]
      ? high[1]
        ? "critical"
        : "active"
      : high[1]
        ? "reactive"
        : "buffering";
    return {
      id,
      label: graph.getNodeAttribute(id, "label"),
      inDegree: graph.inDegree(id),
      outDegree: graph.outDegree(id),
      activeSum: as,
      passiveSum: ps,
      product: round(as * ps),
      quotient: as / ps,
      role,
      betweenness: round(betweenness[id] ?? 0),
      loops: loopCount.get(id) ?? 0,
    };
  });
}
