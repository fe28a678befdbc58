/**
 * Subscripted lookups (`table[A](…)`, `table[B](…)`): stockflow lookups have one table each, so
 * every element gets its own lookup `<table>_<element ids>` (ids joined with `_`), and a call
 * `table[D](x)` is written per element as the call of that element's lookup.
 */
import type { Dimension, Lookup } from "../../model/types.js";
import { equationCells } from "./array-cells.js";
import type { VariableDefinition } from "./expand-macros.js";
import { checkedGf } from "./table-gf.js";
import type { VensimDimensions } from "./vensim-dimensions.js";
import type { VensimNames } from "./vensim-names.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** The lookups of one subscripted lookup, and which serves which element key. */
export interface ArrayedLookup {
  readonly lookups: readonly Lookup[];
  /** Lookup id by element ids joined with `,`. */
  readonly byElement: ReadonlyMap<string, string>;
}

/** Build the per-element lookups; problems go to `fail`. */
export function arrayedLookup(
  id: string,
  defs: readonly VariableDefinition[],
  varDims: readonly Dimension[],
  names: VensimNames,
  dims: VensimDimensions,
  fail: (error: VensimSyntaxError, d: VariableDefinition) => void,
): ArrayedLookup {
  const lookups: Lookup[] = [];
  const byElement = new Map<string, string>();
  for (const d of defs) {
    if (d.def.kind !== "lookup") continue;
    let cells: ReturnType<typeof equationCells>["cells"];
    try {
      cells = equationCells(d.def.lhs, varDims, dims).cells;
    } catch (error) {
      if (!(error instanceof VensimSyntaxError)) throw error;
      fail(error, d);
      continue;
    }
    const gf = checkedGf(d.def.table, d, fail);
    if (gf === undefined) continue;
    for (const cell of cells) {
      const hidden = `${id}_${cell.elements.join("_")}`;
      const lookup = names.add(hidden, hidden).id;
      lookups.push({ kind: "lookup", id: lookup, gf });
      byElement.set(cell.key, lookup);
    }
  }
  return { lookups, byElement };
}
