/**
 * Integrators are small interchangeable values behind one protocol (as d3's curves are): given
 * the stocks at time t and their rates there, advance the stocks by one step, calling `derive`
 * for the rates at intermediate states.
 */
import type { IntegrationMethod } from "../../model/types.js";

/** One integration step's view of the model. */
export interface StepSystem {
  /** Values: the first `stocks` entries are the stocks, updated in place. */
  readonly v: Float64Array;
  readonly stocks: number;
  /** Rates at the start of the step (already computed). */
  readonly k1: Float64Array;
  /** Compute the auxiliaries for the stocks now in `v` at time `t`, and write the rates to `out`. */
  derive(t: number, out: Float64Array): void;
}

/** An integration method. */
export interface Integrator {
  readonly name: IntegrationMethod;
  /** Advance the stocks in `system.v` from `t` to `t + dt`. */
  step(system: StepSystem, t: number, dt: number): void;
}
