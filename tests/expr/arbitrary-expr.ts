/** fast-check generators of expression trees whose names the test scope knows. */
import fc from "fast-check";
import { BUILTINS } from "../../src/expr/builtins.js";
import type { BinaryOp, Expr, LookupMode, UnaryOp } from "../../src/expr/types.js";

/** Value ids of the test scope, including ids shaped like builtins and mathjs constants. */
export const VALUE_IDS = [
  "a",
  "b",
  "births",
  "room_temperature",
  "_2024_rate",
  "e",
  "i",
  "max",
  "nan",
];
/** Lookup ids of the test scope (a lookup named like a builtin would shadow it in calls). */
export const LOOKUP_IDS = ["effect_table", "ramp_effect"];

const BINARY: readonly BinaryOp[] = [
  "+",
  "-",
  "*",
  "/",
  "^",
  "mod",
  "<",
  "<=",
  ">",
  ">=",
  "==",
  "!=",
  "and",
  "or",
];
const MODES: readonly LookupMode[] = ["extrapolate", "forward", "backward", "invert", "area"];
const UNARY: readonly UnaryOp[] = ["-", "+", "not"];

const number = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
);

/**
 * Random expression trees, without spans, calling every builtin except those in `exclude`
 * (the conditional is always written as an `if` node), reading lookups in the given `modes` too.
 */
export function exprArbitrary(
  exclude: readonly string[] = [],
  modes: readonly LookupMode[] = MODES,
): fc.Arbitrary<Expr> {
  const callable = Object.values(BUILTINS).filter(
    (spec) => spec.name !== "if_then_else" && !exclude.includes(spec.name),
  );
  return fc.letrec<{ expr: Expr }>((tie) => {
    const expr = tie("expr");
    return {
      expr: fc.oneof(
        { maxDepth: 5, depthSize: "small", withCrossShrink: true },
        number.map((value): Expr => ({ kind: "number", value })),
        fc.constantFrom(...VALUE_IDS).map((id): Expr => ({ kind: "ref", id })),
        fc
          .tuple(fc.constantFrom(...UNARY), expr)
          .map(([op, arg]): Expr => ({ kind: "unary", op, arg })),
        fc
          .tuple(fc.constantFrom(...BINARY), expr, expr)
          .map(([op, left, right]): Expr => ({ kind: "binary", op, left, right })),
        fc
          .tuple(expr, expr, expr)
          .map(([cond, then, otherwise]): Expr => ({ kind: "if", cond, then, else: otherwise })),
        fc
          .tuple(
            fc.constantFrom(...LOOKUP_IDS),
            expr,
            modes.length > 0 ? fc.option(fc.constantFrom(...modes)) : fc.constant(null),
          )
          .map(
            ([table, arg, mode]): Expr =>
              mode === null ? { kind: "lookup", table, arg } : { kind: "lookup", table, arg, mode },
          ),
        fc.constantFrom(...callable).chain((spec) =>
          fc
            .array(expr, {
              minLength: spec.minArgs,
              maxLength: Math.min(spec.maxArgs, spec.minArgs + 2),
            })
            .map((args): Expr => ({ kind: "call", fn: spec.name, args })),
        ),
      ),
    };
  }).expr;
}

/** Random expression trees over every builtin. */
export const arbitraryExpr: fc.Arbitrary<Expr> = exprArbitrary();

/** Random expression trees over every builtin, lookups read only their own way (as XMILE can). */
export const arbitraryExprWithoutModes: fc.Arbitrary<Expr> = exprArbitrary([], []);
