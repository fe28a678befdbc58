/** Engine benchmark: stockflow against the hand-written loop on the chain model, same process. */
import { compileModel } from "../../src/compile/compile-model.js";
import { simulate } from "../../src/simulate/simulate.js";
import { chainByHand, chainModel } from "./chain-model.js";
import { compareMs, medianMs, round3 } from "./measure.js";

export interface EngineCase {
  name: string;
  stockflow_ms: number;
  handwritten_ms: number;
  ratio: number;
  compile_ms: number;
}

export function benchEngine(sizes: readonly number[] = [10, 100, 1000]): EngineCase[] {
  return sizes.map((n) => {
    const model = chainModel(n);
    const compile_ms = medianMs(() => compileModel(model), 5, 1);
    const compiled = compileModel(model);
    // Check that both compute the same numbers before timing them.
    const run = simulate(compiled);
    const hand = chainByHand(n);
    const last = run.final(`stock_${n - 1}`);
    const handLast = hand[2 + n - 1]!.at(-1)!;
    if (Math.abs(last - handLast) > 1e-9 * Math.max(1, Math.abs(handLast))) {
      throw new Error(
        `chain-${n}: stockflow ${last} differs from the hand-written loop ${handLast}`,
      );
    }
    const repeats = n >= 1000 ? 9 : 21;
    // Small models run in microseconds: warm them up long enough for V8 to optimise both sides.
    const warmup = n >= 1000 ? 3 : n >= 100 ? 20 : 200;
    const timing = compareMs(
      () => simulate(compiled),
      () => chainByHand(n),
      repeats,
      warmup,
    );
    return {
      name: `chain-${n}`,
      stockflow_ms: round3(timing.a),
      handwritten_ms: round3(timing.b),
      ratio: round3(timing.ratio),
      compile_ms: round3(compile_ms),
    };
  });
}
