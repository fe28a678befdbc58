/**
 * The array argument of a vector builtin: its elements over the last subscripts, their sizes and
 * the position of the element being defined (see `vector-builtins.ts`), and the small helpers
 * every vector builtin uses to build its runtime call.
 */
import type { Expr, RefExpr, Subscript } from "../expr/types.js";
import type { SubstitutionContext, Value } from "./array-value.js";

/** What the vector builtins need from subscript substitution. */
export interface VectorTools {
  /**
   * Substitute `expr` for the current element; `fixed` pins dimensions marked `!` to one
   * element each (dimension → element).
   */
  sub(expr: Expr, underArrayBuiltin: boolean, fixed?: ReadonlyMap<string, string>): Value;
}

/** A number expression. */
export const num = (value: number): Expr => ({ kind: "number", value });
/** A call expression. */
export const call = (fn: string, args: readonly Expr[]): Expr => ({ kind: "call", fn, args });

/** `value` as one number: the first element of an array, reported as an error. */
export function scalar(value: Value, ctx: SubstitutionContext, what: string): Expr {
  if (!("items" in value)) return value;
  ctx.report({
    code: "array-where-number",
    message: `${what}: an array where a number is needed`,
  });
  return value.items[0] ?? num(0);
}

/** An array argument over its last `count` subscripts: its elements and the current position. */
export interface VectorArg {
  /** Every element along the vector dimensions, row-major. */
  readonly elements: readonly Expr[];
  /** Sizes of the vector dimensions. */
  readonly sizes: readonly number[];
  /** 0-based position of the element being defined along each vector dimension. */
  readonly position: readonly number[];
}

/**
 * The array argument `arg` of `fn` over its last `count` subscripts, or undefined with the
 * problem reported.
 */
export function vectorArg(
  fn: string,
  arg: Expr,
  count: number,
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): VectorArg | undefined {
  const dims = arg.kind === "ref" ? ctx.arrayed.get(arg.id) : undefined;
  if (arg.kind !== "ref" || dims === undefined || dims.length < count) {
    ctx.report({
      code: "vector-argument",
      message: `${fn} needs a variable with at least ${count} dimension(s) as its array argument`,
      ...(arg.kind === "ref" ? { value: arg.id } : {}),
    });
    return undefined;
  }
  const subs: readonly Subscript[] =
    arg.subscripts ?? dims.map((d) => ({ kind: "dimension", dim: d }));
  if (subs.length !== dims.length) {
    tools.sub(arg, false); // reports the wrong number of subscripts
    return undefined;
  }
  const first = dims.length - count;
  if (subs.slice(0, first).some((s) => s.kind === "reduce")) {
    ctx.report({
      code: "unsupported",
      message: `unsupported: ${fn} over a dimension marked ! other than the last`,
      value: arg.id,
    });
    return undefined;
  }
  const own = [...binding];
  const position: number[] = [];
  const sizes: number[] = [];
  for (let j = 0; j < count; j++) {
    const dim = dims[first + j]!;
    const s = subs[first + j]!;
    const elements = ctx.table.elementsOf(dim);
    sizes.push(elements.length);
    let element: string | undefined;
    if (s.kind === "element") element = s.element;
    else if (s.kind === "dimension") element = ctx.table.bind(s.dim, binding);
    let at = element === undefined ? -1 : elements.indexOf(element);
    if (element === undefined) {
      // Not bound: the position of the equation's own subscript in the same place from the end.
      const [lhsDim, lhsElement] = own[own.length - count + j] ?? [];
      if (lhsDim !== undefined && lhsElement !== undefined) {
        at = ctx.table.elementsOf(lhsDim).indexOf(lhsElement);
      }
    }
    if (at < 0 || at >= elements.length) {
      ctx.report({
        code: "unbound-dimension",
        message: `${fn}: no element of ${dim} corresponds to the element being defined`,
        value: arg.id,
      });
      return undefined;
    }
    position.push(at);
  }
  const ref: RefExpr = {
    kind: "ref",
    id: arg.id,
    subscripts: subs.map((s, i) => (i < first ? s : { kind: "reduce", dim: dims[i]! })),
  };
  const value = tools.sub(ref, true);
  const elements = "items" in value ? value.items : [value];
  return { elements, sizes, position };
}
