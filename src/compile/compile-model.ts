/**
 * The compiler: model → nodes (parse, expand) → order → slots → generated JavaScript. Names are
 * resolved to slots once, here; nothing is looked up by name while a run steps.
 */

import { flattenArrays } from "../arrays/flatten-arrays.js";
import { expectModel } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError } from "../diagnostics/errors.js";
import { displayName } from "../model/canonical.js";
import type { GraphicalFunction, Model } from "../model/types.js";
import { buildNodes } from "./build-nodes.js";
import { classifyStatic } from "./classify-static.js";
import { generateProgram, type Program } from "./generate-program.js";
import { type Table, tablePoints } from "./graphical-function.js";
import type { DtFixedStructure } from "./hidden-nodes.js";
import type { IrNode, StockNode } from "./ir.js";
import { initDependencies, stepDependencies } from "./node-dependencies.js";
import { orderNodes } from "./order-nodes.js";

/** A variable a run can save: its column is read from a value slot or a parameter. */
export interface OutputSlot {
  readonly id: string;
  readonly name: string;
  readonly units?: string;
  readonly kind: "stock" | "flow" | "aux" | "constant";
  /** Index in the value array, or in the parameter array when `param` is true. */
  readonly index: number;
  readonly param: boolean;
}

/** A compiled model: generated code plus the slot layout and default parameters. */
export interface CompiledModel {
  /** The model as compiled: arrays flattened into element variables (`pop[north]`). */
  readonly model: Model;
  /** Ids of the parameters (constants), in parameter-array order. */
  readonly parameters: readonly string[];
  /** Default parameter values. */
  readonly defaults: Float64Array;
  /** Number of value slots; stocks occupy the first `stockCount`. */
  readonly slotCount: number;
  readonly stockCount: number;
  /** Graphical-function tables by index, and the id each belongs to. */
  readonly tables: readonly Table[];
  readonly tableIds: readonly string[];
  /** Indices of the non-negative stocks (floored at zero after every step). */
  readonly nonNegativeStocks: Int32Array;
  /** Memories then pipeline captures: the length of the capture buffer. */
  readonly captureCount: number;
  /** Slot of each memory, in capture order. */
  readonly memorySlots: readonly number[];
  /** Slot and mode of each pipeline, in pipeline order. */
  readonly pipelines: readonly {
    readonly slot: number;
    readonly mode: "fixed" | "material";
    readonly owner: string;
    /** Display name of the owner, for errors. */
    readonly ownerName: string;
  }[];
  /** The variables a run saves by default, in model order. */
  readonly outputs: readonly OutputSlot[];
  /** Nodes in the order of the step pass, for locating a failure. */
  readonly stepOrder: readonly { readonly owner: string; readonly slot: number }[];
  readonly program: Program;
  /**
   * The expanded nodes and their slots, for analyses that work on the compiled structure
   * (loop dominance). Not needed to run a model.
   */
  readonly structure: {
    readonly nodes: readonly IrNode[];
    readonly slots: ReadonlyMap<string, number>;
    readonly paramIndex: ReadonlyMap<string, number>;
    readonly tableIndex: ReadonlyMap<string, number>;
    /** Stock nodes in slot order (stock i is slot i and rate i). */
    readonly stocks: readonly StockNode[];
  };
  /** Stage times of material delays and smooths, checked against dt when a run starts. */
  readonly stageChecks: readonly {
    readonly owner: string;
    readonly builtin: string;
    readonly order: number;
    /** Where the stage time is read: a value slot, a parameter, or a number. */
    readonly at:
      | { readonly slot: number }
      | { readonly param: number }
      | { readonly value: number };
  }[];
  /** Structure laid out for the model's TIME STEP, which a run with another dt refuses. */
  readonly dtFixed: readonly DtFixedStructure[];
  /** Warnings found while compiling. */
  readonly warnings: readonly Diagnostic[];
}

function cycleDiagnostic(
  model: Model,
  cycle: readonly string[],
  nodes: ReadonlyMap<string, IrNode>,
  pass: string,
): Diagnostic {
  const names = new Map(model.variables.map((v) => [v.id, displayName(v)]));
  const owners = [...new Set(cycle.map((id) => nodes.get(id)?.owner ?? id))];
  const shown = owners.map((id) => names.get(id) ?? id);
  return {
    severity: "error",
    code: "algebraic-loop",
    message: `algebraic loop${pass}: ${[...shown, shown[0]].join(" → ")}`,
    variable: owners[0]!,
    value: shown.join(", "),
    hint: "break it with a stock, or with ACTIVE INITIAL when the loop is only in the initial values",
  };
}

/** Check a model without generating code: all its diagnostics. */
export function checkModel(model: Model): Diagnostic[] {
  expectModel("checkModel", "model", model, ["stock-flow"]);
  try {
    return [...compileModel(model).warnings];
  } catch (error) {
    if (error instanceof ModelError) return [...error.diagnostics];
    throw error;
  }
}

/** Compile a model. Throws a ModelError carrying every diagnostic when the model has errors. */
export function compileModel(source: Model): CompiledModel {
  expectModel("compileModel", "model", source, ["stock-flow"]);
  // Arrays become flat element variables first; everything below sees scalars only.
  const model = flattenArrays(source);
  const built = buildNodes(model);
  const diagnostics: Diagnostic[] = [...built.diagnostics];
  const nodes = classifyStatic(built.nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Flows named by stocks must exist, each once: a flow named twice would count twice (a
  // duplicated outflow drains twice as fast), which no modelling tool means.
  const variables = new Map(model.variables.map((v) => [v.id, v]));
  for (const node of nodes) {
    if (node.kind !== "stock" || node.hidden) continue;
    const named = [...node.inflows, ...node.outflows];
    const repeated = (side: readonly string[]) => side.filter((f, i) => side.indexOf(f) !== i);
    for (const flow of new Set([...repeated(node.inflows), ...repeated(node.outflows)])) {
      diagnostics.push({
        severity: "error",
        code: "repeated-flow",
        message: `stock ${node.id} names flow ${flow} more than once; it would count twice`,
        variable: node.id,
        value: flow,
        hint: "list each inflow and outflow once",
      });
    }
    for (const flow of named) {
      const v = variables.get(flow);
      if (v === undefined || v.kind === "stock" || v.kind === "lookup") {
        diagnostics.push({
          severity: "error",
          code: "unknown-flow",
          message: `stock ${node.id} names a flow that does not exist: ${flow}`,
          variable: node.id,
          value: flow,
        });
      }
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) throw new ModelError(diagnostics);

  // Slots: stocks first, then every other valued node; parameters in their own array.
  const stocks = nodes.filter((n): n is StockNode => n.kind === "stock");
  const valued = [...stocks, ...nodes.filter((n) => n.kind !== "stock" && n.kind !== "param")];
  const slots = new Map(valued.map((n, i) => [n.id, i]));
  const parameters = nodes.filter((n) => n.kind === "param").map((n) => n.id);
  const paramIndex = new Map(parameters.map((id, i) => [id, i]));
  const defaults = Float64Array.from(nodes.flatMap((n) => (n.kind === "param" ? [n.value] : [])));

  const tableIds: string[] = [];
  const tables: Table[] = [];
  const addTable = (id: string, gf: GraphicalFunction) => {
    tableIds.push(id);
    tables.push(tablePoints(gf));
  };
  for (const v of model.variables) if (v.kind === "lookup") addTable(v.id, v.gf);
  for (const n of nodes)
    if ((n.kind === "aux" || n.kind === "static") && n.gf) addTable(n.id, n.gf);
  const tableIndex = new Map(tableIds.map((id, i) => [id, i]));

  // A non-negative stock is kept at or above zero after every step. Its outflows that carry
  // material on to another stock are also limited, in priority order, to what it can supply, so
  // that material is conserved; each must then be computed after the stock's inflows and the
  // outflows before it. Outflows into clouds are reported as computed (as in the suite's
  // reference outputs); the stock's floor alone keeps it non-negative.
  const carried = new Set(stocks.flatMap((s) => s.inflows));
  const limitedBy = new Map<string, StockNode>();
  const extraDeps = new Map<string, string[]>();
  for (const stock of stocks) {
    if (!stock.nonNegative) continue;
    stock.outflows.forEach((flow, i) => {
      if (!carried.has(flow) || limitedBy.has(flow)) return;
      limitedBy.set(flow, stock);
      extraDeps.set(flow, [...stock.inflows, ...stock.outflows.slice(0, i)]);
    });
  }

  // DELAY N and SMOOTH N with a delay time that changes during the run: Vensim and Stella
  // disagree there; we keep each stage at delay ÷ n of the current delay (docs/engine.md).
  const constant = new Set(
    nodes.filter((n) => n.kind === "param" || n.kind === "static").map((n) => n.id),
  );
  const stageChecks = built.stages.map((check) => {
    const stage = check.stage;
    const varying = stage.kind === "ref" && !constant.has(stage.id);
    if (varying && (check.builtin === "delay_n" || check.builtin === "smooth_n")) {
      diagnostics.push({
        severity: "warning",
        code: "varying-delay-time",
        message: `${check.builtin} with a delay time that changes during the run: each of its ${check.order} stages follows the current delay time ÷ ${check.order}; Vensim and Stella differ here`,
        variable: check.owner,
        hint: "see docs/engine.md, choices where tools disagree",
      });
    }
    const at =
      stage.kind === "number"
        ? { value: stage.value }
        : stage.kind === "ref" && paramIndex.has(stage.id)
          ? { param: paramIndex.get(stage.id)! }
          : stage.kind === "ref"
            ? { slot: slots.get(stage.id)! }
            : { value: Number.NaN };
    return { owner: check.owner, builtin: check.builtin, order: check.order, at };
  });

  const initIds = valued.map((n) => n.id);
  const init = orderNodes(initIds, (id) => initDependencies(byId.get(id)!));
  const auxIds = nodes.filter((n) => n.kind === "aux").map((n) => n.id);
  const step = orderNodes(auxIds, (id) => [
    ...stepDependencies(byId.get(id)!),
    ...(extraDeps.get(id) ?? []),
  ]);
  for (const cycle of step.cycles) diagnostics.push(cycleDiagnostic(model, cycle, byId, ""));
  if (step.cycles.length === 0) {
    for (const cycle of init.cycles)
      diagnostics.push(cycleDiagnostic(model, cycle, byId, " in the initial values"));
  }
  if (diagnostics.some((d) => d.severity === "error")) throw new ModelError(diagnostics);

  // Capture buffer layout: every memory, then input and delay of every pipeline.
  const memories = nodes.filter((n) => n.kind === "memory");
  const pipelineNodes = nodes.filter((n) => n.kind === "pipeline");
  const captures = [...memories, ...pipelineNodes];
  const pipelineIndex = new Map(pipelineNodes.map((n, i) => [n.id, i]));
  const program = generateProgram({
    slotCount: valued.length,
    scope: {
      access: (id) => {
        const s = slots.get(id);
        if (s !== undefined) return `v[${s}]`;
        const p = paramIndex.get(id);
        if (p !== undefined) return `p[${p}]`;
        throw new Error(`internal: no slot for ${JSON.stringify(id)}`);
      },
      table: (id) => {
        const t = tableIndex.get(id);
        if (t === undefined) throw new Error(`internal: no table for ${JSON.stringify(id)}`);
        return t;
      },
    },
    initOrder: init.order.map((id) => byId.get(id)!),
    stepOrder: step.order.map((id) => byId.get(id)!),
    stocks,
    captures,
    slot: (id) => slots.get(id)!,
    pipeline: (id) => pipelineIndex.get(id)!,
    limitedBy,
  });

  const outputs: OutputSlot[] = [];
  for (const v of model.variables) {
    if (v.kind === "lookup") continue;
    const param = paramIndex.get(v.id);
    const kind = v.kind === "constant" || param !== undefined ? "constant" : v.kind;
    outputs.push({
      id: v.id,
      name: displayName(v),
      ...(v.units !== undefined ? { units: v.units } : {}),
      kind,
      index: param ?? slots.get(v.id)!,
      param: param !== undefined,
    });
  }

  return {
    model,
    parameters,
    defaults,
    slotCount: valued.length,
    stockCount: stocks.length,
    tables,
    tableIds,
    nonNegativeStocks: Int32Array.from(stocks.flatMap((s, i) => (s.nonNegative ? [i] : []))),
    captureCount: memories.length + 2 * pipelineNodes.length,
    memorySlots: memories.map((n) => slots.get(n.id)!),
    pipelines: pipelineNodes.map((n) => ({
      slot: slots.get(n.id)!,
      mode: n.mode,
      owner: n.owner,
      ownerName: displayName(variables.get(n.owner) ?? { id: n.owner }),
    })),
    outputs,
    stepOrder: step.order.map((id) => ({ owner: byId.get(id)!.owner, slot: slots.get(id)! })),
    program,
    structure: { nodes, slots, paramIndex, tableIndex, stocks },
    stageChecks,
    dtFixed: built.dtFixed,
    warnings: diagnostics.filter((d) => d.severity === "warning"),
  };
}
