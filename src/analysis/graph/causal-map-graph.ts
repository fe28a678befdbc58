/**
 * The causal graph of a causal map: one node per factor and one edge per declared link, with the
 * link's polarity, strength, speed and delay as edge attributes.
 */
import { DirectedGraph } from "graphology";
import { expectModel } from "../../diagnostics/check-argument.js";
import { ModelError } from "../../diagnostics/errors.js";
import type { CausalMap } from "../../model/types.js";
import { checkCausalMap } from "../causal-map/check-causal-map.js";
import {
  type CausalEdgeAttributes,
  type CausalGraph,
  type CausalNodeAttributes,
  edgeKey,
  nodeKey,
} from "./causal-graph-types.js";

/** The graph of a causal map; throws a {@link ModelError} when the map has errors. */
export function causalMapGraph(map: CausalMap): CausalGraph {
  expectModel("causalMapGraph", "map", map, ["causal-map"]);
  const errors = checkCausalMap(map).filter((d) => d.severity === "error");
  if (errors.length > 0)
    throw new ModelError(errors, `invalid causal map${map.source ? ` ${map.source}` : ""}`);
  const graph: CausalGraph = new DirectedGraph<CausalNodeAttributes, CausalEdgeAttributes>();
  for (const f of map.factors) {
    graph.addNode(nodeKey(f.id), {
      kind: "factor",
      label: f.name ?? f.id,
      ...(f.labels ? { labels: f.labels } : {}),
      ...(f.group ? { group: f.group } : {}),
      ...(f.actors ? { actors: f.actors } : {}),
      ...(f.units ? { units: f.units } : {}),
    });
  }
  for (const l of map.links) {
    const [from, to] = [nodeKey(l.from), nodeKey(l.to)];
    graph.addDirectedEdgeWithKey(edgeKey(from, to), from, to, {
      polarity: l.polarity,
      derived: "declared",
      ...(l.strength ? { strength: l.strength } : {}),
      ...(l.speed ? { speed: l.speed } : {}),
      ...(l.delay !== undefined ? { delay: l.delay } : {}),
    });
  }
  return graph;
}
