/**
 * Work done once: an auxiliary whose equation depends on parameters and other such auxiliaries
 * only (no time, no test input, no randomness, no state) cannot change during a run, so it is
 * computed in the initial pass and never again.
 */

import { BUILTINS } from "../expr/builtins.js";
import type { Expr } from "../expr/types.js";
import type { IrNode } from "./ir.js";

function isConstantIn(expr: Expr, constant: ReadonlySet<string>): boolean {
  switch (expr.kind) {
    case "number":
      return true;
    case "ref":
      return constant.has(expr.id);
    case "unary":
      return isConstantIn(expr.arg, constant);
    case "binary":
      return isConstantIn(expr.left, constant) && isConstantIn(expr.right, constant);
    case "if":
      return [expr.cond, expr.then, expr.else].every((e) => isConstantIn(e, constant));
    case "lookup":
      return isConstantIn(expr.arg, constant);
    case "call": {
      const category = BUILTINS[expr.fn]?.category;
      const timeFree = category === "math" || (category === "time" && expr.fn !== "time");
      return timeFree && expr.args.every((e) => isConstantIn(e, constant));
    }
  }
}

/** The nodes with plain auxiliaries that cannot change during a run turned into `static` nodes. */
export function classifyStatic(nodes: readonly IrNode[]): IrNode[] {
  const constant = new Set(
    nodes.filter((n) => n.kind === "param" || n.kind === "static").map((n) => n.id),
  );
  const result = [...nodes];
  let changed = true;
  while (changed) {
    changed = false;
    result.forEach((node, i) => {
      if (node.kind !== "aux" || node.flow || node.init !== undefined || constant.has(node.id))
        return;
      if (!isConstantIn(node.expr, constant)) return;
      constant.add(node.id);
      result[i] = {
        kind: "static",
        id: node.id,
        owner: node.owner,
        hidden: node.hidden,
        expr: node.expr,
        ...(node.gf ? { gf: node.gf } : {}),
      };
      changed = true;
    });
  }
  return result;
}
