/**
 * Pictures of whole models, for the CLI and scripts: the causal-loop diagram of any model (its
 * causal graph and loops from the analysis layer) and, for stock-and-flow models, the
 * stock-and-flow diagram.
 */
import { causalGraph } from "../analysis/graph/causal-graph.js";
import { findLoops } from "../analysis/loops/find-loops.js";
import type { Loop } from "../analysis/loops/loop.js";
import { UsageError } from "../diagnostics/errors.js";
import type { AnyModel } from "../model/types.js";
import { type CldOptions, causalLoopDiagram } from "./cld/causal-loop-diagram.js";
import { cldFromGraph } from "./cld/cld-input.js";
import { type StockFlowOptions, stockFlowDiagram } from "./stock-flow/stock-flow-diagram.js";
import type { Svg } from "./svg/svg.js";

/** Limits of the loop search behind a diagram, so that a dense map never hangs a picture. */
export const MODEL_LOOP_LIMITS = { maxLoops: 500, timeLimitMs: 2_000 } as const;

/** The feedback loops of a model, shortest first (within {@link MODEL_LOOP_LIMITS}). */
export function modelLoops(model: AnyModel): readonly Loop[] {
  return findLoops(causalGraph(model), MODEL_LOOP_LIMITS).loops;
}

/** The causal-loop diagram of a causal map or of a stock-and-flow model's causal graph. */
export function modelCld(model: AnyModel, options: CldOptions = {}): Svg {
  const graph = causalGraph(model);
  const { loops } = findLoops(graph, MODEL_LOOP_LIMITS);
  const input = cldFromGraph(
    graph,
    loops.map((l) => ({
      id: l.id,
      polarity: l.polarity === "?" ? "U" : l.polarity,
      variables: l.variables,
    })),
  );
  const title =
    options.title ?? (options.lang ? model.labels?.[options.lang] : undefined) ?? model.name;
  return causalLoopDiagram(input, { ...options, ...(title === undefined ? {} : { title }) });
}

/** The stock-and-flow diagram of a model; a causal map has none (UsageError). */
export function modelStockFlow(model: AnyModel, options: StockFlowOptions = {}): Svg {
  if (model.kind !== "stock-flow") {
    throw new UsageError("diagram: a causal map has no stock-and-flow diagram; use --kind cld");
  }
  return stockFlowDiagram(model, options);
}
