/**
 * Data variables without an equation (`Population`, `A Values[DimA]`, `x :RAW:`) take their
 * values from data files given at run time, as Vensim does (`stockflow run m.mdl --data
 * d.dat`). Each such definition becomes, element by element, an equation that reads the
 * series the way its keyword says ({@link dataExpr}: interpolated when there is none). A
 * variable no file holds at all is an error; an element of an array the files leave out is
 * Vensim's :NA: (the same number the reader gives `:NA:`), with a warning.
 */
import { canonicalId } from "../../model/canonical.js";
import { dataBetweenTimesExpr } from "./data-between-times.js";
import { dataExpr } from "./data-expression.js";
import type { VariableDefinition } from "./expand-macros.js";
import type { MdlProblem } from "./mdl-problem.js";
import { type DataMode, mapChildren, type VensimExpr, type VensimSubscript } from "./vensim-ast.js";
import { vensimKey } from "./vensim-functions.js";

/** The number the reader gives Vensim's `:NA:`. */
const VENSIM_NA = -1e38;

import { expectString, expectStrings } from "../../diagnostics/check-argument.js";
import type { VensimDimensions } from "./vensim-dimensions.js";

/** Points of a series: (time, value), times increasing. */
export type SeriesPoints = readonly (readonly [number, number])[];

/** Series read from data files, by {@link seriesKey}. */
export type ExternalData = ReadonlyMap<string, SeriesPoints>;

/** The key of a variable's element: `a_values[a1,b2]`, or the canonical id of a scalar. */
export function seriesKey(name: string, elements: readonly string[] = []): string {
  expectString("seriesKey", "name", name);
  expectStrings("seriesKey", "elements", elements);
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

/**
 * `GET DATA BETWEEN TIMES(x[e], time, mode)` of a data variable the data files hold: the
 * series of `x[e]` read at `time`, interpolated (mode 0), looking forward (1) or holding
 * backward (-1) as {@link dataBetweenTimesExpr} says, and :NA: before its first or after its
 * last point, as Vensim's reference says. The mode must be a number or a
 * constant of the model. Calls of other variables are left for the caller to report.
 */
export function withDataBetweenTimes(
  defs: readonly VariableDefinition[],
  data: ExternalData | undefined,
  dims: VensimDimensions,
): VariableDefinition[] {
  if (data === undefined || data.size === 0) return [...defs];
  const constants = new Map<string, number>();
  for (const d of defs) {
    if (d.def.kind !== "equation" || d.def.lhs.subscripts.length > 0) continue;
    const value = numberOf(d.def.rhs);
    if (value !== undefined) constants.set(vensimKey(d.def.lhs.name), value);
  }
  const modeOf = (e: VensimExpr): DataMode | undefined => {
    const value =
      e.kind === "name" && e.subscripts.length === 0
        ? constants.get(vensimKey(e.name))
        : numberOf(e);
    return value === 0
      ? "interpolate"
      : value === 1
        ? "look forward"
        : value === -1
          ? "hold backward"
          : undefined;
  };
  // `binding`: range name → element name, for a series named by ranges (`Values[DimA]`).
  const visit = (e: VensimExpr, binding: ReadonlyMap<string, string>): VensimExpr => {
    const inner = mapChildren(e, (c) => visit(c, binding));
    if (inner.kind !== "call" || vensimKey(inner.name) !== "get data between times") return inner;
    const [series, at, mode] = inner.args;
    if (series?.kind !== "name" || at === undefined || mode === undefined) return inner;
    const elements = series.subscripts.map((s) => binding.get(vensimKey(s.name)) ?? s.name);
    const points = data.get(seriesKey(series.name, elements));
    const how = modeOf(mode);
    if (points === undefined || points.length === 0 || how === undefined) return inner;
    // Outside the data, Vensim's reference gives :NA:.
    const start = inner.start;
    const [first] = points[0]!;
    const [last] = points[points.length - 1]!;
    const outside: VensimExpr = {
      kind: "binary",
      op: "or",
      left: {
        kind: "binary",
        op: "<",
        left: at,
        right: { kind: "number", value: first, start },
        start,
      },
      right: {
        kind: "binary",
        op: ">",
        left: at,
        right: { kind: "number", value: last, start },
        start,
      },
      start,
    };
    const na: VensimExpr = { kind: "number", value: VENSIM_NA, start };
    const read = dataBetweenTimesExpr(points, how, at, start);
    return { kind: "call", name: "IF THEN ELSE", subscripts: [], args: [outside, na, read], start };
  };
  return defs.flatMap((d) => {
    if (d.def.kind !== "equation") return [d];
    const { lhs } = d.def;
    const ranged = lhs.subscripts.some((s) => dims.dimension(s.name) !== undefined);
    if (!ranged || !/get[\s_]+data[\s_]+between[\s_]+times/i.test(d.entry.text)) {
      return [{ ...d, def: { ...d.def, rhs: visit(d.def.rhs, new Map()) } }];
    }
    // Element by element, so that a series named by the equation's ranges is one element's.
    const { rhs } = d.def;
    return cellsOf(lhs.subscripts, dims).map((cell) => {
      const binding = new Map(lhs.subscripts.map((s, k) => [vensimKey(s.name), cell[k]!.name]));
      const def = {
        ...d.def,
        lhs: { ...lhs, subscripts: cell, except: [] },
        rhs: visit(rhs, binding),
      };
      return { ...d, def, dimsLhs: lhs };
    });
  });
}

function numberOf(e: VensimExpr): number | undefined {
  if (e.kind === "number") return e.value;
  if (e.kind === "unary" && e.op === "-" && e.arg.kind === "number") return -e.arg.value;
  return undefined;
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
