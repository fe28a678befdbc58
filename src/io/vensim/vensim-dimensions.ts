/**
 * Subscript ranges of a `.mdl` file as stockflow {@link Dimension}s, and the questions the
 * reader asks about them. Element ids are canonical ids of the element names (`1` → `_1`).
 * A range whose elements all belong to a larger (or equal, earlier) range is a subrange of
 * the largest such range. `a <-> b` (an equivalence) and `a: b` make `a` a range of its own
 * with the elements of `b`, so `x[b, a]` has two positions that vary apart (Vensim's reference:
 * an equivalent range is the same list of elements under another name). `-> other` is a
 * mapping. Two range names that fold to one canonical id (`DimC` and `DimC'`) get distinct
 * ids: each `'` becomes `_prime`, then a number is added while the id is taken.
 */
import { canonicalId } from "../../model/canonical.js";
import type { Dimension } from "../../model/types.js";
import type { MdlRangeMapping } from "./parse-mdl-entry.js";
import { vensimKey } from "./vensim-functions.js";

/** A range as read from the file. */
export interface RangeDefinition {
  readonly name: string;
  readonly elements: readonly string[];
  readonly maps: readonly MdlRangeMapping[];
}

/** The subscript ranges of a model. */
export class VensimDimensions {
  readonly list: Dimension[] = [];
  private readonly byKey = new Map<string, Dimension>();
  private readonly byId = new Map<string, Dimension>();
  private readonly elementIds = new Map<string, string>();

  constructor(
    ranges: readonly RangeDefinition[],
    equivalences: readonly { name: string; other: string }[],
  ) {
    const byName = new Map(ranges.map((r) => [vensimKey(r.name), r]));
    // An element that names another range stands for that range's elements (`d: a, sub, b`).
    const expand = (names: readonly string[], seen: ReadonlySet<string>): string[] =>
      names.flatMap((e) => {
        const key = vensimKey(e);
        const inner = byName.get(key);
        return inner === undefined || seen.has(key)
          ? [e]
          : expand(inner.elements, new Set([...seen, key]));
      });
    const all: RangeDefinition[] = [...ranges];
    for (const q of equivalences) {
      const target = byName.get(vensimKey(q.other));
      if (target !== undefined && !byName.has(vensimKey(q.name))) {
        all.push({ name: q.name, elements: [q.other], maps: [] });
      }
    }
    const taken = new Set<string>();
    const uniqueId = (name: string): string => {
      let id = canonicalId(name);
      if (taken.has(id)) id = canonicalId(name.replace(/'/g, " prime "));
      for (let n = 2; taken.has(id); n += 1) id = `${canonicalId(name)}_${n}`;
      taken.add(id);
      return id;
    };
    for (const given of all) {
      const r = { ...given, elements: expand(given.elements, new Set([vensimKey(given.name)])) };
      const elements = r.elements.map((e) => canonicalId(e));
      r.elements.forEach((e, i) => {
        this.elementIds.set(vensimKey(e), elements[i]!);
      });
      const dim: Dimension = {
        id: uniqueId(r.name),
        name: r.name,
        elements,
        elementNames: r.elements,
      };
      this.byKey.set(vensimKey(r.name), dim);
      this.byId.set(dim.id, dim);
      this.list.push(dim);
    }
    this.list.forEach((dim, i) => {
      const parent = this.parentOf(dim, i);
      const maps = all[i]!.maps.map((m) => ({
        to: this.byKey.get(vensimKey(m.to))?.id ?? canonicalId(m.to),
        ...(m.elements !== undefined ? { elements: m.elements.map((e) => canonicalId(e)) } : {}),
      }));
      const full: Dimension = {
        ...dim,
        ...(parent !== undefined ? { parent: parent.id } : {}),
        ...(maps.length > 0 ? { maps } : {}),
      };
      this.list[i] = full;
      this.byId.set(full.id, full);
      for (const [key, d] of this.byKey) if (d.id === full.id) this.byKey.set(key, full);
    });
  }

  private parentOf(dim: Dimension, index: number): Dimension | undefined {
    let best: Dimension | undefined;
    this.list.forEach((other, j) => {
      if (other === dim || other.elements.length < dim.elements.length) return;
      if (other.elements.length === dim.elements.length && j > index) return;
      const holds = new Set(other.elements);
      if (!dim.elements.every((e) => holds.has(e))) return;
      if (best === undefined || other.elements.length > best.elements.length) best = other;
    });
    return best;
  }

  /** The dimension of a range name (or an equivalent name). */
  dimension(name: string): Dimension | undefined {
    return this.byKey.get(vensimKey(name));
  }

  /** The dimension with this id. */
  byDimensionId(id: string): Dimension | undefined {
    return this.byId.get(id);
  }

  /** The id of an element name, when it is an element of some range. */
  element(name: string): string | undefined {
    return this.elementIds.get(vensimKey(name));
  }

  /** The outermost range of a dimension (itself when it is no subrange). */
  root(dim: Dimension): Dimension {
    let d = dim;
    for (let i = 0; i < 8 && d.parent !== undefined; i += 1) d = this.byId.get(d.parent) ?? d;
    return d;
  }

  /** The ranges that are no subranges and hold this element id. */
  rootsHolding(element: string): Dimension[] {
    return this.list.filter((d) => d.parent === undefined && d.elements.includes(element));
  }

  /**
   * The element of `from` that corresponds to `element` of `to`, through a mapping in either
   * direction (`from -> to` or `to -> from`); undefined when there is none. An entry of a
   * mapping list may be a subrange (`DimD: D1, D2 -> (DimA: SubA, A1)`): D1 then stands for
   * every element of SubA.
   */
  mapElement(from: Dimension, to: Dimension, element: string): string | undefined {
    const covers = (entry: string): readonly string[] => this.byId.get(entry)?.elements ?? [entry];
    const forward = from.maps?.find((m) => m.to === to.id);
    if (forward !== undefined) {
      const targets = forward.elements ?? to.elements;
      const i = targets.findIndex((t) => covers(t).includes(element));
      return i < 0 ? undefined : from.elements[i];
    }
    const backward = to.maps?.find((m) => m.to === from.id);
    if (backward !== undefined) {
      const i = to.elements.indexOf(element);
      const entry = (backward.elements ?? from.elements)[i];
      const all = entry === undefined ? [] : covers(entry);
      return all.length === 1 ? all[0] : undefined;
    }
    return undefined;
  }
}
