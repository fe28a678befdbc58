/**
 * The connectors of a stock-and-flow diagram: which variable's equation reads which other
 * variable. Equations are parsed with the model's scope; an equation that does not parse gives
 * no connectors (the diagram still draws; checking models is the compiler's job).
 */
import { equationScope } from "../../expr/equation-scope.js";
import { parseEquation } from "../../expr/parse-equation.js";
import { references } from "../../expr/references.js";
import type { Model, Variable } from "../../model/types.js";

/** A connector from the variable read to the variable whose equation reads it. */
export interface ModelLink {
  readonly from: string;
  readonly to: string;
  /** `initial` when only a stock's initial value reads it. */
  readonly kind: "equation" | "initial";
}

function equationOf(v: Variable): string | undefined {
  switch (v.kind) {
    case "flow":
    case "aux":
      return v.equation;
    case "stock":
      return v.initial;
    case "constant":
    case "lookup":
      return undefined;
  }
}

/** Every connector of the model, in variable order, without duplicates or self-links. */
export function modelLinks(model: Model): ModelLink[] {
  const scope = equationScope(model.variables);
  const links: ModelLink[] = [];
  for (const v of model.variables) {
    const text = equationOf(v);
    if (text === undefined) continue;
    const { expr } = parseEquation(text, scope);
    if (expr === undefined) continue;
    for (const id of references(expr)) {
      if (id !== v.id)
        links.push({ from: id, to: v.id, kind: v.kind === "stock" ? "initial" : "equation" });
    }
  }
  return links;
}
