/**
 * What one subscript of an XMILE array reference means (XMILE 1.0 §3.7.1): `*` every element of
 * the variable's dimension at that position (for array builtins); a dimension name the element
 * of the equation being defined; an element name (`pop[north]`, or qualified `pop[Region.north]`)
 * or a 1-based index (`pop[2]`, unless an element has that number as its name) one fixed element.
 *
 * A name that is both the dimension at that position and one of its elements is the dimension;
 * a name that is an element of that dimension wins over another dimension of the same name.
 */
import type { Subscript } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";
import { xmileNameToId } from "./xmile-names.js";

/** One subscript as written: `*`, a (decoded) name, or an index. */
export type XmileSubscriptTerm =
  | { readonly kind: "all" }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "index"; readonly index: number };

/** The subscript, or a short message saying why the term does not fit. */
export function resolveXmileSubscript(
  term: XmileSubscriptTerm,
  position: Dimension | undefined,
  dimensions: ReadonlyMap<string, Dimension>,
): Subscript | { readonly problem: string } {
  switch (term.kind) {
    case "all":
      return position === undefined
        ? { problem: "* has no dimension at this position" }
        : { kind: "reduce", dim: position.id };
    case "index": {
      // An element named by the number (`year[1990]`), else the element at that index.
      const named = xmileNameToId(String(term.index));
      if (position?.elements.includes(named)) return { kind: "element", element: named };
      const element = position?.elements[term.index - 1];
      if (element === undefined || !Number.isInteger(term.index)) {
        const size = position === undefined ? "" : ` (it has ${position.elements.length})`;
        return { problem: `no element ${term.index} in dimension ${position?.id ?? "?"}${size}` };
      }
      return { kind: "element", element };
    }
    case "name": {
      const id = xmileNameToId(term.name);
      if (position !== undefined && id === position.id) return { kind: "dimension", dim: id };
      if (position?.elements.includes(id)) return { kind: "element", element: id };
      if (dimensions.has(id)) return { kind: "dimension", dim: id };
      const qualified = id.split("__");
      if (qualified.length === 2) {
        const element = qualified[1]!;
        if (dimensions.get(qualified[0]!)?.elements.includes(element)) {
          return { kind: "element", element };
        }
      }
      for (const d of dimensions.values()) {
        if (d.elements.includes(id)) return { kind: "element", element: id };
      }
      return { problem: `${term.name} is neither a dimension nor an element` };
    }
  }
}
