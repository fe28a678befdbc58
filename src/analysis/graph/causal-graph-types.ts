/**
 * The attributes of the causal graph: one graphology `DirectedGraph` whose nodes are factors (of a
 * causal map) or variables (of a stock-and-flow model) and whose edges are causal links.
 */
import type { DirectedGraph } from "graphology";
import { expectString } from "../../diagnostics/check-argument.js";
import type { Labels, Polarity, SpeedClass, StrengthClass } from "../../model/types.js";

/** What a node stands for. */
export type CausalNodeKind = "factor" | "stock" | "flow" | "aux" | "constant";

/** Attributes of a node. */
export interface CausalNodeAttributes {
  readonly kind: CausalNodeKind;
  /** Display name (the factor's or variable's `name`, else its id). */
  readonly label: string;
  readonly labels?: Labels;
  readonly group?: string;
  readonly actors?: readonly string[];
  readonly units?: string;
}

/** Attributes of an edge. */
export interface CausalEdgeAttributes {
  readonly polarity: Polarity;
  readonly strength?: StrengthClass;
  readonly speed?: SpeedClass;
  readonly delay?: number;
  /** The link from a flow to the stock it fills or drains. */
  readonly flowToStock?: true;
  /** `declared` on a causal map, `equation` derived from a stock-and-flow model. */
  readonly derived: "equation" | "declared";
  /**
   * Set when a `?` from the equation was settled over a run: `partial` by re-evaluating the
   * equation with only this input nudged, `correlation` from the co-movement of saved series.
   */
  readonly settled?: "partial" | "correlation";
}

/** The causal graph of a model. Edge keys are `from->to`. */
export type CausalGraph = DirectedGraph<CausalNodeAttributes, CausalEdgeAttributes>;

/**
 * The node key of an id. graphology keeps each node's neighbours in plain objects, so an id that
 * names a member of `Object.prototype` (`constructor`, `__proto__`) would find the prototype's
 * member where it looks for an edge; such an id gets a trailing `_` in the graph. Every other id
 * is its own key.
 */
export function nodeKey(id: string): string {
  return id in Object.prototype ? `${id}_` : id;
}

/** The key of the edge from `from` to `to`. */
export function edgeKey(from: string, to: string): string {
  expectString("edgeKey", "from", from);
  expectString("edgeKey", "to", to);
  return `${from}->${to}`;
}
