/**
 * Dimensions of a model, resolved: elements by dimension, subrange and mapping relations, and how
 * a dimension named in a subscript binds to the current element of the equation being defined.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Dimension, Model } from "../model/types.js";

/** The dimensions of a model with the relations flattening needs. */
export interface DimensionTable {
  readonly dims: ReadonlyMap<string, Dimension>;
  /** Every element id of every dimension. */
  readonly elements: ReadonlySet<string>;
  /** Elements of a dimension. */
  elementsOf(dim: string): readonly string[];
  /**
   * The element that dimension `dim`, named in a subscript, takes when the equation being
   * defined is at `binding` (dimension → element): the same dimension, a subrange or parent
   * that contains the element, or a mapping between them. Undefined when `dim` is not bound.
   */
  bind(dim: string, binding: ReadonlyMap<string, string>): string | undefined;
}

export function dimensionTable(model: Model, diagnostics: Diagnostic[]): DimensionTable {
  const dims = new Map((model.dimensions ?? []).map((d) => [d.id, d]));
  const elements = new Set((model.dimensions ?? []).flatMap((d) => d.elements));
  for (const d of dims.values()) {
    if (d.parent !== undefined && !dims.has(d.parent)) {
      diagnostics.push({
        severity: "error",
        code: "unknown-dimension",
        message: `dimension ${d.id} is a subrange of an unknown dimension: ${d.parent}`,
        value: d.parent,
      });
    }
  }
  const elementsOf = (dim: string) => dims.get(dim)?.elements ?? [];
  // A mapping entry may name a subrange, which stands for all its elements.
  const covers = (entry: string): readonly string[] => dims.get(entry)?.elements ?? [entry];
  // Element-wise mapping from one dimension onto another (declared in either direction).
  const mapped = (from: string, to: string, element: string): string | undefined => {
    const source = dims.get(from);
    const map = source?.maps?.find((m) => m.to === to);
    if (source && map) {
      const entry = (map.elements ?? elementsOf(to))[source.elements.indexOf(element)];
      const all = entry === undefined ? [] : covers(entry);
      return all.length === 1 ? all[0] : undefined;
    }
    const target = dims.get(to);
    const back = target?.maps?.find((m) => m.to === from);
    if (target && back) {
      const i = (back.elements ?? elementsOf(from)).findIndex((e) => covers(e).includes(element));
      return i < 0 ? undefined : target.elements[i];
    }
    return undefined;
  };
  const bind = (dim: string, binding: ReadonlyMap<string, string>): string | undefined => {
    const direct = binding.get(dim);
    if (direct !== undefined) return direct;
    const own = elementsOf(dim);
    for (const [bound, element] of binding) {
      // A subrange or a parent of the bound dimension: the same element, if it is in `dim`.
      const related = dims.get(bound)?.parent === dim || dims.get(dim)?.parent === bound;
      if (related && own.includes(element)) return element;
      const viaMap = mapped(bound, dim, element);
      if (viaMap !== undefined) return viaMap;
    }
    return undefined;
  };
  return { dims, elements, elementsOf, bind };
}
