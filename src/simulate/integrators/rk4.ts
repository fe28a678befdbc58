import type { Integrator, StepSystem } from "./integrator.js";

interface Scratch {
  y0: Float64Array;
  k2: Float64Array;
  k3: Float64Array;
  k4: Float64Array;
}
const scratch = new WeakMap<StepSystem, Scratch>();

/** The classical fourth-order Runge–Kutta method. */
export const rk4: Integrator = {
  name: "rk4",
  step(system, t, dt) {
    const { v, stocks, k1 } = system;
    let s = scratch.get(system);
    if (!s) {
      const make = () => new Float64Array(stocks);
      s = { y0: make(), k2: make(), k3: make(), k4: make() };
      scratch.set(system, s);
    }
    const { y0, k2, k3, k4 } = s;
    const half = dt / 2;
    for (let i = 0; i < stocks; i++) {
      y0[i] = v[i]!;
      v[i] = y0[i]! + half * k1[i]!;
    }
    system.derive(t + half, k2);
    for (let i = 0; i < stocks; i++) v[i] = y0[i]! + half * k2[i]!;
    system.derive(t + half, k3);
    for (let i = 0; i < stocks; i++) v[i] = y0[i]! + dt * k3[i]!;
    system.derive(t + dt, k4);
    for (let i = 0; i < stocks; i++) {
      v[i] = y0[i]! + (dt / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
    }
  },
};
