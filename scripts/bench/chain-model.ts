/**
 * The chain benchmark model: N stocks, each draining into the next at
 * `stock_i / (1 + i mod 7) · 1 / (1 + stock_i / 100)`, an inflow of 10 into the first, the last
 * draining out; time 0..100, dt 0.0625, Euler. Also the same model written by hand over
 * Float64Arrays, saving the same columns (every stock and flow at every step), as the yardstick.
 */
import type { Model, Variable } from "../../src/model/types.js";

export const CHAIN_SPECS = { start: 0, stop: 100, dt: 0.0625 } as const;

export function chainModel(n: number): Model {
  const variables: Variable[] = [{ kind: "flow", id: "inflow", equation: "10" }];
  for (let i = 0; i < n; i++) {
    variables.push({
      kind: "stock",
      id: `stock_${i}`,
      initial: "0",
      inflows: [i === 0 ? "inflow" : `flow_${i - 1}`],
      outflows: [`flow_${i}`],
    });
    variables.push({
      kind: "flow",
      id: `flow_${i}`,
      equation: `stock_${i} / ${1 + (i % 7)} * (1 / (1 + stock_${i} / 100))`,
    });
  }
  return { kind: "stock-flow", specs: { ...CHAIN_SPECS, method: "euler" }, variables };
}

/** The chain model by hand: returns the saved columns (time, inflow, then stock and flow per i). */
export function chainByHand(n: number): Float64Array[] {
  const { start, stop, dt } = CHAIN_SPECS;
  const steps = Math.round((stop - start) / dt);
  const s = new Float64Array(n);
  const f = new Float64Array(n);
  const time = new Float64Array(steps + 1);
  const inflow = new Float64Array(steps + 1);
  const stocks = Array.from({ length: n }, () => new Float64Array(steps + 1));
  const flows = Array.from({ length: n }, () => new Float64Array(steps + 1));
  for (let k = 0; ; k++) {
    for (let i = 0; i < n; i++) f[i] = (s[i]! / (1 + (i % 7))) * (1 / (1 + s[i]! / 100));
    time[k] = start + k * dt;
    inflow[k] = 10;
    for (let i = 0; i < n; i++) {
      stocks[i]![k] = s[i]!;
      flows[i]![k] = f[i]!;
    }
    if (k === steps) break;
    s[0]! += dt * (10 - f[0]!);
    for (let i = 1; i < n; i++) s[i]! += dt * (f[i - 1]! - f[i]!);
  }
  return [time, inflow, ...stocks, ...flows];
}
