import type { Integrator, StepSystem } from "./integrator.js";

const scratch = new WeakMap<StepSystem, { y0: Float64Array; k2: Float64Array }>();

/**
 * Second-order Runge–Kutta in Heun's form (explicit trapezoid): the average of the rate at the
 * start and the rate at the Euler estimate of the end of the step.
 */
export const rk2: Integrator = {
  name: "rk2",
  step(system, t, dt) {
    const { v, stocks, k1 } = system;
    let s = scratch.get(system);
    if (!s)
      scratch.set(system, (s = { y0: new Float64Array(stocks), k2: new Float64Array(stocks) }));
    const { y0, k2 } = s;
    for (let i = 0; i < stocks; i++) {
      y0[i] = v[i]!;
      v[i] = y0[i]! + dt * k1[i]!;
    }
    system.derive(t + dt, k2);
    for (let i = 0; i < stocks; i++) v[i] = y0[i]! + (dt / 2) * (k1[i]! + k2[i]!);
  },
};
