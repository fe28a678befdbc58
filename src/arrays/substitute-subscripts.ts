/**
 * Substitution of subscripts for one element of an arrayed equation: every reference to an
 * arrayed variable becomes a reference to one element's flat variable (or, under an array
 * builtin, to several), and array builtins become plain arithmetic over those references. After
 * this, an arrayed model is an ordinary flat model, so it runs exactly as fast as one written
 * element by element.
 */

import { BUILTINS } from "../expr/builtins.js";
import type { Expr, Subscript } from "../expr/types.js";
import {
  type Axis,
  cartesian,
  isArrayValue,
  type SubstitutionContext,
  type Value,
} from "./array-value.js";
import { substituteVectorCall, VECTOR_BUILTINS } from "./vector-builtins.js";

/** Row-major strides of axes with these sizes. */
function strides(sizes: readonly number[]): number[] {
  const out = sizes.map(() => 1);
  for (let i = sizes.length - 2; i >= 0; i--) out[i] = out[i + 1]! * sizes[i + 1]!;
  return out;
}

/**
 * Apply `f` element-wise over values that may be arrays. The result runs over the union of the
 * arrays' axes (in order of first appearance); each array is read at the positions of its own
 * axes, and scalars are the same everywhere.
 */
export function broadcast(
  values: readonly Value[],
  f: (args: Expr[]) => Expr,
  ctx: SubstitutionContext,
): Value {
  const arrays = values.filter(isArrayValue);
  if (arrays.length === 0) return f(values as Expr[]);
  const axes: Axis[] = [];
  for (const a of arrays) {
    for (const axis of a.axes) {
      const seen = axes.find((x) => x.dim === axis.dim);
      if (seen === undefined) {
        axes.push(axis);
      } else if (seen.elements.join(",") !== axis.elements.join(",")) {
        ctx.report({
          code: "array-shape",
          message: `arrays combined along ${axis.dim} have different elements: ${seen.elements.join(", ")} and ${axis.elements.join(", ")}`,
          value: axis.dim,
        });
        return f(values.map((v) => (isArrayValue(v) ? v.items[0]! : v)));
      }
    }
  }
  const sizes = axes.map((a) => a.elements.length);
  const total = sizes.reduce((n, s) => n * s, 1);
  const outStrides = strides(sizes);
  // For each array operand: the stride of each result axis in that array (0 where it lacks it).
  const reads = values.map((v) => {
    if (!isArrayValue(v)) return undefined;
    const own = strides(v.axes.map((a) => a.elements.length));
    return axes.map((axis) => {
      const i = v.axes.findIndex((a) => a.dim === axis.dim);
      return i < 0 ? 0 : own[i]!;
    });
  });
  const items = Array.from({ length: total }, (_, flat) => {
    const position = sizes.map((size, k) => Math.floor(flat / outStrides[k]!) % size);
    return f(
      values.map((v, j) => {
        if (!isArrayValue(v)) return v;
        const s = reads[j]!;
        return v.items[position.reduce((at, p, k) => at + p * s[k]!, 0)]!;
      }),
    );
  });
  return { axes, items };
}

function fold(op: "+" | "*", items: readonly Expr[]): Expr {
  if (items.length === 0) return { kind: "number", value: op === "+" ? 0 : 1 };
  return items
    .slice(1)
    .reduce<Expr>((acc, e) => ({ kind: "binary", op, left: acc, right: e }), items[0]!);
}

function reduce(fn: string, items: readonly Expr[]): Expr {
  const n: Expr = { kind: "number", value: items.length };
  switch (fn) {
    case "sum":
      return fold("+", items);
    case "prod":
      return fold("*", items);
    case "vmin":
    case "min":
      return { kind: "call", fn: "min", args: items };
    case "vmax":
    case "max":
      return { kind: "call", fn: "max", args: items };
    case "mean":
      return { kind: "binary", op: "/", left: fold("+", items), right: n };
    case "size":
      return n;
    default: {
      // stddev: the population standard deviation.
      const mean: Expr = { kind: "binary", op: "/", left: fold("+", items), right: n };
      const squares = items.map<Expr>((x) => {
        const d: Expr = { kind: "binary", op: "-", left: x, right: mean };
        return { kind: "binary", op: "*", left: d, right: d };
      });
      return {
        kind: "call",
        fn: "sqrt",
        args: [{ kind: "binary", op: "/", left: fold("+", squares), right: n }],
      };
    }
  }
}

function elementsAt(
  sub: Subscript,
  dim: string,
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  fixed: ReadonlyMap<string, string> | undefined,
): string[] {
  const own = ctx.table.elementsOf(dim);
  const check = (element: string): string[] => {
    if (own.includes(element)) return [element];
    ctx.report({
      code: "bad-subscript",
      message: `${element} is not an element of dimension ${dim}`,
      value: element,
    });
    return [own[0] ?? element];
  };
  switch (sub.kind) {
    case "element":
      return check(sub.element);
    case "dimension": {
      const element = ctx.table.bind(sub.dim, binding);
      if (element !== undefined) return check(element);
      if (ctx.table.dims.has(sub.dim)) {
        ctx.report({
          code: "unbound-dimension",
          message: `dimension ${sub.dim} is not one the equation is defined over (write ${sub.dim}! to take all its elements)`,
          value: sub.dim,
        });
      }
      return [own[0] ?? sub.dim];
    }
    case "reduce": {
      const pinned = fixed?.get(sub.dim);
      if (pinned !== undefined) return check(pinned);
      return ctx.table.elementsOf(sub.dim).filter((e) => own.includes(e));
    }
  }
}

/**
 * Substitute subscripts in `expr` for the element `binding` (dimension → element). `fixed` pins
 * dimensions marked `!` to one element each (used by `vector_select`).
 */
export function substituteSubscripts(
  expr: Expr,
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  underArrayBuiltin = false,
  fixed?: ReadonlyMap<string, string>,
): Value {
  const sub = (e: Expr, inArray = underArrayBuiltin) =>
    substituteSubscripts(e, binding, ctx, inArray, fixed);
  switch (expr.kind) {
    case "number":
      return expr;
    case "ref": {
      const dims = ctx.arrayed.get(expr.id);
      if (dims === undefined) {
        if (expr.subscripts && expr.subscripts.length > 0) {
          ctx.report({
            code: "not-an-array",
            message: `${expr.id} is not an array but has subscripts`,
            value: expr.id,
          });
        }
        return { kind: "ref", id: expr.id, ...(expr.span ? { span: expr.span } : {}) };
      }
      // Without subscripts: bound element-wise where the equation is defined over the same
      // dimensions, else every element (under an array builtin).
      const subscripts: readonly Subscript[] =
        expr.subscripts ??
        dims.map((d) =>
          ctx.table.bind(d, binding) !== undefined || !underArrayBuiltin
            ? { kind: "dimension", dim: d }
            : { kind: "reduce", dim: d },
        );
      if (subscripts.length !== dims.length) {
        ctx.report({
          code: "bad-subscript",
          message: `${expr.id} has ${dims.length} dimension(s) but ${subscripts.length} subscript(s)`,
          value: expr.id,
        });
        return { kind: "number", value: 0 };
      }
      const lists = subscripts.map((s, i) => elementsAt(s, dims[i]!, binding, ctx, fixed));
      const items = cartesian(lists).map<Expr>((elements) => ({
        kind: "ref",
        id: ctx.flatId(expr.id, elements),
      }));
      const axes = subscripts.flatMap((s, i) =>
        s.kind === "reduce" && !fixed?.has(s.dim) ? [{ dim: s.dim, elements: lists[i]! }] : [],
      );
      return axes.length > 0 ? { axes, items } : items[0]!;
    }
    case "unary":
      return broadcast([sub(expr.arg)], ([arg]) => ({ ...expr, arg: arg! }), ctx);
    case "binary":
      return broadcast(
        [sub(expr.left), sub(expr.right)],
        ([left, right]) => ({ ...expr, left: left!, right: right! }),
        ctx,
      );
    case "if":
      return broadcast(
        [sub(expr.cond), sub(expr.then), sub(expr.else)],
        ([cond, then, otherwise]) => ({ ...expr, cond: cond!, then: then!, else: otherwise! }),
        ctx,
      );
    case "lookup":
      return broadcast([sub(expr.arg)], ([arg]) => ({ ...expr, arg: arg! }), ctx);
    case "call": {
      if (VECTOR_BUILTINS.has(expr.fn)) {
        return substituteVectorCall(expr, binding, ctx, {
          sub: (e, inArray, pinned) => substituteSubscripts(e, binding, ctx, inArray, pinned),
        });
      }
      const category = BUILTINS[expr.fn]?.category;
      const single = expr.args.length === 1 && (expr.fn === "min" || expr.fn === "max");
      if (category === "array" || single) {
        const value = sub(expr.args[0]!, true);
        return reduce(expr.fn, isArrayValue(value) ? value.items : [value]);
      }
      return broadcast(
        expr.args.map((a) => sub(a)),
        (args) => ({ ...expr, args }),
        ctx,
      );
    }
  }
}
