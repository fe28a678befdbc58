/**
 * The equation language: the expression tree, the builtin table, parsing text into trees with
 * located diagnostics, and printing trees back to text.
 */
export * from "./builtins.js";
export { type EquationScope, equationScope } from "./equation-scope.js";
export { type ParsedEquation, parseEquation } from "./parse-equation.js";
export { printExpr } from "./print-expr.js";
export { references } from "./references.js";
export { stripSpans } from "./strip-spans.js";
export * from "./types.js";
