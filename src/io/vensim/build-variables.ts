/**
 * Build the stockflow variables of a `.mdl` file from the definitions of each name: lookups,
 * constants (arrays as row-major `values`), auxiliaries (a top-level WITH LOOKUP becomes the
 * auxiliary's `gf`; one inside an expression a hidden lookup `<id>_lookup`), and stocks, whose
 * rates become flows as `infer-flows.ts` decides. Problems go to `fail`; a variable with a
 * problem is left out, so every problem of the file is found in one reading.
 */
import { checkLimit } from "../../diagnostics/limits.js";
import type { Dimension, Lookup, Variable } from "../../model/types.js";
import { equationCells, variableDimensions } from "./array-cells.js";
import { arrayedLookup } from "./arrayed-lookups.js";
import { type DefinitionKind, definitionKind, integ, literal } from "./definition-kind.js";
import { type EquationTexts, equationTexts } from "./equation-texts.js";
import type { VariableDefinition } from "./expand-macros.js";
import { inferFlows, type StockRate } from "./infer-flows.js";
import { checkedGf, toGf } from "./table-gf.js";
import type { VensimExpr, VensimTable } from "./vensim-ast.js";
import type { VensimDimensions } from "./vensim-dimensions.js";
import { vensimKey } from "./vensim-functions.js";
import type { VensimNames } from "./vensim-names.js";
import type { ModelNames } from "./vensim-scope.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** The definitions of one variable. */
export interface VariableGroup {
  readonly id: string;
  readonly name: string;
  readonly defs: readonly VariableDefinition[];
}

/** What {@link buildVariables} needs. */
export interface BuildContext {
  readonly names: VensimNames;
  readonly dims: VensimDimensions;
  /** Names whose definitions could not be read, with their kind, so their uses add no errors. */
  readonly known: ReadonlyMap<string, "value" | "lookup">;
  /** Base fields of a variable (name, units, doc, loc) from its first definition. */
  base(group: VariableGroup): Pick<Variable, "name" | "units" | "doc" | "loc">;
  fail(error: VensimSyntaxError, d: VariableDefinition): void;
}

/** The variables of the groups, in order. */
export function buildVariables(groups: readonly VariableGroup[], ctx: BuildContext): Variable[] {
  const kinds = new Map<string, "value" | "lookup">(ctx.known);
  const varDims = new Map<string, readonly Dimension[]>();
  const arrayedLookups = new Map<string, ReadonlyMap<string, string>>();
  const familyLookups: Lookup[] = [];
  const decided: { group: VariableGroup; kind: DefinitionKind; dims: readonly Dimension[] }[] = [];
  for (const group of groups) {
    const first = group.defs[0]!;
    const k = definitionKind(group.defs);
    kinds.set(group.id, first.def.kind === "lookup" ? "lookup" : "value");
    if ("mixed" in k) {
      const at = k.mixed.def.kind === "data" ? 0 : k.mixed.def.lhs.start;
      ctx.fail(
        new VensimSyntaxError(
          `${group.name} mixes different kinds of equations`,
          at,
          "mixed-definitions",
        ),
        k.mixed,
      );
      continue;
    }
    if (k.kind === "data") {
      ctx.fail(
        new VensimSyntaxError(
          `${group.name} is a data variable without an equation: give the data file that holds it at run time (stockflow run … --data FILE)`,
          first.def.lhs.start,
          "data-missing",
        ),
        first,
      );
      continue;
    }
    let dims: Dimension[];
    try {
      dims = variableDimensions(
        group.defs.map((d) => d.dimsLhs ?? d.def.lhs),
        ctx.dims,
      );
    } catch (error) {
      if (!(error instanceof VensimSyntaxError)) throw error;
      ctx.fail(error, first);
      continue;
    }
    if (k.kind === "lookup" && dims.length > 0) {
      const family = arrayedLookup(group.id, group.defs, dims, ctx.names, ctx.dims, ctx.fail);
      arrayedLookups.set(group.id, family.byElement);
      familyLookups.push(...family.lookups);
      varDims.set(group.id, dims);
      continue;
    }
    kinds.set(group.id, k.kind === "lookup" ? "lookup" : "value");
    varDims.set(group.id, dims);
    decided.push({ group, kind: k.kind, dims });
  }

  const out: Variable[] = [];
  const rates: StockRate[] = [];
  for (const { group, kind, dims } of decided) {
    const extra: Lookup[] = [];
    const tables = new Map<VensimTable, string>();
    const m: ModelNames = {
      names: ctx.names,
      kinds,
      varDims,
      arrayedLookups,
      dims: ctx.dims,
      table(table) {
        // One lookup per table, however many elements print the equation that holds it.
        const known = tables.get(table);
        if (known !== undefined) return known;
        // Elements may hold different tables (data read element by element): one id each.
        const n = tables.size;
        const hidden = n === 0 ? `${group.id}_lookup` : `${group.id}_lookup_${n + 1}`;
        const { id } = ctx.names.add(hidden, hidden);
        extra.push({ kind: "lookup", id, gf: toGf(table) });
        kinds.set(id, "lookup");
        tables.set(table, id);
        return id;
      },
    };
    const base = {
      id: group.id,
      ...ctx.base(group),
      ...(dims.length > 0 ? { dims: dims.map((d) => d.id) } : {}),
    };
    const texts = (expr: (d: VariableDefinition) => VensimExpr) =>
      equationTexts(group.defs, dims, m, expr, ctx.fail);
    const rhs = (d: VariableDefinition): VensimExpr =>
      d.def.kind === "equation" ? d.def.rhs : { kind: "number", value: 0, start: 0 };
    switch (kind) {
      case "lookup": {
        const def = group.defs[0]!.def;
        if (def.kind !== "lookup") break;
        const gf = checkedGf(def.table, group.defs[0]!, ctx.fail);
        if (gf !== undefined) out.push({ kind: "lookup", ...base, gf });
        break;
      }
      case "constant": {
        const values = constantValues(group, dims, ctx);
        if (values === undefined) break;
        if (dims.length === 0) out.push({ kind: "constant", ...base, value: values[0] ?? 0 });
        else out.push({ kind: "constant", ...base, value: 0, values });
        break;
      }
      case "aux": {
        const top = rhs(group.defs[0]!);
        const withLookup =
          dims.length === 0 && top.kind === "call" && vensimKey(top.name) === "with lookup";
        const table = withLookup ? top.args[1] : undefined;
        if (withLookup && top.args.length === 2 && table?.kind === "table") {
          const input = top.args[0]!;
          const t = texts(() => input);
          const gf = checkedGf(table.table, group.defs[0]!, ctx.fail);
          if (t !== undefined && gf !== undefined) out.push({ kind: "aux", ...base, ...t, gf });
          break;
        }
        const t = texts(rhs);
        if (t !== undefined) out.push({ kind: "aux", ...base, ...t });
        break;
      }
      case "stock": {
        const stock = buildStock(group, dims, texts, ctx);
        if (stock === undefined) break;
        rates.push({ index: out.length, group, dims, rate: stock.rate, texts: stock.rateTexts });
        out.push({ kind: "stock", ...base, ...stock.initial, inflows: [], outflows: [] });
        break;
      }
    }
    out.push(...extra);
  }
  return [...inferFlows(out, rates, ctx.names, ctx.dims), ...familyLookups];
}

function buildStock(
  group: VariableGroup,
  dims: readonly Dimension[],
  texts: (expr: (d: VariableDefinition) => VensimExpr) => EquationTexts | undefined,
  ctx: BuildContext,
):
  | {
      initial: { initial: string; initialElements?: Readonly<Record<string, string>> };
      rate: VensimExpr | undefined;
      rateTexts: EquationTexts;
    }
  | undefined {
  for (const d of group.defs) {
    const call = d.def.kind === "equation" ? integ(d.def.rhs) : undefined;
    if (call !== undefined && call.args.length !== 2) {
      ctx.fail(
        new VensimSyntaxError(
          `INTEG takes 2 arguments, got ${call.args.length}`,
          call.start,
          "wrong-arity",
        ),
        d,
      );
      return undefined;
    }
  }
  const arg =
    (k: number) =>
    (d: VariableDefinition): VensimExpr => {
      const call = d.def.kind === "equation" ? integ(d.def.rhs) : undefined;
      return call?.args[k] ?? { kind: "number", value: 0, start: 0 };
    };
  const initial = texts(arg(1));
  const rateTexts = texts(arg(0));
  if (initial === undefined || rateTexts === undefined) return undefined;
  const only = group.defs.length === 1 ? group.defs[0]! : undefined;
  const applyToAll = only !== undefined && (dims.length === 0 || isApplyToAll(only, dims, ctx));
  return {
    initial: {
      initial: initial.equation,
      ...(initial.elements ? { initialElements: initial.elements } : {}),
    },
    rate: applyToAll ? arg(0)(only!) : undefined,
    rateTexts,
  };
}

function isApplyToAll(
  d: VariableDefinition,
  dims: readonly Dimension[],
  ctx: BuildContext,
): boolean {
  if (d.def.kind === "data") return false;
  try {
    return equationCells(d.def.lhs, dims, ctx.dims).applyToAll;
  } catch {
    return false;
  }
}

/** Row-major values of a constant, or undefined after reporting a problem. */
function constantValues(
  group: VariableGroup,
  dims: readonly Dimension[],
  ctx: BuildContext,
): number[] | undefined {
  const sizes = dims.map((d) => d.elements.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  checkLimit("arrayElements", total, `variable ${group.name}`);
  const values: number[] = new Array(total).fill(0);
  const positions = dims.map((d) => new Map(d.elements.map((e, i) => [e, i])));
  const second = group.defs[1];
  if (dims.length === 0 && second !== undefined) {
    const at = second.def.kind === "data" ? 0 : second.def.lhs.start;
    ctx.fail(
      new VensimSyntaxError(`${group.name} is defined more than once`, at, "duplicate-definition"),
      second,
    );
    return undefined;
  }
  for (const d of group.defs) {
    if (d.def.kind !== "equation") continue;
    const rhs = d.def.rhs;
    const given = rhs.kind === "numbers" ? rhs.rows.flat() : [literal(rhs) ?? 0];
    if (dims.length === 0)
      return given.length === 1
        ? given
        : fail(`${group.name} has no subscripts but ${given.length} values`, d);
    const { cells } = equationCells(d.def.lhs, dims, ctx.dims);
    if (given.length !== 1 && given.length !== cells.length) {
      return fail(`${group.name} needs ${cells.length} value(s), got ${given.length}`, d);
    }
    cells.forEach((cell, i) => {
      let index = 0;
      cell.elements.forEach((e, k) => {
        index = index * sizes[k]! + positions[k]!.get(e)!;
      });
      values[index] = given.length === 1 ? given[0]! : given[i]!;
    });
  }
  return values;

  function fail(message: string, d: VariableDefinition): undefined {
    ctx.fail(
      new VensimSyntaxError(
        message,
        d.def.kind === "equation" ? d.def.rhs.start : 0,
        "wrong-count",
      ),
      d,
    );
    return undefined;
  }
}
