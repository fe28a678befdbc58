/**
 * Turn an arrayed XMILE variable (one with `<dimensions>`, XMILE 1.0 §3.7.1) into stockflow
 * variables.
 *
 * Decisions: an apply-to-all equation stays one `equation` (`initial` for a stock); per-element
 * equations go to `elements` (`initialElements`), keyed row-major, with the first element's
 * equation as the apply-to-all `equation` unless the file gives one; an auxiliary whose every
 * element is a plain number is a `constant` with row-major `values` (one number for all: just
 * `value`). A `<gf>` of the variable, or the same `<gf>` on every element, is the variable's
 * `gf`; elements with graphical functions that differ each get a stand-alone `lookup` variable
 * (id `<variable>_<elements>_gf`) that their equation calls, since a variable has one `gf`.
 * A variable used as a table (`LOOKUP(tables[A], x)`) gets such a lookup for every element that
 * has a graphical function, shared or its own, and the call reads that element's lookup.
 *
 * An apply-to-all equation that needs the element being defined (a dimension name used as a
 * value, `LOOKUP(table[Dim], x)`) is read once per element, each becoming that element's
 * equation; per-element equations are always read with their element bound.
 */
import type { Expr } from "../../expr/types.js";
import type { Dimension, GraphicalFunction, Variable } from "../../model/types.js";
import type { RawVariable } from "./collect-variables.js";
import { type ArrayCell, readArrayEquations } from "./read-array-equations.js";
import type { XmileContext } from "./xmile-context.js";
import { child, type XmlElement } from "./xml-element.js";

/** Returned by `translate` when the equation must be read once per element. */
export const PER_ELEMENT: unique symbol = Symbol("per-element");

/** What building an arrayed variable borrows from the scalar builder. */
export interface ArrayedParts {
  /** Id, name, units, doc, location and `dims` of the variable. */
  readonly base: Omit<Variable, "kind" | "equation" | "gf">;
  readonly dims: readonly Dimension[];
  /**
   * Translate equation text found in `at` (for the element `binding`, when given); undefined
   * after reporting the problem, {@link PER_ELEMENT} when it must be read per element.
   */
  translate(
    text: string,
    at: XmlElement,
    path: string,
    binding?: ReadonlyMap<string, string>,
  ): Expr | typeof PER_ELEMENT | undefined;
  readGf(gf: XmlElement): GraphicalFunction | undefined;
  print(expr: Expr): string;
  /** The value of a plain (signed) number expression. */
  numberValue(expr: Expr): number | undefined;
  /** Flow or stock flags the scalar builder works out (`nonNegative`, `inflows`, `outflows`). */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** The variable (and any per-element lookups), or undefined after reporting why not. */
export function buildArrayedVariable(
  raw: RawVariable,
  parts: ArrayedParts,
  ctx: XmileContext,
): Variable[] | undefined {
  const { base, translate, print } = parts;
  const site = { path: raw.path, element: raw.element, variable: raw.id };
  if (raw.tag === "gf") {
    ctx.error("unsupported", "unsupported: arrayed stand-alone graphical functions", site);
    return undefined;
  }
  const eqs = readArrayEquations(raw.element, parts.dims, raw.path, raw.id, ctx);
  if (eqs === undefined) return undefined;
  const eqn = eqs.eqn;
  if ((eqn === undefined || eqn.text.trim() === "") && eqs.cells.length === 0) {
    ctx.error("missing-equation", `<${raw.element.name}> without <eqn>`, site);
    return undefined;
  }
  const bindingOf = (key: string) =>
    new Map(key.split(",").map((element, i) => [parts.dims[i]!.id, element] as const));
  const read = eqn !== undefined ? translate(eqn.text, eqn, `${raw.path}/eqn`) : undefined;
  if (eqn !== undefined && read === undefined) return undefined;
  const all = read === PER_ELEMENT ? undefined : read;
  const given = new Set(eqs.cells.map((c) => c.key));
  const perElement: ArrayCell[] =
    read === PER_ELEMENT && eqn !== undefined
      ? eqs.keys
          .filter((key) => !given.has(key))
          .map((key) => ({ key, text: eqn.text, at: eqn, path: `${raw.path}/eqn` }))
      : [];
  const order = new Map(eqs.keys.map((k, i) => [k, i]));
  const allCells = [...eqs.cells, ...perElement].sort(
    (a, b) => order.get(a.key)! - order.get(b.key)!,
  );
  const cells = allCells.map((c) => {
    const expr = translate(c.text, c.at, c.path, bindingOf(c.key));
    return { cell: c, expr: expr === PER_ELEMENT ? undefined : expr };
  });
  if (cells.some((c) => c.expr === undefined)) return undefined;
  const varGf = child(raw.element, "gf");
  const gf = varGf === undefined ? undefined : parts.readGf(varGf);
  if (varGf !== undefined && gf === undefined) return undefined;

  if (raw.tag === "stock") {
    const texts = cells.map(({ cell, expr }) => [cell.key, print(expr!)] as const);
    const initial = all !== undefined ? print(all) : (texts[0]?.[1] ?? "0");
    const initialElements = texts.length > 0 ? { initialElements: Object.fromEntries(texts) } : {};
    return [{ kind: "stock", ...base, initial, ...initialElements, ...parts.extra } as Variable];
  }
  const numbers = cells.map((c) => parts.numberValue(c.expr!));
  const everyNumber = cells.length === eqs.keys.length && numbers.every((n) => n !== undefined);
  const cellGfs = cells.map(({ cell }) => (cell.gf ? parts.readGf(cell.gf) : undefined));
  if (raw.tag === "aux" && gf === undefined && cells.every(({ cell }) => !cell.gf)) {
    if (all === undefined && everyNumber) {
      return [{ kind: "constant", ...base, value: 0, values: numbers as number[] }];
    }
    const value = all === undefined ? undefined : parts.numberValue(all);
    if (value !== undefined && cells.length === 0) return [{ kind: "constant", ...base, value }];
  }
  if (cells.some(({ cell }, i) => cell.gf !== undefined && cellGfs[i] === undefined))
    return undefined;

  const lookups: Variable[] = [];
  let shared = gf;
  const same = (a?: GraphicalFunction, b?: GraphicalFunction) =>
    JSON.stringify(a) === JSON.stringify(b);
  const ownGfs = cells.length > 0 && cells.every(({ cell }) => cell.gf !== undefined);
  if (
    ownGfs &&
    cellGfs.every((g) => same(g, cellGfs[0])) &&
    (gf === undefined || same(gf, cellGfs[0]))
  ) {
    shared = cellGfs[0];
  } else if (cellGfs.some((g) => g !== undefined)) {
    shared = undefined;
  }
  const elementText = ({ cell, expr }: { cell: ArrayCell; expr?: Expr }, i: number): string => {
    const table = shared === undefined ? (cellGfs[i] ?? gf) : undefined;
    if (table === undefined) return print(expr!);
    const id = elementTableId(raw.id, cell.key.split(","));
    lookups.push({ kind: "lookup", id, gf: table });
    return print({ kind: "lookup", table: id, arg: expr! });
  };
  const texts = cells.map((c, i) => [c.cell.key, elementText(c, i)] as const);
  if (raw.asTable === true) lookups.push(...elementTables(raw.id, eqs.keys, cells, cellGfs, gf));
  const equation = all !== undefined ? print(all) : (texts[0]?.[1] ?? "0");
  const elements = texts.length > 0 ? { elements: Object.fromEntries(texts) } : {};
  const kind = raw.tag === "flow" ? "flow" : "aux";
  const gfField = shared !== undefined ? { gf: shared } : {};
  const variable = { kind, ...base, equation, ...elements, ...gfField, ...parts.extra } as Variable;
  const unique = new Map(lookups.map((l) => [l.id, l]));
  return [variable, ...unique.values()];
}

/** One lookup per element that has a graphical function, for `LOOKUP(variable[elem], x)`. */
function elementTables(
  id: string,
  keys: readonly string[],
  cells: readonly { cell: ArrayCell }[],
  cellGfs: readonly (GraphicalFunction | undefined)[],
  gf: GraphicalFunction | undefined,
): Variable[] {
  const own = new Map(cells.map(({ cell }, i) => [cell.key, cellGfs[i]]));
  return keys.flatMap((key) => {
    const table = own.get(key) ?? gf;
    if (table === undefined) return [];
    return [{ kind: "lookup", id: elementTableId(id, key.split(",")), gf: table } as Variable];
  });
}

/** The id of the lookup of one element of an arrayed graphical function. */
export function elementTableId(id: string, elements: readonly string[]): string {
  return `${id}_${elements.join("_")}_gf`;
}
