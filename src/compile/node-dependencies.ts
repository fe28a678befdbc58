/**
 * What each node reads, in the initial pass and in the step pass. In the step pass stocks,
 * parameters, static nodes, memories and pipelines are state: reading them imposes no order.
 */
import { references } from "../expr/references.js";
import type { Expr } from "../expr/types.js";
import type { IrNode } from "./ir.js";

function refs(...exprs: readonly (Expr | undefined)[]): string[] {
  const out = new Set<string>();
  for (const e of exprs) if (e) references(e, out);
  return [...out];
}

/** Ids a node reads when the run is initialised. */
export function initDependencies(node: IrNode): string[] {
  switch (node.kind) {
    case "stock":
      return refs(node.initial);
    case "aux":
      return refs(node.init ?? node.expr);
    case "static":
      return refs(node.expr);
    case "memory":
      return refs(node.initial);
    case "pipeline":
      return refs(node.initial, node.delay);
    case "param":
      return [];
  }
}

/** Ids a node reads in every step (only auxiliaries are computed in the step pass). */
export function stepDependencies(node: IrNode): string[] {
  return node.kind === "aux" ? refs(node.expr) : [];
}

/** Ids read after the step pass: memory updates, pipeline inputs and delays, stock rates. */
export function postDependencies(node: IrNode): string[] {
  switch (node.kind) {
    case "stock":
      return refs(node.rate);
    case "memory":
      return refs(node.update);
    case "pipeline":
      return refs(node.input, node.delay);
    default:
      return [];
  }
}
