/**
 * Calls of the lookup functions (`lookup_forward(table, x)`, see `lookup-functions.ts`): the
 * first argument names a lookup rather than giving a value, so it is read here instead of as an
 * expression, and the call becomes a {@link LookupExpr} with a mode.
 */
import { canonicalId } from "../model/canonical.js";
import { type LookupFunctionSpec, lookupFunction } from "./lookup-functions.js";
import type { MathNode } from "./mathjs-instance.js";
import type { Expr, LookupExpr, Span } from "./types.js";
import type { Piece, Walker } from "./walker.js";

/** The lookup function a call of `written` means, unless a lookup of that name shadows it. */
export function calledLookupFunction(written: string, w: Walker): LookupFunctionSpec | undefined {
  const id = canonicalId(written);
  if (w.scope?.kindOf(id) === "lookup") return undefined;
  return lookupFunction(id);
}

/** `lookup_forward(table, x)` from the name at `nameSpan` on; the cursor is after the name. */
export function walkLookupFunction(
  w: Walker,
  spec: LookupFunctionSpec,
  args: readonly MathNode[],
  nameSpan: Span,
): Piece {
  w.cursor.expect("(");
  const [first, ...rest] = args;
  let table: string | undefined;
  if (first?.type === "SymbolNode") {
    const span = w.cursor.expect(first.name);
    const id = canonicalId(first.name);
    const kind = w.scope?.kindOf(id);
    if (w.scope === undefined || kind === "lookup") {
      table = id;
    } else {
      w.report({
        code: "not-a-lookup",
        message: `the first argument of \`${spec.name}\` must name a lookup; \`${first.name}\` ${kind === "value" ? "is a variable" : "is unknown"}`,
        span,
        hint: `usage: ${usage(spec)}`,
      });
    }
  } else if (first !== undefined) {
    const piece = w.quietly(() => w.walk(first));
    w.report({
      code: "not-a-lookup",
      message: `the first argument of \`${spec.name}\` must name a lookup`,
      span: { start: piece.start, end: piece.end },
      hint: `usage: ${usage(spec)}`,
    });
  }
  const pieces = rest.map((arg) => {
    w.cursor.expect(",");
    return w.walk(arg);
  });
  const span = { start: nameSpan.start, end: w.cursor.expect(")").end };
  if (rest.length < spec.minArgs || rest.length > spec.params.length) {
    const count =
      spec.minArgs === spec.params.length
        ? `${spec.minArgs + 1}`
        : `${spec.minArgs + 1} to ${spec.params.length + 1}`;
    w.report({
      code: "wrong-arity",
      message: `\`${spec.name}\` expects ${count} arguments, got ${args.length}`,
      span,
      hint: `usage: ${usage(spec)}`,
    });
    return { expr: undefined, ...span };
  }
  const exprs = pieces.map((p) => p.expr);
  if (table === undefined || !exprs.every((e): e is Expr => e !== undefined)) {
    return { expr: undefined, ...span };
  }
  const read = (arg: Expr): LookupExpr => ({ kind: "lookup", table, arg, mode: spec.mode, span });
  if (exprs.length === 2) {
    // lookup_area(table, x1, x2): the area from the first point to x2 less that to x1.
    const [from, to] = exprs as [Expr, Expr];
    return { expr: { kind: "binary", op: "-", left: read(to), right: read(from), span }, ...span };
  }
  return { expr: read(exprs[0]!), ...span };
}

function usage(spec: LookupFunctionSpec): string {
  const required = spec.params.slice(0, spec.minArgs);
  const optional = spec.params.slice(spec.minArgs).map((p) => `[, ${p}]`);
  return `${spec.name}(table, ${required.join(", ")}${optional.join("")})`;
}
