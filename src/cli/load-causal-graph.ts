import { causalGraph } from "../analysis/graph/causal-graph.js";
import type { CausalGraph } from "../analysis/graph/causal-graph-types.js";
import { UsageError } from "../diagnostics/errors.js";
import { runModel } from "../simulate/simulate.js";
import { printWarnings } from "./cli-session.js";
import { loadCliModel } from "./load-cli-model.js";

/**
 * The causal graph of the model in `file` for the analysis commands; with `settle`, a
 * stock-and-flow model is run first and its undecided link polarities settled over the run.
 */
export async function loadCausalGraph(file: string, settle = false): Promise<CausalGraph> {
  const model = await loadCliModel(file);
  if (!settle) return causalGraph(model);
  if (model.kind !== "stock-flow") {
    throw new UsageError(
      `--settle: ${file} is a causal map; its polarities are declared, not derived`,
    );
  }
  const run = runModel(model);
  printWarnings(run.warnings);
  return causalGraph(model, { run });
}
