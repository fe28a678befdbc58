import type { Integrator } from "./integrator.js";

/** Euler: stock(t + dt) = stock(t) + dt · rate(t), the order of computation Vensim and Stella use. */
export const euler: Integrator = {
  name: "euler",
  step({ v, stocks, k1 }, _t, dt) {
    for (let i = 0; i < stocks; i++) v[i]! += dt * k1[i]!;
  },
};
