/**
 * Data variables without an equation (`Population`, `A Values[DimA]`, `x :RAW:`) take their
 * values from data files given at run time, as Vensim does (`stockflow run m.mdl --data
 * d.dat`). Each such definition becomes, element by element, an equation that reads the
 * series the way its keyword says ({@link dataExpr}: interpolated when there is none). A
 * variable no file holds at all is an error; an element of an array the files leave out is
 * Vensim's :NA: (the same number the reader gives `:NA:`), with a warning.
 */
import { canonicalId } from "../../model/canonical.js";
import { dataExpr } from "./data-expression.js";
import type { VariableDefinition } from "./expand-macros.js";
import type { MdlProblem } from "./mdl-problem.js";
import type { VensimExpr, VensimSubscript } from "./vensim-ast.js";

/** The number the reader gives Vensim's `:NA:`. */
const VENSIM_NA = -1e38;

import type { VensimDimensions } from "./vensim-dimensions.js";

/** Points of a series: (time, value), times increasing. */
export type SeriesPoints = readonly (readonly [number, number])[];

/** Series read from data files, by {@link seriesKey}. */
export type ExternalData = ReadonlyMap<string, SeriesPoints>;

/** The key of a variable's element: `a_values[a1,b2]`, or the canonical id of a scalar. */
export function seriesKey(name: string, elements: readonly string[] = []): string {
  const id = canonicalId(name);
  return elements.length === 0 ? id : `${id}[${elements.map((e) => canonicalId(e)).join(",")}]`;
}

/**
 * Turn each data definition into equations over the series of `data`; definitions of other
 * kinds pass through. A data definition left as it is (no data given at all) is reported by
 * the caller as before.
 */
export function withExternalData(
  defs: readonly VariableDefinition[],
  data: ExternalData | undefined,
  dims: VensimDimensions,
  problems: MdlProblem[],
): VariableDefinition[] {
  if (data === undefined || data.size === 0) return [...defs];
  return defs.flatMap((d) => {
    if (d.def.kind !== "data") return [d];
    const { lhs, mode } = d.def;
    const out: VariableDefinition[] = [];
    const missing: string[] = [];
    for (const cell of cellsOf(lhs.subscripts, dims)) {
      const key = seriesKey(
        lhs.name,
        cell.map((s) => s.name),
      );
      const points = data.get(key);
      if (points === undefined || points.length === 0) missing.push(key);
      const rhs: VensimExpr =
        points === undefined || points.length === 0
          ? { kind: "number", value: VENSIM_NA, start: lhs.start }
          : dataExpr(points, mode ?? "interpolate", lhs.start);
      out.push({
        ...d,
        def: {
          kind: "equation",
          lhs: { name: lhs.name, subscripts: cell, except: [], start: lhs.start },
          op: "=",
          rhs,
        },
        dimsLhs: lhs,
        source: "data given at run time",
      });
    }
    if (missing.length > 0) {
      const all = missing.length === out.length;
      problems.push({
        code: "data-missing",
        message: all
          ? `no data for ${missing[0]} in the data files given`
          : `no data for ${missing.join(", ")} in the data files given: :NA: (${VENSIM_NA})`,
        offset: d.entry.offset + lhs.start,
        ...(all ? {} : { severity: "warning" as const }),
        variable: canonicalId(lhs.name),
        value: missing[0]!,
      });
      if (all) return [];
    }
    return out;
  });
}

/** Every element tuple a left-hand side names, as subscripts naming single elements. */
function cellsOf(subs: readonly VensimSubscript[], dims: VensimDimensions): VensimSubscript[][] {
  let cells: VensimSubscript[][] = [[]];
  for (const sub of subs) {
    const dim = dims.dimension(sub.name);
    const names = dim === undefined ? [sub.name] : (dim.elementNames ?? dim.elements);
    cells = cells.flatMap((cell) => names.map((name) => [...cell, { ...sub, name }]));
  }
  return cells;
}
