/**
 * The connectors of a stock-and-flow diagram: which variable's equation reads which other
 * variable. Equations are parsed with the model's scope; an equation that does not parse gives
 * no connectors (the diagram still draws; checking models is the compiler's job).
 */

import { expectModel } from "../../diagnostics/check-argument.js";
import { equationScope } from "../../expr/equation-scope.js";
import { parseEquation } from "../../expr/parse-equation.js";
import { references } from "../../expr/references.js";
import { canonicalId } from "../../model/canonical.js";
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
  expectModel("modelLinks", "model", model, ["stock-flow"]);
  const dims = new Set((model.dimensions ?? []).map((d) => canonicalId(d.id)));
  const elements = new Set(
    (model.dimensions ?? []).flatMap((d) => d.elements.map((e) => canonicalId(e))),
  );
  // subscripts name dimensions or elements, so arrayed equations give their connectors too
  const scope = {
    ...equationScope(model.variables),
    subscriptKind: (id: string) =>
      dims.has(canonicalId(id))
        ? "dimension"
        : elements.has(canonicalId(id))
          ? "element"
          : undefined,
  } as const;
  const links: ModelLink[] = [];
  for (const v of model.variables) {
    const main = equationOf(v);
    // element-by-element equations of an arrayed variable read variables too
    const own = "elements" in v && v.elements ? Object.values(v.elements) : [];
    const seen = new Set<string>();
    for (const text of [...(main === undefined ? [] : [main]), ...own]) {
      const { expr } = parseEquation(text, scope);
      if (expr === undefined) continue;
      for (const id of references(expr)) {
        if (id === v.id || seen.has(id)) continue;
        seen.add(id);
        links.push({ from: id, to: v.id, kind: v.kind === "stock" ? "initial" : "equation" });
      }
    }
  }
  return links;
}
