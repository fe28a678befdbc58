/** Small inline models for tests: plain data, so each test shows the whole model it runs. */
import type { Model, SimSpecs, Variable } from "../../src/model/types.js";

/** A stock-and-flow model from specs and variables. */
export function model(specs: Partial<SimSpecs>, variables: Variable[]): Model {
  return { kind: "stock-flow", specs: { start: 0, stop: 10, dt: 1, ...specs }, variables };
}

export const stock = (
  id: string,
  initial: string,
  inflows: string[] = [],
  outflows: string[] = [],
  extra: Partial<Variable> = {},
): Variable => ({ kind: "stock", id, initial, inflows, outflows, ...extra }) as Variable;
export const flow = (id: string, equation: string, extra: Partial<Variable> = {}): Variable =>
  ({ kind: "flow", id, equation, ...extra }) as Variable;
export const aux = (id: string, equation: string, extra: Partial<Variable> = {}): Variable =>
  ({ kind: "aux", id, equation, ...extra }) as Variable;
export const constant = (id: string, value: number, extra: Partial<Variable> = {}): Variable =>
  ({ kind: "constant", id, value, ...extra }) as Variable;

/** A model with one aux `out` whose equation is given, for testing builtins. */
export function probe(
  equation: string,
  specs: Partial<SimSpecs> = {},
  more: Variable[] = [],
): Model {
  return model(specs, [aux("out", equation), ...more]);
}
