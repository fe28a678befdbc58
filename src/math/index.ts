/**
 * The engine's elementary functions: deterministic replacements for Math.exp, Math.log,
 * Math.pow and the trigonometric and hyperbolic functions, built only from IEEE-754 +, −, ×,
 * ÷, √ and exact bit access, which every JavaScript engine computes identically. Math's own
 * versions are not specified to the bit and differ between engines (V8 in Node 20 and in
 * current Chromium disagree in the last bit for about one argument in ten), so a model run
 * with them in a browser could not give Node's numbers. Each function is within 1 ulp of the
 * exact value and correctly rounded for nearly every argument; the special cases (NaN, ±0,
 * ±Infinity, overflow, subnormals) are ECMAScript's.
 */
export { erf, erfc } from "./erf.js";
export { exp } from "./exp.js";
export { cosh, sinh, tanh } from "./hyperbolic.js";
export { acos, asin, atan } from "./inverse-trigonometric.js";
export { log, log10, logBase } from "./log.js";
export { logGamma } from "./log-gamma.js";
export { pow } from "./pow.js";
export { cos, sin, tan } from "./trigonometric.js";
