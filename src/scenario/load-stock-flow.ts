/**
 * Loading a model to simulate: a stock-and-flow model as it is, a causal map compiled by MARVEL
 * (so scenarios, sensitivity and calibration work on both alike).
 */
import { loadModel } from "../io/load-model.js";
import { compileCausalMap } from "../marvel/compile-causal-map.js";
import type { Model } from "../model/types.js";

/** Read a model file and return a stock-and-flow model. */
export async function loadStockFlow(path: string): Promise<Model> {
  const model = await loadModel(path);
  return model.kind === "causal-map" ? compileCausalMap(model) : model;
}
