/**
 * Causes and uses trees (as in Vensim's tree diagrams): what drives a node, and what it drives,
 * branch by branch to a given depth. A branch that comes back to a node already on it stops there
 * and is marked `loop`, so trees stay finite on graphs full of feedback.
 */

import {
  expectGraph,
  expectNumeric,
  expectOneOf,
  expectString,
} from "../../diagnostics/check-argument.js";
import type { Polarity } from "../../model/types.js";
import type { CausalGraph } from "../graph/causal-graph-types.js";
import { edgeKey } from "../graph/causal-graph-types.js";

/** One node of a causes or uses tree. */
export interface CausalTree {
  readonly id: string;
  readonly label: string;
  /** Polarity of the link between this node and its parent (absent at the root). */
  readonly polarity?: Polarity;
  /** True when the node already occurs higher up this branch: the branch closes a loop. */
  readonly loop?: true;
  readonly children: readonly CausalTree[];
}

/** Which way the tree grows: `causes` follows links backwards, `uses` forwards. */
export type TreeDirection = "causes" | "uses";

/** The causes or uses tree of node `id` to `depth` levels (default 2). */
export function causalTree(
  graph: CausalGraph,
  id: string,
  direction: TreeDirection,
  depth = 2,
): CausalTree {
  expectGraph("causalTree", "graph", graph);
  expectString("causalTree", "id", id);
  expectOneOf("causalTree", "direction", direction, ["causes", "uses"]);
  expectNumeric("causalTree", "depth", depth);
  const grow = (
    node: string,
    level: number,
    branch: ReadonlySet<string>,
    polarity?: Polarity,
  ): CausalTree => {
    const base = {
      id: node,
      label: graph.getNodeAttribute(node, "label"),
      ...(polarity ? { polarity } : {}),
    };
    if (branch.has(node)) return { ...base, loop: true, children: [] };
    if (level === depth) return { ...base, children: [] };
    const next = new Set(branch).add(node);
    const neighbours = direction === "causes" ? graph.inNeighbors(node) : graph.outNeighbors(node);
    const children = [...neighbours].sort().map((other) => {
      const key = direction === "causes" ? edgeKey(other, node) : edgeKey(node, other);
      return grow(other, level + 1, next, graph.getEdgeAttribute(key, "polarity"));
    });
    return { ...base, children };
  };
  return grow(id, 0, new Set());
}
