/**
 * Flattening of the vector builtins (Vensim's VECTOR SELECT, VECTOR ELM MAP, VECTOR SORT ORDER,
 * VECTOR RANK, VECTOR REORDER, INVERT MATRIX, ALLOCATE BY PRIORITY, VECTOR LOOKUP, and the
 * allocation builtins of `allocation-builtins.ts`). Their result for one element
 * depends on a whole input array, so each element's equation becomes a call of a runtime form
 * (`compile/vector-functions.ts`) that receives the element's position and every input value as
 * arguments: generated code still holds only slots, numbers and builtin names.
 *
 * As in Vensim, the vector functions work over the LAST subscript of their array argument (the
 * last two for INVERT MATRIX): its other subscripts bind as usual, and the position of the
 * element being defined is that of the last subscript's element — bound directly, through a
 * subrange or a mapping, or else the position of the equation's own last subscript.
 */
import type { Expr, RefExpr } from "../expr/types.js";
import {
  allocateAlong,
  allocateAvailable,
  atPrice,
  findMarketPrice,
} from "./allocation-builtins.js";
import { cartesian, type SubstitutionContext } from "./array-value.js";
import { call, num, scalar, type VectorTools, vectorArg } from "./vector-argument.js";

/** Names of the builtins this module flattens. */
export const VECTOR_BUILTINS: ReadonlySet<string> = new Set([
  "vector_select",
  "vector_elm_map",
  "vector_sort_order",
  "vector_rank",
  "vector_reorder",
  "invert_matrix",
  "allocate_by_priority",
  "allocate_available",
  "allocate_along",
  "find_market_price",
  "demand_at_price",
  "supply_at_price",
  "vector_lookup",
  "rank",
]);

/** Dimensions marked `!` in `expr` (explicitly, or implied by an arrayed name without subscripts). */
function reducedDims(
  expr: Expr,
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  into: string[],
): string[] {
  const add = (d: string) => {
    if (!into.includes(d)) into.push(d);
  };
  switch (expr.kind) {
    case "number":
      break;
    case "ref": {
      const dims = ctx.arrayed.get(expr.id);
      if (dims === undefined) break;
      if (expr.subscripts) {
        for (const s of expr.subscripts) if (s.kind === "reduce") add(s.dim);
      } else {
        for (const d of dims) if (ctx.table.bind(d, binding) === undefined) add(d);
      }
      break;
    }
    case "unary":
    case "lookup":
      reducedDims(expr.arg, binding, ctx, into);
      break;
    case "binary":
      reducedDims(expr.left, binding, ctx, into);
      reducedDims(expr.right, binding, ctx, into);
      break;
    case "if":
      for (const e of [expr.cond, expr.then, expr.else]) reducedDims(e, binding, ctx, into);
      break;
    case "call":
      for (const e of expr.args) reducedDims(e, binding, ctx, into);
      break;
  }
  return into;
}

/** `vector_select`: every combination of the `!` dimensions of both arrays gives one pair. */
function vectorSelect(
  args: readonly Expr[],
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr {
  const [selection, values, ...rest] = args as [Expr, Expr, Expr, Expr, Expr];
  const dims = reducedDims(values, binding, ctx, reducedDims(selection, binding, ctx, []));
  const pairs = cartesian(dims.map((d) => ctx.table.elementsOf(d))).flatMap((elements) => {
    const fixed = new Map(dims.map((d, i) => [d, elements[i]!]));
    return [
      scalar(tools.sub(selection, true, fixed), ctx, "vector_select"),
      scalar(tools.sub(values, true, fixed), ctx, "vector_select"),
    ];
  });
  const scalars = rest.map((a) => scalar(tools.sub(a, false), ctx, "vector_select"));
  return call("vector_select_of", [...scalars, ...pairs]);
}

/** `vector_elm_map`: the element `offset` places after the given one, over the whole variable. */
function vectorElmMap(args: readonly Expr[], ctx: SubstitutionContext, tools: VectorTools): Expr {
  const [vec, offsetArg] = args as [Expr, Expr];
  const dims = vec.kind === "ref" ? ctx.arrayed.get(vec.id) : undefined;
  if (vec.kind !== "ref" || dims === undefined) {
    ctx.report({
      code: "vector-argument",
      message: "vector_elm_map needs an element of an arrayed variable as its first argument",
    });
    return num(0);
  }
  const base = tools.sub(vec, false);
  if ("items" in base || base.kind !== "ref") {
    ctx.report({
      code: "vector-argument",
      message: "vector_elm_map needs one element (no dimension marked !) as its first argument",
      value: vec.id,
    });
    return num(0);
  }
  const all = cartesian(dims.map((d) => ctx.table.elementsOf(d))).map(
    (elements): Expr => ({ kind: "ref", id: ctx.flatId(vec.id, elements) }),
  );
  const at = all.findIndex((e) => e.kind === "ref" && e.id === (base as RefExpr).id);
  const offset = scalar(tools.sub(offsetArg, false), ctx, "vector_elm_map");
  const constant =
    offset.kind === "number"
      ? offset.value
      : offset.kind === "unary" && offset.op === "-" && offset.arg.kind === "number"
        ? -offset.arg.value
        : undefined;
  const target = constant === undefined ? undefined : all[at + Math.round(constant)];
  if (target !== undefined) return target;
  // A varying offset, or a constant one outside the variable: as in Vensim, an error (NaN) only
  // when the element is computed, so `IF THEN ELSE(first, start, VECTOR ELM MAP(x[d], -1))` works.
  return call("vector_element_at", [
    { kind: "binary", op: "+", left: num(at), right: offset },
    ...all,
  ]);
}

/**
 * The flat expression for one element of a call of a vector builtin `expr.fn` (one of
 * {@link VECTOR_BUILTINS}); problems are reported through `ctx`.
 */
export function substituteVectorCall(
  expr: Extract<Expr, { kind: "call" }>,
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr {
  const { fn, args } = expr;
  const plain = (a: Expr) => scalar(tools.sub(a, false), ctx, fn);
  switch (fn) {
    case "vector_select":
      return vectorSelect(args, binding, ctx, tools);
    case "vector_elm_map":
      return vectorElmMap(args, ctx, tools);
    case "rank": {
      const array = (a: Expr) => {
        const value = tools.sub(a, true);
        return "items" in value ? value.items : [value];
      };
      const values = array(args[0]!);
      const ties = args[2] === undefined ? [] : array(args[2]);
      if (ties.length > 0 && ties.length !== values.length) {
        ctx.report({
          code: "array-shape",
          message: `rank: ${values.length} values but ${ties.length} tie-breaking values`,
        });
      }
      return call("rank_index", [plain(args[1]!), num(values.length), ...values, ...ties]);
    }
    case "vector_sort_order":
    case "vector_rank": {
      const v = vectorArg(fn, args[0]!, 1, binding, ctx, tools);
      if (!v) return num(0);
      const runtime = fn === "vector_rank" ? "vector_rank_at" : "vector_sort_order_at";
      return call(runtime, [num(v.position[0]!), plain(args[1]!), ...v.elements]);
    }
    case "vector_reorder": {
      const v = vectorArg(fn, args[0]!, 1, binding, ctx, tools);
      if (!v) return num(0);
      return call("vector_element_at", [plain(args[1]!), ...v.elements]);
    }
    case "invert_matrix": {
      const v = vectorArg(fn, args[0]!, 2, binding, ctx, tools);
      if (!v) return num(0);
      const size = plain(args[1]!);
      const [rows, cols] = v.sizes as [number, number];
      if (rows !== cols || (size.kind === "number" && size.value !== rows)) {
        ctx.report({
          code: "vector-argument",
          message: `invert_matrix: the last two dimensions have ${rows} and ${cols} elements, size is ${size.kind === "number" ? size.value : "not a number"}`,
        });
        return num(0);
      }
      // The argument is the whole matrix (Vensim writes `m[R, R]`): the element being defined
      // is the one at the equation's own last two subscripts.
      const own = [...binding].slice(-2);
      const at = own.map(([dim, element]) => ctx.table.elementsOf(dim).indexOf(element));
      const [row, col] = at.length === 2 && at.every((i) => i >= 0) ? at : v.position;
      return call("invert_matrix_at", [num(row!), num(col!), ...v.elements]);
    }
    case "allocate_available":
      return allocateAvailable(args, binding, ctx, tools);
    case "allocate_along":
      return allocateAlong(args, binding, ctx, tools);
    case "find_market_price":
      return findMarketPrice(args, binding, ctx, tools);
    case "demand_at_price":
    case "supply_at_price":
      return atPrice(fn, args, binding, ctx, tools);
    case "vector_lookup": {
      const v = vectorArg(fn, args[0]!, 1, binding, ctx, tools);
      if (!v) return num(0);
      const rest = args.slice(1).map(plain);
      return call("vector_lookup_of", [...rest, ...v.elements]);
    }
    default: {
      // allocate_by_priority(request, priority, size, width, supply)
      const request = vectorArg(fn, args[0]!, 1, binding, ctx, tools);
      const priority = vectorArg(fn, args[1]!, 1, binding, ctx, tools);
      if (!request || !priority) return num(0);
      const size = plain(args[2]!);
      const n = request.elements.length;
      if (priority.elements.length !== n || (size.kind === "number" && size.value !== n)) {
        ctx.report({
          code: "vector-argument",
          message: `allocate_by_priority: ${n} requests, ${priority.elements.length} priorities and size ${size.kind === "number" ? size.value : "not a number"} differ`,
        });
        return num(0);
      }
      return call("allocate_by_priority_at", [
        num(request.position[0]!),
        plain(args[3]!),
        plain(args[4]!),
        ...request.elements,
        ...priority.elements,
      ]);
    }
  }
}
