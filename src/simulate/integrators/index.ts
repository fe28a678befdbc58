import type { IntegrationMethod } from "../../model/types.js";
import { euler } from "./euler.js";
import type { Integrator } from "./integrator.js";
import { rk2 } from "./rk2.js";
import { rk4 } from "./rk4.js";

export type { Integrator, StepSystem } from "./integrator.js";
export { euler, rk2, rk4 };

/** The integrators by method name. */
export const INTEGRATORS: Readonly<Record<IntegrationMethod, Integrator>> = { euler, rk2, rk4 };
