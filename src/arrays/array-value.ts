/**
 * The values subscript substitution works with (an expression, or the elements of an array over
 * named axes) and what it needs to know, shared by the substitution and the vector builtins it
 * calls, so that neither imports the other's code.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { checkLimit } from "../diagnostics/limits.js";
import type { Expr } from "../expr/types.js";
import type { DimensionTable } from "./dimension-table.js";

/** What substitution needs: dimensions, arrayed variables and their flat element ids. */
export interface SubstitutionContext {
  readonly table: DimensionTable;
  /** Dimensions of each arrayed variable. */
  readonly arrayed: ReadonlyMap<string, readonly string[]>;
  /** The flat id of an element of an arrayed variable. */
  flatId(id: string, elements: readonly string[]): string;
  /** Problems are added here (with the variable being flattened). */
  report(d: Omit<Diagnostic, "severity" | "variable">): void;
}

/** One axis of an array value: the dimension named in the subscript, and its elements in order. */
export interface Axis {
  readonly dim: string;
  readonly elements: readonly string[];
}

/**
 * The elements of an array while substituting, row-major over `axes`. Axes are named by the
 * dimension written in the subscript (`a[d1!, d2]` at `d2 = x` has one axis, `d1`), so arrays
 * combine by dimension name: two arrays that share an axis run along it together, an axis only
 * one of them has is broadcast over the other (Vensim and XMILE §3.7.1 semantics).
 */
export interface ArrayValue {
  readonly axes: readonly Axis[];
  readonly items: readonly Expr[];
}

/** A value while substituting: one expression, or the elements of an array. */
export type Value = Expr | ArrayValue;

/** True when `v` is an array (not one expression). */
export const isArrayValue = (v: Value): v is ArrayValue => "items" in v;

/** Every combination of one element from each list, the last list varying fastest (row-major). */
export function cartesian(lists: readonly (readonly string[])[]): string[][] {
  checkLimit(
    "arrayElements",
    lists.reduce((n, list) => n * list.length, 1),
    "the elements of an array",
  );
  return lists.reduce<string[][]>(
    (acc, list) => acc.flatMap((prefix) => list.map((e) => [...prefix, e])),
    [[]],
  );
}
