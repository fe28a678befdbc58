/**
 * What kind of stockflow variable the equations of one Vensim name make: a lookup (a table
 * definition), a stock (`INTEG(rate, initial)`), a constant (numbers only, also tabbed
 * arrays), data (no right-hand side: values from a data file given at run time; not
 * supported), or an auxiliary. A data equation `x := expr` is read like `x = expr`.
 */
import type { VariableDefinition } from "./expand-macros.js";
import type { VensimExpr } from "./vensim-ast.js";
import { vensimKey } from "./vensim-functions.js";

/** The kind the definitions of one name make. */
export type DefinitionKind = "lookup" | "stock" | "constant" | "data" | "aux";

/** The number an expression is, when it is a literal (with signs). */
export function literal(e: VensimExpr): number | undefined {
  if (e.kind === "number") return e.value;
  if (e.kind === "unary" && e.op !== "not") {
    const inner = literal(e.arg);
    return inner === undefined ? undefined : e.op === "-" ? -inner : inner;
  }
  return undefined;
}

/** The call `INTEG(rate, initial)` at the top of an expression, when it is one. */
export function integ(e: VensimExpr): Extract<VensimExpr, { kind: "call" }> | undefined {
  return e.kind === "call" && vensimKey(e.name) === "integ" && e.subscripts.length === 0
    ? e
    : undefined;
}

/** The kind of variable the definitions of one name make, or the first that disagrees. */
export function definitionKind(
  defs: readonly VariableDefinition[],
): { kind: DefinitionKind } | { mixed: VariableDefinition } {
  const kinds = defs.map((d): DefinitionKind => {
    const def = d.def;
    if (def.kind === "lookup") return "lookup";
    // `x := expr` computes like `x = expr`; only a bare name needs data from elsewhere.
    if (def.kind === "data") return "data";
    if (integ(def.rhs) !== undefined) return "stock";
    if (def.rhs.kind === "numbers" || literal(def.rhs) !== undefined) return "constant";
    return "aux";
  });
  const first = kinds[0] ?? "aux";
  if (kinds.includes("data")) return { kind: "data" };
  if (first === "constant" || first === "aux") {
    if (kinds.every((k) => k === "constant" || k === "aux")) {
      return { kind: kinds.every((k) => k === "constant") ? "constant" : "aux" };
    }
  }
  const other = kinds.findIndex((k) => k !== first);
  return other < 0 ? { kind: first } : { mixed: defs[other]! };
}
