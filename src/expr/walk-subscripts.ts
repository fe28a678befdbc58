/**
 * Subscripted references of arrayed variables, `x[d]`, `x[e]`, `x[d!]` and `x[1]`, read from
 * mathjs index nodes when the scope knows dimensions (see `docs/arrays.md`).
 */
import { canonicalId } from "../model/canonical.js";
import type { MathNode } from "./mathjs-instance.js";
import type { Subscript } from "./types.js";
import type { Piece, Walker } from "./walker.js";

/**
 * `x[a, b!, 2]`: a reference to elements of an arrayed variable, when the scope knows
 * dimensions. Each subscript is a dimension (bound to the current element), an element, a
 * dimension marked `!` (every element, for array builtins), or a number (element `_n` of a
 * numeric dimension). Anything else is left to the caller, which reports it.
 */
export function walkSubscripted(
  w: Walker,
  node: Extract<MathNode, { type: "AccessorNode" }>,
): Piece | undefined {
  const kindOf = w.scope?.subscriptKind?.bind(w.scope);
  if (
    !kindOf ||
    node.index.dotNotation ||
    node.optionalChaining ||
    node.object.type !== "SymbolNode"
  ) {
    return undefined;
  }
  const plain = (d: MathNode) =>
    d.type === "SymbolNode" || (d.type === "ConstantNode" && typeof d.value === "number");
  const reduced = (d: MathNode) =>
    d.type === "OperatorNode" && d.fn === "factorial" && d.args[0]?.type === "SymbolNode";
  if (!node.index.dimensions.every((d) => plain(d) || reduced(d))) return undefined;
  const target = w.walk(node.object);
  w.cursor.expect("[");
  const subscripts: Subscript[] = [];
  node.index.dimensions.forEach((d, i) => {
    if (i > 0) w.cursor.expect(",");
    if (d.type === "ConstantNode") {
      const span = w.cursor.literal();
      subscripts.push({
        kind: "element",
        element: canonicalId(w.text.slice(span.start, span.end)),
      });
      return;
    }
    const symbol = (d.type === "SymbolNode"
      ? d
      : (d as unknown as { args: MathNode[] }).args[0]!) as unknown as { name: string };
    const span = w.cursor.expect(symbol.name);
    const id = canonicalId(symbol.name);
    if (d.type !== "SymbolNode") w.cursor.expect("!");
    const kind = kindOf(id);
    if (kind === undefined || (d.type !== "SymbolNode" && kind !== "dimension")) {
      if (!w.isQuiet) {
        w.report({
          code: "unknown-subscript",
          message: `unknown ${d.type === "SymbolNode" ? "dimension or element" : "dimension"} \`${symbol.name}\``,
          span,
        });
      }
      return;
    }
    subscripts.push(
      d.type !== "SymbolNode"
        ? { kind: "reduce", dim: id }
        : kind === "dimension"
          ? { kind: "dimension", dim: id }
          : { kind: "element", element: id },
    );
  });
  const end = w.cursor.expect("]").end;
  const span = { start: target.start, end };
  if (target.expr === undefined) return { expr: undefined, ...span };
  if (target.expr.kind !== "ref") return w.unsupported(span, "subscripts on a lookup or builtin");
  return { expr: { kind: "ref", id: target.expr.id, subscripts, span }, ...span };
}
