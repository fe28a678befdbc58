/**
 * Generates the JavaScript of a compiled model: four functions over `Float64Array`s — `init`
 * (the initial pass), `aux` (auxiliaries and flows of one step), `rates` (net flow of every
 * stock) and `capture` (the values memories and pipelines take on for the next step). Long
 * passes are split into chunks so that V8 still optimises each function.
 */
import type { Expr } from "../expr/types.js";
import type { RandomSource } from "../random/random-source.js";
import { contextPrelude } from "./context-prelude.js";
import { drawsRandom } from "./draws-random.js";
import { exprToJs, type JsScope } from "./expr-to-js.js";
import { eulerSource } from "./generate-euler-loop.js";
import type { Table } from "./graphical-function.js";
import { instantiate } from "./instantiate.js";
import type { IrNode, StockNode } from "./ir.js";
import { RUNTIME_FUNCTIONS, type RuntimeFunctions } from "./runtime-functions.js";

/** Per-run state the generated functions read besides values and parameters. */
export interface RunContext {
  /** `[start, stop, saveper]`. */
  readonly k: Float64Array;
  /** Graphical-function tables, by table index. */
  readonly g: readonly Table[];
  readonly r: RandomSource;
  /** Pipelines, by pipeline index. */
  readonly P: readonly PipelineState[];
}

/** The state of one pipeline delay during a run (see `simulate/pipelines.ts`). */
export interface PipelineState {
  start(initial: number, delay: number, dt: number, t: number): void;
  output(t: number, dt: number): number;
  push(input: number, delay: number, t: number, dt: number): void;
}

/** One pass of generated code over values, parameters, time, dt and the run context. */
export type Pass = (v: Float64Array, p: Float64Array, t: number, dt: number, c: RunContext) => void;
/** A pass of generated code that writes its results to `out`. */
export type Sink = (
  v: Float64Array,
  p: Float64Array,
  t: number,
  dt: number,
  c: RunContext,
  out: Float64Array,
) => void;

/**
 * The whole Euler run loop of a model (see `generate-euler-loop.ts`). It returns the number of
 * rows saved, or, when a value is not finite and `check` is on, a negative code: `-(2k + 1)` for
 * a saved value at step `k`, `-(2k + 2)` for a stock after step `k` (at `t + dt`), leaving the
 * values as they were when it stopped.
 */
export type EulerLoop = (
  v: Float64Array,
  p: Float64Array,
  c: RunContext,
  start: number,
  dt: number,
  steps: number,
  every: number,
  slots: Int32Array,
  columns: readonly Float64Array[],
  time: Float64Array,
  z: Float64Array,
  k1: Float64Array,
  check: boolean,
  checkStocks: boolean,
) => number;

/** The generated functions. */
export interface Program {
  readonly init: Pass;
  readonly aux: Pass;
  readonly rates: Sink;
  readonly capture: Sink;
  /** Rates fused into the Euler update of the stocks, then the non-negative floors. */
  readonly step: Sink;
  readonly euler: EulerLoop;
  /** True when some equation draws random numbers (a run then needs its random source). */
  readonly random: boolean;
  /** The generated source, for inspection and debugging. */
  readonly source: string;
}

/** Everything the generator needs, already ordered and resolved. */
export interface ProgramPlan {
  readonly scope: JsScope;
  /** Number of value slots. */
  readonly slotCount: number;
  readonly initOrder: readonly IrNode[];
  readonly stepOrder: readonly IrNode[];
  readonly stocks: readonly StockNode[];
  /** Memories and pipelines, in capture order; pipelines capture input then delay. */
  readonly captures: readonly IrNode[];
  /** Slot of each node id. */
  readonly slot: (id: string) => number;
  /** Index of each pipeline id. */
  readonly pipeline: (id: string) => number;
  /** Non-negative stocks by the id of each of their outflows. */
  readonly limitedBy: ReadonlyMap<string, StockNode>;
  readonly functions?: RuntimeFunctions;
}

const CHUNK = 200;

/** Functions of generated code, split into chunks of at most CHUNK statements each. */
export function chunked(name: string, statements: readonly string[], signature: string): string {
  const body = (lines: readonly string[]) => [contextPrelude(lines), ...lines].join("\n");
  if (statements.length <= CHUNK) {
    return `function ${name}(${signature}) {\n${body(statements)}\n}`;
  }
  const parts: string[] = [];
  const calls: string[] = [];
  for (let i = 0; i * CHUNK < statements.length; i++) {
    parts.push(
      `function ${name}_${i}(${signature}) {\n${body(statements.slice(i * CHUNK, (i + 1) * CHUNK))}\n}`,
    );
    calls.push(`${name}_${i}(${signature});`);
  }
  return `${parts.join("\n")}\nfunction ${name}(${signature}) {\n${calls.join("\n")}\n}`;
}

/** Generate and instantiate the program of a plan. */
export function generateProgram(plan: ProgramPlan): Program {
  const { scope, slot } = plan;
  let random = false;
  const js = (e: Expr) => {
    random ||= drawsRandom(e);
    return exprToJs(e, scope);
  };
  const valueJs = (node: IrNode, expr: Expr): string => {
    const gf = (node.kind === "aux" || node.kind === "static") && node.gf ? node.gf : undefined;
    return gf ? `F.lookup(g[${scope.table(node.id)}], ${js(expr)})` : js(expr);
  };
  const assign = (node: IrNode, expr: Expr): string[] => {
    const target = `v[${slot(node.id)}]`;
    const lines = [`${target} = ${valueJs(node, expr)};`];
    if (node.kind === "aux" && node.nonNegative) lines.push(`if (${target} < 0) ${target} = 0;`);
    const stock = plan.limitedBy.get(node.id);
    if (stock) lines.push(...limitOutflow(stock, node.id));
    return lines;
  };
  const limitOutflow = (stock: StockNode, flow: string): string[] => {
    // Outflows of a non-negative stock take what is there in priority order (XMILE §3.1.1).
    const before = stock.outflows.slice(0, stock.outflows.indexOf(flow));
    const inflow = stock.inflows.map((id) => ` + v[${slot(id)}]`).join("");
    const taken = before.map((id) => ` - v[${slot(id)}]`).join("");
    const target = `v[${slot(flow)}]`;
    return [
      `{ const a = v[${slot(stock.id)}] / dt${inflow}${taken}; if (${target} > a) ${target} = a > 0 ? a : 0; }`,
    ];
  };

  const init: string[] = [];
  for (const node of plan.initOrder) {
    switch (node.kind) {
      case "stock":
        init.push(`v[${slot(node.id)}] = ${js(node.initial)};`);
        break;
      case "aux":
        init.push(...assign(node, node.init ?? node.expr));
        break;
      case "static":
        init.push(...assign(node, node.expr));
        break;
      case "memory":
        init.push(`v[${slot(node.id)}] = ${js(node.initial)};`);
        break;
      case "pipeline": {
        const j = plan.pipeline(node.id);
        init.push(`P[${j}].start(${js(node.initial)}, ${js(node.delay)}, dt, t);`);
        init.push(`v[${slot(node.id)}] = P[${j}].output(t, dt);`);
        break;
      }
      case "param":
        break;
    }
  }
  const aux: string[] = [];
  for (const node of plan.stepOrder) if (node.kind === "aux") aux.push(...assign(node, node.expr));
  const rates = [...plan.stocks.map((s, i) => `out[${i}] = ${js(s.rate)};`)];
  const capture: string[] = [];
  let z = 0;
  for (const node of plan.captures) {
    if (node.kind === "memory") capture.push(`out[${z++}] = ${js(node.update)};`);
    if (node.kind === "pipeline") {
      capture.push(`out[${z++}] = ${js(node.input)};`);
      capture.push(`out[${z++}] = ${js(node.delay)};`);
    }
  }

  const euler = eulerSource(plan, js, { aux, rates, capture });
  const signature = "v, p, t, dt, c";
  const source = [
    '"use strict";',
    chunked("init", init, signature),
    chunked("aux", aux, signature),
    chunked("rates", rates, `${signature}, out`),
    chunked("capture", capture, `${signature}, out`),
    chunked("step", euler.step, `${signature}, out`),
    euler.loop,
    "return { init, aux, rates, capture, step, euler };",
  ].join("\n");
  const functions = instantiate<Omit<Program, "source" | "random">>(
    source,
    plan.functions ?? RUNTIME_FUNCTIONS,
  );
  return { ...functions, random, source };
}
