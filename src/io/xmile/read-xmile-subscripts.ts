/**
 * Reading the subscripts of an XMILE array reference (XMILE 1.0 §3.7.1): `*`, `*:Sub` (the
 * elements of dimension `Sub`, a subrange of the dimension at that position), a dimension or
 * element name, a 1-based index, or any other expression giving the element's 1-based position
 * (§3.7.1.3, Stella), read at run time unless it is a plain number. A name that is neither a
 * dimension nor an element but a variable (`a[i]`) or a builtin without arguments (`a[TIME]`)
 * is such an expression. A range `a[1:3]` or `a[A1:A3]` (inclusive, by position, §3.7.1) is
 * the subrange of those elements, which the reader adds to the model's dimensions; a range
 * whose ends are not elements (`a[lo:hi]` of variables) is refused as unsupported.
 */
import type { Expr } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";
import { constantValue, type ReadSubscript } from "./computed-subscript.js";
import { resolveXmileSubscript, type XmileSubscriptTerm } from "./resolve-xmile-subscript.js";
import { XmileExprError } from "./xmile-expr-error.js";
import type { XmileExprScope } from "./xmile-expr-scope.js";
import { xmileFunction } from "./xmile-functions.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import type { XmileToken } from "./xmile-tokenize.js";

/** What reading subscripts needs of the expression parser. */
export interface XmileCursor {
  peek(): XmileToken;
  next(): XmileToken;
  is(text: string): boolean;
  /** The token `k` places after the current one (the end token past the end). */
  ahead(k: number): XmileToken;
  skip(n: number): void;
  /** Parse an expression binding at least as tightly as `minBp`. */
  parse(minBp: number): Expr;
}

/** Read `[…]` after the name `name` (id `id`), the cursor at `[`. */
export function readSubscripts(
  name: string,
  id: string,
  cursor: XmileCursor,
  scope: XmileExprScope,
): ReadSubscript[] {
  const { peek, next, is, parse } = cursor;
  /** One subscript: `*`, `*:Sub`, a name or number, or an expression giving a position. */
  const subscriptAt = (
    position: Dimension | undefined,
    table: ReadonlyMap<string, Dimension>,
  ): ReadSubscript => {
    const start = peek();
    if (start.kind === "op" && start.text === "@") throw unsupportedSubscript(start);
    const term = simpleTerm();
    if (term === undefined) return computed(parse(0), position, start);
    if (is(":")) return range(term, position, table, start);
    const sub = resolveXmileSubscript(term, position, table);
    if (!("problem" in sub)) return sub;
    const variable = term.kind === "name" ? scope.resolve(term.name) : "";
    if (scope.kindOf(variable) !== undefined) {
      return computed({ kind: "ref", id: variable }, position, start);
    }
    // A builtin without arguments (`a[TIME]`) is a position as well.
    const fn = term.kind === "name" ? xmileFunction(term.name) : undefined;
    if (fn?.minArgs === 0) return computed(fn.translate([]), position, start);
    throw new XmileExprError("xmile-syntax", sub.problem, start.start);
  };

  /** A lone `*`, name or number ending the subscript (at `]`, `,` or `:`); else nothing read. */
  const simpleTerm = (): XmileSubscriptTerm | undefined => {
    let j = 0;
    const first = cursor.ahead(0);
    if (first.kind === "name") while (cursor.ahead(j + 1).kind === "name") j++;
    else if (!(first.kind === "number" || first.kind === "quoted" || first.text === "*")) {
      return undefined;
    }
    const after = cursor.ahead(j + 1);
    if (after.kind !== "op" || ![",", "]", ":"].includes(after.text)) return undefined;
    if (first.kind === "op" && first.text !== "*") return undefined;
    const words = Array.from({ length: j + 1 }, (_, k) => cursor.ahead(k).text);
    cursor.skip(j + 1);
    if (first.kind === "number") return { kind: "index", index: Number(first.text) };
    if (first.kind === "op") return { kind: "all" };
    const name = first.kind === "quoted" ? decodeXmileName(first.text) : words.join(" ");
    return { kind: "name", name };
  };

  /** `*:Sub`, the elements of the dimension `Sub`; `from:to`, the elements between (§3.7.1). */
  const range = (
    from: XmileSubscriptTerm,
    position: Dimension | undefined,
    table: ReadonlyMap<string, Dimension>,
    at: XmileToken,
  ): ReadSubscript => {
    next();
    const to = simpleTerm();
    if (from.kind === "all" && to?.kind === "name") {
      const sub = table.get(xmileNameToId(to.name));
      if (sub?.elements.every((e) => position?.elements.includes(e))) {
        return { kind: "reduce", dim: sub.id };
      }
      const message = `${to.name} is not a dimension whose elements are all in ${position?.id ?? "?"}`;
      throw new XmileExprError("xmile-syntax", message, at.start);
    }
    const ends = [from, to].map((t) =>
      t === undefined || t.kind === "all" ? undefined : resolveXmileSubscript(t, position, table),
    );
    const [i, j] = ends.map((e) =>
      e !== undefined && "kind" in e && e.kind === "element"
        ? (position?.elements.indexOf(e.element) ?? -1)
        : -1,
    ) as [number, number];
    if (scope.rangeDimension === undefined) {
      const message = "unsupported: a subscript range outside a model (no subrange to add)";
      throw new XmileExprError("unsupported", message, at.start);
    }
    if (position === undefined || i < 0 || j < i) {
      const message =
        "unsupported: a subscript range whose ends are not elements of the dimension in order";
      throw new XmileExprError("unsupported", message, at.start);
    }
    if (i === 0 && j === position.elements.length - 1) return { kind: "reduce", dim: position.id };
    return { kind: "reduce", dim: scope.rangeDimension(position, i, j) };
  };

  /** A position given by an expression: one element now if it is a number, else at run time. */
  const computed = (expr: Expr, position: Dimension | undefined, at: XmileToken): ReadSubscript => {
    const value = constantValue(expr);
    const element = value === undefined ? undefined : position?.elements[value - 1];
    if (element !== undefined) return { kind: "element", element };
    if (position === undefined) {
      throw new XmileExprError("xmile-syntax", "a subscript with no dimension", at.start);
    }
    return { kind: "computed", position: expr };
  };

  const open = next();
  const dims = scope.dimsOf?.(id);
  if (dims === undefined) {
    throw new XmileExprError("xmile-syntax", `${name} is not an array`, open.start);
  }
  const table = scope.dimensions ?? new Map<string, Dimension>();
  const out: ReadSubscript[] = [];
  for (;;) {
    out.push(subscriptAt(table.get(dims[out.length] ?? ""), table));
    if (is("]")) break;
    if (!is(",")) throw unsupportedSubscript(peek());
    next();
  }
  next();
  if (out.length !== dims.length) {
    const message = `${name} has ${dims.length} dimension(s) but ${out.length} subscript(s)`;
    throw new XmileExprError("xmile-syntax", message, open.start);
  }
  return out;
}

function unsupportedSubscript(t: XmileToken): XmileExprError {
  const what =
    t.text === "@"
      ? "dimension positions (@)"
      : t.text === ":"
        ? "subscript ranges"
        : "subscript expressions";
  return new XmileExprError("unsupported", `unsupported: ${what}`, t.start);
}
