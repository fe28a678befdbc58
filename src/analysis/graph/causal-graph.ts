/**
 * `causalGraph(model)`: the one graph every structural analysis works on, whatever the model is.
 * A causal map gives its declared links; a stock-and-flow model gives the links its equations
 * imply, with polarity derived from the equations (see `stock-flow-graph.ts`), optionally settled
 * from a run where the equations leave it open.
 */
import { expectModel, expectOptions } from "../../diagnostics/check-argument.js";
import type { AnyModel } from "../../model/types.js";
import type { Run } from "../../simulate/run.js";
import { type SettlePolarityOptions, settlePolarity } from "../polarity/settle-polarity.js";
import type { CausalGraph } from "./causal-graph-types.js";
import { causalMapGraph } from "./causal-map-graph.js";
import { type StockFlowGraphOptions, stockFlowGraph } from "./stock-flow-graph.js";

/** Options of {@link causalGraph}. */
export interface CausalGraphOptions extends StockFlowGraphOptions, SettlePolarityOptions {
  /** A run of the model: `?` links are settled from its data (stock-and-flow models only). */
  readonly run?: Run;
}

/**
 * The causal graph of a causal map or a stock-and-flow model: a graphology `DirectedGraph` with
 * node attributes (kind, label, labels, group, actors, units) and edge attributes (polarity,
 * strength, speed, delay, flowToStock, derived). Edge keys are `from->to`.
 *
 * @example
 * const graph = causalGraph(map);
 * graph.getEdgeAttribute("victims->signals", "polarity"); // "+"
 */
export function causalGraph(model: AnyModel, options: CausalGraphOptions = {}): CausalGraph {
  expectModel("causalGraph", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("causalGraph", options);
  switch (model.kind) {
    case "causal-map":
      return causalMapGraph(model);
    case "stock-flow": {
      const graph = stockFlowGraph(model, options);
      return options.run ? settlePolarity(graph, options.run, { ...options, model }) : graph;
    }
  }
}
