/**
 * What an equation can name: which canonical ids are model variables with a value, which are
 * lookups (graphical functions called as `table(x)`), and the names offered as did-you-mean
 * suggestions.
 */

import { expectArray } from "../diagnostics/check-argument.js";
import { canonicalId } from "../model/canonical.js";
import type { Variable } from "../model/types.js";

/** The names an equation may use; see `docs/equations.md` for the resolution order. */
export interface EquationScope {
  /** `value` for a variable with a value, `lookup` for a lookup, undefined for anything else. */
  kindOf(id: string): "value" | "lookup" | undefined;
  /** Names offered as did-you-mean suggestions (ids or display names). */
  readonly names?: readonly string[];
  /**
   * For models with arrays: whether a canonical id names a dimension or an element, so that
   * `pop[region]`, `pop[north]` and `pop[region!]` resolve. Without it, subscripts are an error.
   */
  subscriptKind?(id: string): "dimension" | "element" | undefined;
}

/** The scope of a model's equations: every variable by id, lookups as `lookup`. */
export function equationScope(variables: readonly Variable[]): EquationScope {
  expectArray("equationScope", "variables", variables);
  const kinds = new Map<string, "value" | "lookup">();
  for (const v of variables) kinds.set(v.id, v.kind === "lookup" ? "lookup" : "value");
  return {
    kindOf: (id) => kinds.get(id) ?? kinds.get(canonicalId(id)),
    names: variables.map((v) => v.id),
  };
}
