import { realpathSync } from "node:fs";
import type { LoadModelOptions } from "../io/load-model.js";
import type { AnyModel, Model } from "../model/types.js";
import { allowedFolders, printWarnings, recordInput } from "./cli-session.js";

/**
 * The options with which every command loads a model: data files confined to the model's
 * folder and `--allow-read` folders, warnings printed once each.
 */
export function cliLoadOptions(): LoadModelOptions {
  return { allowRead: allowedFolders(), onWarnings: printWarnings };
}

/**
 * Load a model file for a command, remembering it as an input that `-o` must not overwrite. The
 * warnings of reading are printed, or handed to `onWarnings` when it is given.
 */
export async function loadCliModel(
  file: string,
  onWarnings?: LoadModelOptions["onWarnings"],
  extra: LoadModelOptions = {},
): Promise<AnyModel> {
  // Loaded on first use, so that `stockflow --help` never pays for the readers.
  const { loadModel } = await import("../io/load-model.js");
  const model = await loadModel(file, {
    ...cliLoadOptions(),
    ...extra,
    ...(onWarnings !== undefined ? { onWarnings } : {}),
  });
  recordInput(realpathSync(file));
  return model;
}

/** Load a model file as a stock-and-flow model (a causal map compiled by MARVEL). */
export async function loadCliStockFlow(
  file: string,
  onWarnings?: LoadModelOptions["onWarnings"],
): Promise<Model> {
  const model = await loadCliModel(file, onWarnings);
  if (model.kind !== "causal-map") return model;
  const { compileCausalMap } = await import("../marvel/compile-causal-map.js");
  return compileCausalMap(model);
}
