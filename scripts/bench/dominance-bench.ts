/**
 * Loop-dominance benchmark: the cost of `loopDominance` (compile, loops, instrumented run) over a
 * plain `runModel` (compile and run) of the same model, interleaved in one process.
 */
import { loopDominance, prepareDominance } from "../../src/analysis/dominance/loop-dominance.js";
import { compileModel } from "../../src/compile/compile-model.js";
import type { Model } from "../../src/model/types.js";
import { runModel, simulate } from "../../src/simulate/simulate.js";
import { chainModel } from "./chain-model.js";
import { compareMs, round3 } from "./measure.js";

function logistic(): Model {
  return {
    kind: "stock-flow",
    specs: { start: 0, stop: 100, dt: 0.25 },
    variables: [
      { kind: "stock", id: "population", initial: "5", inflows: ["net_birth_rate"], outflows: [] },
      { kind: "flow", id: "net_birth_rate", equation: "fractional_growth_rate * population" },
      { kind: "aux", id: "fractional_growth_rate", equation: "0.12 * (1 - population / 1000)" },
    ],
  };
}

/** The chain model with feedback: the inflow rises with the last stock, closing one long loop. */
function chainWithFeedback(n: number): Model {
  const chain = chainModel(n);
  return {
    ...chain,
    variables: chain.variables.map((v) =>
      v.id === "inflow" && v.kind === "flow" ? { ...v, equation: `10 + 0.01 * stock_${n - 1}` } : v,
    ),
  };
}

export function benchDominance(): Record<string, unknown>[] {
  const cases: [string, Model][] = [
    ["dominance-logistic", logistic()],
    ["dominance-chain-feedback-100", chainWithFeedback(100)],
    // Saving every 16th step, as most models do: scores are computed at saved steps only.
    [
      "dominance-chain-feedback-100-saveper-1",
      { ...chainWithFeedback(100), specs: { ...chainWithFeedback(100).specs, saveper: 1 } },
    ],
  ];
  return cases.map(([name, model]) => {
    // Whole: compile, graph, loops and the instrumented run, against compiling and running.
    const whole = compareMs(
      () => loopDominance(model),
      () => runModel(model),
      7,
      2,
    );
    // Per run: a prepared model's instrumented run against a compiled model's plain run.
    const prepared = prepareDominance(model);
    const compiled = compileModel(model);
    const run = compareMs(
      () => loopDominance(prepared),
      () => simulate(compiled),
      9,
      3,
    );
    return {
      name,
      dominance_ms: round3(whole.a),
      plain_run_ms: round3(whole.b),
      overhead: round3(whole.ratio),
      run_overhead: round3(run.ratio),
      loops: prepared.enumerated.loops.length,
    };
  });
}
