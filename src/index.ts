/**
 * stockflow: causal-loop diagrams and system-dynamics models in TypeScript.
 *
 * @packageDocumentation
 */

export * from "./diagnostics/diagnostic.js";
export * from "./diagnostics/did-you-mean.js";
export * from "./diagnostics/errors.js";
export * from "./expr/index.js";
export * from "./io/index.js";
export * from "./model/canonical.js";
export * from "./model/index.js";
export * from "./model/types.js";
export * from "./simulate/run.js";
