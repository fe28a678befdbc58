/**
 * Which elements each equation of an arrayed variable defines. A variable's dimensions are
 * the outermost ranges (no subranges) of its left-hand sides, position by position; an
 * equation whose subscripts are exactly those ranges applies to all elements, any other
 * (a subrange, a single element, `:EXCEPT:`) defines the cells it names, each cell with the
 * element every subscript of its left-hand side is bound to.
 */
import { checkLimit } from "../../diagnostics/limits.js";
import type { Dimension } from "../../model/types.js";
import type { MdlLhs } from "./parse-mdl-entry.js";
import type { VensimSubscript } from "./vensim-ast.js";
import type { VensimDimensions } from "./vensim-dimensions.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** One element of an arrayed variable defined by one equation. */
export interface Cell {
  /** Element ids joined with `,` (the key of `elements`). */
  readonly key: string;
  readonly elements: readonly string[];
  /** The element each dimension of the left-hand side stands for, by dimension id. */
  readonly binding: ReadonlyMap<string, string>;
}

/** The cells of one equation. */
export interface EquationCells {
  /** The subscripts are the variable's dimensions themselves (no `:EXCEPT:`). */
  readonly applyToAll: boolean;
  readonly cells: readonly Cell[];
}

/** What a left-hand-side subscript is. */
function resolve(
  sub: VensimSubscript,
  dims: VensimDimensions,
): { dim: Dimension } | { element: string } {
  const dim = dims.dimension(sub.name);
  if (dim !== undefined) return { dim };
  const element = dims.element(sub.name);
  if (element !== undefined) return { element };
  throw new VensimSyntaxError(`unknown subscript ${sub.name}`, sub.start, "unknown-subscript");
}

/**
 * The dimensions of a variable from the left-hand sides of all its equations: at each position,
 * the smallest range that holds every element the equations name there, preferring a range an
 * equation names, then one that is no subrange (`x[Sub] = …` alone is arrayed over `Sub`;
 * `x[Sub1] = …` and `x[Sub2] = …` over their parent).
 */
export function variableDimensions(lhss: readonly MdlLhs[], dims: VensimDimensions): Dimension[] {
  const first = lhss[0];
  if (first === undefined || first.subscripts.length === 0) return [];
  const n = first.subscripts.length;
  const out: Dimension[] = [];
  for (let k = 0; k < n; k += 1) {
    const covered = new Set<string>();
    const named: Dimension[] = [];
    for (const lhs of lhss) {
      const sub = lhs.subscripts[k];
      if (sub === undefined || lhs.subscripts.length !== n) {
        throw new VensimSyntaxError(
          `${lhs.name} has ${lhs.subscripts.length} subscript(s) here and ${n} elsewhere`,
          lhs.start,
          "subscript-count",
        );
      }
      const r = resolve(sub, dims);
      if ("dim" in r) {
        named.push(r.dim);
        for (const e of r.dim.elements) covered.add(e);
      } else covered.add(r.element);
    }
    const holds = (d: Dimension) => {
      const own = new Set(d.elements);
      return [...covered].every((e) => own.has(e));
    };
    const smallest = (list: readonly Dimension[]) =>
      list.filter(holds).sort((a, b) => a.elements.length - b.elements.length)[0];
    const chosen =
      smallest(named) ??
      smallest(dims.list.filter((d) => d.parent === undefined)) ??
      smallest(dims.list);
    if (chosen === undefined) {
      throw new VensimSyntaxError(
        `the subscripts of ${first.name} at position ${k + 1} share no range`,
        first.subscripts[k]!.start,
        "subscript-range",
      );
    }
    out.push(chosen);
  }
  return out;
}

/** The cells an equation with left-hand side `lhs` defines in a variable with `varDims`. */
export function equationCells(
  lhs: MdlLhs,
  varDims: readonly Dimension[],
  dims: VensimDimensions,
): EquationCells {
  const options: { elements: readonly string[]; dim?: Dimension }[] = lhs.subscripts.map(
    (sub, k) => {
      const r = resolve(sub, dims);
      const own = varDims[k]!;
      if ("element" in r) {
        if (!own.elements.includes(r.element)) {
          throw new VensimSyntaxError(
            `subscript ${sub.name} is not an element of ${own.name ?? own.id}`,
            sub.start,
            "subscript-range",
          );
        }
        return { elements: [r.element] };
      }
      return { elements: r.dim.elements, dim: r.dim };
    },
  );
  const excluded = new Set(
    lhs.except.flatMap((list) => {
      const sets = list.map((sub) => {
        const r = resolve(sub, dims);
        return "dim" in r ? r.dim.elements : [r.element];
      });
      return product(sets).map((t) => t.join(","));
    }),
  );
  const applyToAll = excluded.size === 0 && options.every((o, k) => o.dim?.id === varDims[k]!.id);
  const cells: Cell[] = [];
  for (const tuple of product(options.map((o) => o.elements))) {
    const key = tuple.join(",");
    if (excluded.has(key) || excludedByPosition(lhs, tuple, excluded)) continue;
    const binding = new Map<string, string>();
    options.forEach((o, k) => {
      if (o.dim !== undefined) binding.set(o.dim.id, tuple[k]!);
    });
    cells.push({ key, elements: tuple, binding });
  }
  return { applyToAll, cells };
}

/** An `:EXCEPT:` list shorter than the subscripts excludes by its leading positions. */
function excludedByPosition(
  lhs: MdlLhs,
  tuple: readonly string[],
  excluded: ReadonlySet<string>,
): boolean {
  return lhs.except.some(
    (list) => list.length < tuple.length && excluded.has(tuple.slice(0, list.length).join(",")),
  );
}

/** The cartesian product of lists, the last varying fastest. */
export function product(lists: readonly (readonly string[])[]): string[][] {
  checkLimit(
    "arrayElements",
    lists.reduce((n, list) => n * list.length, 1),
    "the elements of an array equation",
  );
  let out: string[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((x) => [...prefix, x]));
  return out;
}
