/**
 * stockflow: causal-loop diagrams and system-dynamics models in TypeScript.
 *
 * @packageDocumentation
 */

export * from "./analysis/index.js";
export * from "./calibration/index.js";
export * from "./checks/index.js";
export * from "./compile/index.js";
export * from "./diagnostics/diagnostic.js";
export * from "./diagnostics/did-you-mean.js";
export * from "./diagnostics/errors.js";
export * from "./diagnostics/limits.js";
export * from "./expr/index.js";
export * from "./io/index.js";
export * from "./marvel/index.js";
export * from "./model/canonical.js";
export * from "./model/index.js";
export * from "./model/types.js";
export * from "./random/index.js";
export * from "./scenario/index.js";
export * from "./simulate/index.js";
