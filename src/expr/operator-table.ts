/**
 * How mathjs operators map to ours, and the mathjs operators the equation language does not have
 * with what to write instead. Arrays come later with the arrays issue; until then every array
 * construct says `unsupported: arrays`.
 */
import type { BinaryOp, UnaryOp } from "./types.js";

/** The name of the construct and a hint, by mathjs operator function name. */
export const UNSUPPORTED_OPERATORS: ReadonlyMap<string, { construct: string; hint?: string }> =
  new Map([
    ["xor", { construct: "xor", hint: "write (a or b) and not (a and b)" }],
    ["bitAnd", { construct: "bitwise and `&`", hint: "write `and`" }],
    ["bitOr", { construct: "bitwise or `|`", hint: "write `or`" }],
    ["bitXor", { construct: "bitwise xor `^|`" }],
    ["bitNot", { construct: "bitwise not `~`", hint: "write `not`" }],
    ["leftShift", { construct: "bit shift `<<`" }],
    ["rightArithShift", { construct: "bit shift `>>`" }],
    ["rightLogShift", { construct: "bit shift `>>>`" }],
    ["dotMultiply", { construct: "arrays (element-wise `.*`)", hint: "write `*`" }],
    ["dotDivide", { construct: "arrays (element-wise `./`)", hint: "write `/`" }],
    ["dotPow", { construct: "arrays (element-wise `.^`)", hint: "write `^`" }],
    ["to", { construct: "units (conversion)", hint: "units belong in the variable's `units`" }],
    ["factorial", { construct: "factorial `!`", hint: "for not equal write `!=`" }],
    ["ctranspose", { construct: "arrays (transpose `'`)" }],
    ["nullish", { construct: "nullish coalescing `??`" }],
  ]);

/** Our binary operators, by mathjs operator function name. */
export const BINARY_OPERATORS: ReadonlyMap<string, BinaryOp> = new Map([
  ["add", "+"],
  ["subtract", "-"],
  ["multiply", "*"],
  ["divide", "/"],
  ["pow", "^"],
  ["mod", "mod"],
  ["smaller", "<"],
  ["smallerEq", "<="],
  ["larger", ">"],
  ["largerEq", ">="],
  ["equal", "=="],
  ["unequal", "!="],
  ["and", "and"],
  ["or", "or"],
]);

/** Our unary operators, by mathjs operator function name. */
export const UNARY_OPERATORS: ReadonlyMap<string, UnaryOp> = new Map([
  ["unaryMinus", "-"],
  ["unaryPlus", "+"],
  ["not", "not"],
]);

/** Comparison symbols, by mathjs relational function name (for chained comparisons). */
export const RELATIONAL_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["equal", "=="],
  ["unequal", "!="],
  ["smaller", "<"],
  ["smallerEq", "<="],
  ["larger", ">"],
  ["largerEq", ">="],
]);
