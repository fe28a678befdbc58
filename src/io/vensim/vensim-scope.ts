/**
 * How names and subscripts print inside one equation. An equation without subscripts prints
 * names only; an apply-to-all equation keeps the dimensions of its left-hand side (`x[d]`,
 * bound by the engine to the current element); an equation for single cells binds every
 * dimension to an element, resolving subranges and mappings (`-> other`) here in the reader.
 * An apply-to-all equation that needs a subrange or mapping resolved throws
 * {@link NeedsCells}, and the caller prints it cell by cell instead.
 */
import type { Dimension } from "../../model/types.js";
import type { VensimPrintScope } from "./print-vensim-expr.js";
import type { VensimSubscript, VensimTable } from "./vensim-ast.js";
import type { VensimDimensions } from "./vensim-dimensions.js";
import type { VensimNames } from "./vensim-names.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** Thrown when an apply-to-all equation must be written per element. */
export class NeedsCells extends Error {
  override name = "NeedsCells";
}

/** What the scopes of one model share. */
export interface ModelNames {
  readonly names: VensimNames;
  readonly kinds: ReadonlyMap<string, "value" | "lookup">;
  readonly varDims: ReadonlyMap<string, readonly Dimension[]>;
  /** The lookup of each element of a subscripted lookup, by element ids joined with `,`. */
  readonly arrayedLookups: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly dims: VensimDimensions;
  /** A lookup for an inline table of the variable being printed. */
  table(table: VensimTable): string;
}

/** How the subscripts of the equation being printed bind. */
export type SubscriptMode =
  | { readonly kind: "scalar" }
  | { readonly kind: "keep"; readonly lhs: readonly Dimension[] }
  | { readonly kind: "bind"; readonly binding: ReadonlyMap<string, string> };

/** The print scope of one equation. */
export function equationScope(m: ModelNames, mode: SubscriptMode): VensimPrintScope {
  const fail = (message: string, sub: VensimSubscript, code = "subscript-range"): never => {
    throw new VensimSyntaxError(message, sub.start, code);
  };
  const bound = (s: Dimension, binding: ReadonlyMap<string, string>): string | undefined => {
    const direct = binding.get(s.id);
    if (direct !== undefined) return direct;
    for (const [dimId, element] of binding) {
      const t = m.dims.byDimensionId(dimId);
      if (t === undefined) continue;
      const mapped =
        m.dims.mapElement(s, t, element) ?? m.dims.mapElement(s, m.dims.root(t), element);
      if (mapped !== undefined) return mapped;
      if (m.dims.root(s).id === m.dims.root(t).id && s.elements.includes(element)) return element;
    }
    return undefined;
  };
  const one = (sub: VensimSubscript, target: Dimension | undefined, id: string): string => {
    const dim = m.dims.dimension(sub.name);
    const within = (element: string) => {
      if (
        target !== undefined &&
        !target.elements.includes(element) &&
        !m.dims.root(target).elements.includes(element)
      ) {
        fail(`subscript ${sub.name} is not in the range ${target.name ?? target.id} of ${id}`, sub);
      }
      return element;
    };
    if (dim === undefined) {
      const element = m.dims.element(sub.name);
      if (element === undefined)
        return fail(`unknown subscript ${sub.name}`, sub, "unknown-subscript");
      if (sub.bang) fail(`${sub.name}! names an element, not a range`, sub);
      return within(element);
    }
    if (sub.bang) return `${dim.id}!`;
    switch (mode.kind) {
      case "scalar":
        return fail(
          `subscript ${sub.name} is not bound: the left-hand side has no subscripts`,
          sub,
        );
      case "keep": {
        if (!mode.lhs.some((d) => d.id === dim.id)) throw new NeedsCells();
        if (target !== undefined && m.dims.root(target).id !== m.dims.root(dim).id)
          throw new NeedsCells();
        return dim.id;
      }
      case "bind": {
        const element = bound(dim, mode.binding);
        if (element === undefined)
          return fail(`subscript ${sub.name} is not bound by the left-hand side`, sub);
        return within(element);
      }
    }
  };
  return {
    variable(name) {
      const id = m.names.id(name);
      const kind = id === undefined ? undefined : m.kinds.get(id);
      return id === undefined || kind === undefined ? undefined : { id, kind };
    },
    subscripts(id, subs) {
      const target = m.varDims.get(id);
      if (subs.length === 0) return "";
      if (target !== undefined && subs.length !== target.length) {
        fail(
          `${id} has ${target.length} subscript(s), got ${subs.length}`,
          subs[0]!,
          "subscript-count",
        );
      }
      return `[${subs.map((s, k) => one(s, target?.[k], id)).join(", ")}]`;
    },
    lookupElement(id, subs) {
      const family = m.arrayedLookups.get(id);
      const target = m.varDims.get(id) ?? [];
      // A lookup whose definition could not be read: its problem is reported already.
      if (family === undefined && !m.varDims.has(id)) return id;
      if (family === undefined || subs.length !== target.length) {
        return fail(
          `${id} takes ${target.length} subscript(s), got ${subs.length}`,
          subs[0]!,
          "subscript-count",
        );
      }
      if (mode.kind === "keep" && subs.some((s) => m.dims.dimension(s.name) !== undefined))
        throw new NeedsCells();
      const key = subs.map((s, k) => one(s, target[k], id)).join(",");
      return family.get(key) ?? fail(`lookup ${id} has no table for [${key}]`, subs[0]!);
    },
    dimensionSize: (name) => m.dims.dimension(name)?.elements.length,
    position(name, start) {
      const dim = m.dims.dimension(name);
      if (dim === undefined) {
        const element = m.dims.element(name);
        const root = element === undefined ? undefined : m.dims.rootsHolding(element)[0];
        return root === undefined || element === undefined
          ? undefined
          : String(root.elements.indexOf(element) + 1);
      }
      switch (mode.kind) {
        case "scalar":
          return undefined;
        case "keep":
          throw new NeedsCells();
        case "bind": {
          const element = bound(dim, mode.binding);
          if (element === undefined) {
            return fail(`subscript ${name} is not bound by the left-hand side`, {
              name,
              bang: false,
              start,
            });
          }
          // Vensim numbers an element by its place in the outermost range.
          return String(m.dims.root(dim).elements.indexOf(element) + 1);
        }
      }
    },
    table: (t) => m.table(t),
  };
}
