/**
 * The causal graph of a stock-and-flow model. Every stock, flow, auxiliary and constant is a node
 * (lookups are not: a variable that reads one gets the lookup's direction in its link polarity).
 * A link runs from each variable an equation reads to the variable it defines, with the polarity
 * derived from the equation (`polarity/expr-monotonicity.ts`, read through the variable's own
 * graphical function when it has one), and from each flow to its stock: `+` for an inflow, `-` for
 * an outflow, marked `flowToStock`.
 *
 * Initial-value equations of stocks are not links: they set where the stock starts, not how it
 * changes, so they close no feedback loop (Sterman, *Business Dynamics*, 2000, ch. 6).
 */
import { DirectedGraph } from "graphology";
import { expectModel, expectOptions } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import { equationScope } from "../../expr/equation-scope.js";
import { parseEquation } from "../../expr/parse-equation.js";
import { references } from "../../expr/references.js";
import type { GraphicalFunction, Model } from "../../model/types.js";
import {
  exprEffect,
  graphicalEffect,
  type PolarityOptions,
} from "../polarity/expr-monotonicity.js";
import { signOfNumber } from "../polarity/sign-algebra.js";
import {
  type CausalEdgeAttributes,
  type CausalGraph,
  type CausalNodeAttributes,
  edgeKey,
  nodeKey,
} from "./causal-graph-types.js";

/** Options of {@link stockFlowGraph}. */
export interface StockFlowGraphOptions {
  /** Treat variables as positive quantities in the polarity rules (default true). */
  readonly assumePositive?: boolean;
}

/** The causal graph of a stock-and-flow model; throws a {@link ModelError} for equations that do not parse. */
export function stockFlowGraph(model: Model, options: StockFlowGraphOptions = {}): CausalGraph {
  expectModel("stockFlowGraph", "model", model, ["stock-flow"]);
  expectOptions("stockFlowGraph", options);
  const graph: CausalGraph = new DirectedGraph<CausalNodeAttributes, CausalEdgeAttributes>();
  const scope = equationScope(model.variables);
  const tables = new Map<string, GraphicalFunction>();
  const constants = new Map<string, number>();
  for (const v of model.variables) {
    if (v.kind === "lookup") {
      tables.set(v.id, v.gf);
      continue;
    }
    if (v.kind === "constant") constants.set(v.id, v.value);
    graph.addNode(nodeKey(v.id), {
      kind: v.kind,
      label: v.name ?? v.id,
      ...(v.labels ? { labels: v.labels } : {}),
      ...(v.units ? { units: v.units } : {}),
    });
  }
  const polarity: PolarityOptions = {
    assumePositive: options.assumePositive ?? true,
    signOf: (id) => (constants.has(id) ? signOfNumber(constants.get(id)!) : undefined),
    graphicalFunction: (id) => tables.get(id),
  };
  const problems: Diagnostic[] = [];
  const link = (fromId: string, toId: string, attributes: CausalEdgeAttributes): void => {
    const [from, to] = [nodeKey(fromId), nodeKey(toId)];
    if (graph.hasNode(from) && !graph.hasDirectedEdge(from, to)) {
      graph.addDirectedEdgeWithKey(edgeKey(from, to), from, to, attributes);
    }
  };
  for (const v of model.variables) {
    switch (v.kind) {
      case "stock":
        for (const f of v.inflows)
          link(f, v.id, { polarity: "+", flowToStock: true, derived: "equation" });
        for (const f of v.outflows)
          link(f, v.id, { polarity: "-", flowToStock: true, derived: "equation" });
        break;
      case "flow":
      case "aux": {
        const { expr, diagnostics } = parseEquation(v.equation, scope);
        problems.push(
          ...diagnostics.map((d) => ({ ...d, variable: v.id, file: d.file ?? model.source })),
        );
        if (!expr) break;
        // references() names lookup tables too; they are not nodes, so link() skips them.
        for (const input of references(expr)) {
          const effect = exprEffect(expr, input, polarity);
          const mono = v.gf ? graphicalEffect(v.gf, effect).mono : effect.mono;
          link(input, v.id, { polarity: mono === "0" ? "?" : mono, derived: "equation" });
        }
        break;
      }
      case "constant":
      case "lookup":
        break;
    }
  }
  if (problems.some((d) => d.severity === "error")) {
    throw new ModelError(
      problems,
      `cannot derive the causal graph${model.source ? ` of ${model.source}` : ""}`,
    );
  }
  return graph;
}
