/**
 * From a model to nodes: parse every equation against the model's names, turn constants (and
 * auxiliaries whose equation is a plain number) into parameters, and expand stateful builtins.
 * Every problem is collected as a diagnostic located in the equation and the variable.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { equationScope } from "../expr/equation-scope.js";
import { parseEquation } from "../expr/parse-equation.js";
import type { Expr } from "../expr/types.js";
import type { Model, Variable } from "../model/types.js";
import { expandStateful } from "./expand-stateful.js";
import { bin, num, ref, sum } from "./expr-builders.js";
import type { DtFixedStructure, StageCheck } from "./hidden-nodes.js";
import type { IrNode } from "./ir.js";

/** Nodes of a model and what was wrong with it. */
export interface BuiltNodes {
  readonly nodes: readonly IrNode[];
  /** Lookup (stand-alone graphical function) variables, by id. */
  readonly lookups: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** Stage times of material delays and smooths, to check against dt. */
  readonly stages: readonly StageCheck[];
  /** Structure laid out for the model's dt, checked against the dt of each run. */
  readonly dtFixed: readonly DtFixedStructure[];
}

/**
 * A diagnostic inside an equation, moved to the file: when the variable knows where this
 * equation starts in its file, lines and columns are counted from there.
 */
function inFile(d: Diagnostic, v: Variable, field: string): Diagnostic {
  const loc = v.loc;
  const here = loc?.path === undefined || loc.path.endsWith(`.${field}`);
  const base = { ...d, variable: v.id, path: loc?.path && here ? loc.path : (d.path ?? field) };
  if (loc?.file !== undefined && d.file === undefined) Object.assign(base, { file: loc.file });
  if (!here || loc?.line === undefined || loc.column === undefined || d.line === undefined)
    return base;
  return {
    ...base,
    line: loc.line + d.line - 1,
    column: d.line === 1 ? loc.column + (d.column ?? 1) - 1 : d.column,
  };
}

/** A plain number, possibly negated: such auxiliaries become parameters. */
function literalValue(expr: Expr): number | undefined {
  if (expr.kind === "number") return expr.value;
  if (expr.kind === "unary" && expr.op === "-" && expr.arg.kind === "number")
    return -expr.arg.value;
  return undefined;
}

export function buildNodes(model: Model): BuiltNodes {
  const scope = equationScope(model.variables);
  const diagnostics: Diagnostic[] = [];
  const parse = (v: Variable, text: string, field: string): Expr => {
    const result = parseEquation(text, scope);
    for (const d of result.diagnostics) diagnostics.push(inFile(d, v, field));
    return result.expr ?? num(0);
  };

  // Parameters first, so that orders of DELAY N / SMOOTH N can be evaluated while expanding.
  const params = new Map<string, number>();
  const parsed = new Map<string, Expr>();
  for (const v of model.variables) {
    if (v.kind === "constant") params.set(v.id, v.value);
    if (v.kind === "aux" || v.kind === "flow") {
      const expr = parse(v, v.equation, "equation");
      parsed.set(v.id, expr);
      const value = literalValue(expr);
      if (v.kind === "aux" && v.gf === undefined && value !== undefined) params.set(v.id, value);
    }
  }

  const nodes: IrNode[] = [];
  const stages: StageCheck[] = [];
  const dtFixed: DtFixedStructure[] = [];
  // A start or step set by a variable is known only when the run starts: not a number here.
  const clock = {
    start: model.specs.control?.start !== undefined ? Number.NaN : model.specs.start,
    dt: model.specs.control?.dt !== undefined ? Number.NaN : model.specs.dt,
    equation: (id: string) => parsed.get(id),
  };
  const ctx = { nodes, params, diagnostics, counter: { value: 0 }, stages, dtFixed, clock };
  const lookups: string[] = [];
  for (const v of model.variables) {
    const base = { id: v.id, owner: v.id, hidden: false };
    switch (v.kind) {
      case "constant":
        nodes.push({ ...base, kind: "param", value: v.value });
        break;
      case "lookup":
        lookups.push(v.id);
        break;
      case "aux":
      case "flow": {
        if (params.has(v.id) && v.kind === "aux") {
          nodes.push({ ...base, kind: "param", value: params.get(v.id)! });
          break;
        }
        const expr = expandStateful(parsed.get(v.id)!, v.id, ctx);
        nodes.push({
          ...base,
          kind: "aux",
          expr,
          flow: v.kind === "flow",
          nonNegative: v.kind === "flow" && v.nonNegative === true,
          ...(v.gf ? { gf: v.gf } : {}),
        });
        break;
      }
      case "stock": {
        const initial = expandStateful(parse(v, v.initial, "initial"), v.id, ctx);
        const outflow = sum(v.outflows.map(ref));
        const rate =
          v.outflows.length === 0
            ? sum(v.inflows.map(ref))
            : v.inflows.length === 0
              ? ({ kind: "unary", op: "-", arg: outflow } as const)
              : bin("-", sum(v.inflows.map(ref)), outflow);
        nodes.push({
          ...base,
          kind: "stock",
          initial,
          rate,
          inflows: v.inflows,
          outflows: v.outflows,
          nonNegative: v.nonNegative === true,
        });
        break;
      }
    }
  }
  return { nodes, lookups, diagnostics, stages, dtFixed };
}
