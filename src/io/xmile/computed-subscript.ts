/**
 * A subscript given as an expression (XMILE 1.0 §3.7.1.3; Stella: "a subscript may be any
 * expression giving the element's 1-based position"), such as `a[INT(x)]` or `a[i + 1]`.
 *
 * stockflow flattens arrays before compiling, so a position known only at run time becomes a
 * call of the runtime form `vector_element_at(position - 1, a[e1], a[e2], …)` over every element
 * the position can pick: the chosen element is read at run time, and a position outside the
 * dimension, or one that is not a whole number, gives NaN, which stops the run with an error
 * naming the variable and the time
 * (never a quiet wrong number, and only when that branch is evaluated, so
 * `IF i < 5 THEN a[i + 1] ELSE 0` works). A position that is a plain number is resolved now.
 */
import type { Expr, Subscript } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";

/** A subscript as read: resolved now, or a position computed at run time. */
export type ReadSubscript = Subscript | { readonly kind: "computed"; readonly position: Expr };

/** True when every subscript is resolved. */
export const allResolved = (subs: readonly ReadSubscript[]): subs is Subscript[] =>
  subs.every((s) => s.kind !== "computed");

/**
 * The reference `id[subs]` with its computed positions turned into `vector_element_at` calls
 * (nested, one per computed subscript, so each position is checked against its own dimension).
 * `dims` are the dimensions of `id`, in order.
 */
export function computedElement(
  id: string,
  subs: readonly ReadSubscript[],
  dims: readonly Dimension[],
): Expr {
  const k = subs.findIndex((s) => s.kind === "computed");
  if (k < 0) return { kind: "ref", id, subscripts: subs as Subscript[] };
  const { position } = subs[k] as { position: Expr };
  const choices = dims[k]!.elements.map((element) =>
    computedElement(
      id,
      subs.map((s, i) => (i === k ? { kind: "element", element } : s)),
      dims,
    ),
  );
  // A position that is not a whole number picks no element (index -1, outside: an error at run
  // time): what Stella does with one is not documented, so it is not rounded either way.
  const whole: Expr = {
    kind: "binary",
    op: "==",
    left: position,
    right: { kind: "call", fn: "int", args: [position] },
  };
  const index: Expr = {
    kind: "if",
    cond: whole,
    then: { kind: "binary", op: "-", left: position, right: { kind: "number", value: 1 } },
    else: { kind: "number", value: -1 },
  };
  return { kind: "call", fn: "vector_element_at", args: [index, ...choices] };
}

/** The value of an expression made only of numbers and arithmetic, if it is one. */
export function constantValue(expr: Expr): number | undefined {
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "unary": {
      const v = constantValue(expr.arg);
      if (v === undefined) return undefined;
      return expr.op === "-" ? -v : expr.op === "+" ? v : undefined;
    }
    case "binary": {
      const l = constantValue(expr.left);
      const r = constantValue(expr.right);
      if (l === undefined || r === undefined) return undefined;
      switch (expr.op) {
        case "+":
          return l + r;
        case "-":
          return l - r;
        case "*":
          return l * r;
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}
