/**
 * A dimension name, or a qualified element `Dim.Elem`, used as a value (XMILE 1.0 §3.7.1 and
 * Stella): in an equation defined over `Dim`, the name `Dim` is the 1-based position of the
 * element being computed; `Dim.Elem` is the position of `Elem` in `Dim`, the same everywhere.
 *
 * A dimension mapped onto or from a dimension of the equation (Stella's `isee:maps_to`, as
 * Vensim's `->`) is at the position the mapping pairs with the element being defined, and a
 * parent or subrange of it at the position of the same element.
 *
 * The position of `Dim` differs from element to element, so an apply-to-all equation that uses
 * it is read once per element, with that element bound (`needsElement`); that keeps the
 * flattened model free of any run-time lookup of positions.
 */
import type { Dimension } from "../../model/types.js";

/** What a name that is no variable means as a value. */
export type DimensionValue =
  | { readonly value: number }
  | { readonly needsElement: string }
  | { readonly problem: string };

/**
 * The value of the name with id `id`, or undefined when it names no dimension or qualified
 * element. `binding` gives the element being computed in each dimension (when the equation is
 * read per element); `definingDims` are the dimensions of the variable being defined.
 */
export function dimensionValue(
  id: string,
  dimensions: ReadonlyMap<string, Dimension> | undefined,
  binding: ReadonlyMap<string, string> | undefined,
  definingDims: readonly string[],
): DimensionValue | undefined {
  if (dimensions === undefined) return undefined;
  const dim = dimensions.get(id);
  if (dim !== undefined) {
    if (binding !== undefined) {
      const at = boundPosition(dim, binding, dimensions);
      if (at !== undefined) return { value: at };
    }
    const related = definingDims.find((d) => d === id || relation(dim, d, dimensions));
    if (related !== undefined && binding === undefined) return { needsElement: related };
    return {
      problem: `dimension ${dim.name ?? id} is used as a value, but the equation is not defined over it`,
    };
  }
  const parts = id.split("__");
  if (parts.length !== 2) return undefined;
  const owner = dimensions.get(parts[0]!);
  const at = owner?.elements.indexOf(parts[1]!) ?? -1;
  return at < 0 ? undefined : { value: at + 1 };
}

/** Whether `dim` is mapped onto or from `other`, or is its parent or subrange. */
function relation(
  dim: Dimension,
  other: string,
  dimensions: ReadonlyMap<string, Dimension>,
): boolean {
  const o = dimensions.get(other);
  return (
    (dim.maps ?? []).some((m) => m.to === other) ||
    (o?.maps ?? []).some((m) => m.to === dim.id) ||
    dim.parent === other ||
    o?.parent === dim.id
  );
}

/** The 1-based position in `dim` of the element `binding` gives it, directly or related. */
function boundPosition(
  dim: Dimension,
  binding: ReadonlyMap<string, string>,
  dimensions: ReadonlyMap<string, Dimension>,
): number | undefined {
  const direct = binding.get(dim.id);
  if (direct !== undefined) return dim.elements.indexOf(direct) + 1;
  for (const [bound, element] of binding) {
    const other = dimensions.get(bound);
    if (other === undefined) continue;
    if ((dim.parent === bound || other.parent === dim.id) && dim.elements.includes(element)) {
      return dim.elements.indexOf(element) + 1;
    }
    const i = other.elements.indexOf(element);
    const onto = (other.maps ?? []).find((m) => m.to === dim.id);
    if (onto !== undefined) {
      const target = onto.elements?.[i] ?? dim.elements[i];
      const at = target === undefined ? -1 : dim.elements.indexOf(target);
      if (at >= 0) return at + 1;
    }
    const from = (dim.maps ?? []).find((m) => m.to === bound);
    if (from !== undefined) {
      const at = (from.elements ?? other.elements).indexOf(element);
      if (at >= 0 && at < dim.elements.length) return at + 1;
    }
  }
  return undefined;
}
