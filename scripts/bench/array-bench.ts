/**
 * Arrays benchmark: the chain model with one arrayed stock of N elements against the same model
 * written as N scalar stocks (`chain-model.ts`), both compiled once and run interleaved.
 */
import { compileModel } from "../../src/compile/compile-model.js";
import type { Model, Variable } from "../../src/model/types.js";
import { simulate } from "../../src/simulate/simulate.js";
import { CHAIN_SPECS, chainModel } from "./chain-model.js";
import { compareMs, round3 } from "./measure.js";

/** The chain as arrays: stock s[link], outflow f[link], inflow into each from the one before. */
export function arrayedChainModel(n: number): Model {
  const elements = Array.from({ length: n }, (_, i) => `_${i + 1}`);
  const into: Record<string, string> = { _1: "10" };
  for (let i = 1; i < n; i++) into[`_${i + 1}`] = `f[_${i}]`;
  return {
    kind: "stock-flow",
    specs: { ...CHAIN_SPECS, method: "euler" },
    dimensions: [{ id: "link", elements }],
    variables: [
      {
        kind: "stock",
        id: "s",
        dims: ["link"],
        initial: "0",
        inflows: ["inflow"],
        outflows: ["f"],
      },
      { kind: "flow", id: "inflow", dims: ["link"], equation: "0", elements: into },
      {
        kind: "flow",
        id: "f",
        dims: ["link"],
        equation: "s[link] / divisor[link] * (1 / (1 + s[link] / 100))",
      },
      {
        kind: "constant",
        id: "divisor",
        dims: ["link"],
        value: 1,
        values: elements.map((_, i) => 1 + (i % 7)),
      },
    ],
  };
}

/** The same model as {@link arrayedChainModel}, written by hand as N scalar stocks. */
export function scalarChainModel(n: number): Model {
  const variables: Variable[] = [];
  for (let i = 1; i <= n; i++) {
    variables.push(
      { kind: "stock", id: `s_${i}`, initial: "0", inflows: [`inflow_${i}`], outflows: [`f_${i}`] },
      { kind: "flow", id: `inflow_${i}`, equation: i === 1 ? "10" : `f_${i - 1}` },
      { kind: "flow", id: `f_${i}`, equation: `s_${i} / divisor_${i} * (1 / (1 + s_${i} / 100))` },
      { kind: "constant", id: `divisor_${i}`, value: 1 + ((i - 1) % 7) },
    );
  }
  return { kind: "stock-flow", specs: { ...CHAIN_SPECS, method: "euler" }, variables };
}

export function benchArrays(n = 1000): Record<string, unknown>[] {
  const arrayed = compileModel(arrayedChainModel(n));
  const scalar = compileModel(scalarChainModel(n));
  const a = simulate(arrayed).final(`s[_${n}]`);
  const b = simulate(scalar).final(`s_${n}`);
  const c = simulate(compileModel(chainModel(n))).final(`stock_${n - 1}`);
  if (Math.abs(a - c) > 1e-9 * Math.max(1, Math.abs(c))) {
    throw new Error(`array-chain-${n}: arrayed ${a} differs from the benchmark chain ${c}`);
  }
  if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) {
    throw new Error(`array-chain-${n}: arrayed ${a} differs from scalar ${b}`);
  }
  const timing = compareMs(
    () => simulate(arrayed),
    () => simulate(scalar),
    9,
    3,
  );
  return [
    {
      name: `array-chain-${n}`,
      arrayed_ms: round3(timing.a),
      scalar_ms: round3(timing.b),
      ratio: round3(timing.ratio),
    },
  ];
}
