/**
 * Pictures of whole models, for the CLI and scripts: the causal-loop diagram of any model (its
 * causal graph and loops from the analysis layer) and, for stock-and-flow models, the
 * stock-and-flow diagram.
 */
import { causalGraph } from "../analysis/graph/causal-graph.js";
import { findLoops } from "../analysis/loops/find-loops.js";
import type { Loop } from "../analysis/loops/loop.js";
import { expectModel, expectOptions } from "../diagnostics/check-argument.js";
import { ModelError, UsageError } from "../diagnostics/errors.js";
import type { AnyModel, Model } from "../model/types.js";
import {
  CLD_OPTION_FIELDS,
  type CldOptions,
  causalLoopDiagram,
} from "./cld/causal-loop-diagram.js";
import { type CldEdge, type CldInput, cldFromGraph } from "./cld/cld-input.js";
import { modelLinks } from "./stock-flow/model-links.js";
import { type StockFlowOptions, stockFlowDiagram } from "./stock-flow/stock-flow-diagram.js";
import type { Svg } from "./svg/svg.js";

/** Limits of the loop search behind a diagram, so that a dense map never hangs a picture. */
export const MODEL_LOOP_LIMITS = { maxLoops: 500, timeLimitMs: 2_000 } as const;

/**
 * The feedback loops of a model, shortest first (within {@link MODEL_LOOP_LIMITS}); undefined
 * for a stock-and-flow model whose causal graph cannot be derived.
 */
export function modelLoops(model: AnyModel): readonly Loop[] | undefined {
  expectModel("modelLoops", "model", model, ["stock-flow", "causal-map"]);
  try {
    return findLoops(causalGraph(model), MODEL_LOOP_LIMITS).loops;
  } catch (error) {
    if (!(error instanceof ModelError) || model.kind !== "stock-flow") throw error;
    return undefined;
  }
}

/**
 * The diagram input of a stock-and-flow model whose causal graph cannot be derived (equations
 * the analysis cannot read, such as arrays): the links its equations visibly make and the
 * flow-to-stock links, with unknown polarity where the equation was not analysed, and no loops.
 */
function structuralInput(model: Model): CldInput {
  const nodes = model.variables
    .filter((v) => v.kind !== "lookup")
    .map((v) => ({ id: v.id, label: v.name ?? v.id, ...(v.labels ? { labels: v.labels } : {}) }));
  const edges: CldEdge[] = modelLinks(model)
    .filter((l) => l.kind === "equation")
    .map((l) => ({ from: l.from, to: l.to, polarity: "?" }));
  for (const v of model.variables) {
    if (v.kind !== "stock") continue;
    for (const f of v.inflows) edges.push({ from: f, to: v.id, polarity: "+" });
    for (const f of v.outflows) edges.push({ from: f, to: v.id, polarity: "-" });
  }
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to)), loops: [] };
}

/** The causal-loop diagram input of a model, with its loops. */
function cldInputOf(model: AnyModel): { input: CldInput; analysed: boolean } {
  try {
    const graph = causalGraph(model);
    const { loops } = findLoops(graph, MODEL_LOOP_LIMITS);
    const cldLoops = loops.map((l) => ({
      id: l.id,
      polarity: l.polarity === "?" ? "U" : l.polarity,
      variables: l.variables,
    }));
    return { input: cldFromGraph(graph, cldLoops), analysed: true };
  } catch (error) {
    if (!(error instanceof ModelError) || model.kind !== "stock-flow") throw error;
    return { input: structuralInput(model), analysed: false };
  }
}

/**
 * The causal-loop diagram of a causal map or of a stock-and-flow model's causal graph. When the
 * analysis cannot derive a stock-and-flow model's graph, the diagram shows the links its
 * equations make with unknown polarity and no loops, and its description says so.
 */
export function modelCld(model: AnyModel, options: CldOptions = {}): Svg {
  expectModel("modelCld", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("modelCld", options, CLD_OPTION_FIELDS);
  const { input, analysed } = cldInputOf(model);
  const title =
    options.title ?? (options.lang ? model.labels?.[options.lang] : undefined) ?? model.name;
  const desc = analysed
    ? {}
    : { desc: "Causal links read from the equations; polarities and loops were not analysed." };
  return causalLoopDiagram(input, {
    ...desc,
    ...options,
    ...(title === undefined ? {} : { title }),
  });
}

/** The stock-and-flow diagram of a model; a causal map has none (UsageError). */
export function modelStockFlow(model: AnyModel, options: StockFlowOptions = {}): Svg {
  expectModel("modelStockFlow", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("modelStockFlow", options, {
    title: "string",
    desc: "string",
    lang: ["nl", "en"],
    seed: "number",
    constants: ["auto", "show", "hide"],
    idPrefix: "string",
  });
  if (model.kind !== "stock-flow") {
    throw new UsageError("diagram: a causal map has no stock-and-flow diagram; use --kind cld");
  }
  return stockFlowDiagram(model, options);
}
