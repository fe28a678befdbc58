/**
 * Settling undecided link polarities over a run. For a `?` link x → y the equation of y is
 * re-evaluated at every saved time with the run's values, once as saved and once with only x
 * nudged up (h = 1e-6 · max(1, |x|)): the sign of the change is the link's direction at that
 * moment — Richardson's ceteris-paribus definition, applied along the run's trajectory. When every
 * moment agrees, that is the polarity (`settled: "partial"`); when the sign flips during the run the
 * link stays `?`, honestly.
 *
 * When the equation cannot be evaluated at one moment (delays, smooths, random draws, variables the
 * run did not save) or no model is given, a heuristic takes over: the co-movement of the step
 * changes, r = Σ Δx·Δy / √(Σ Δx² · Σ Δy²), settles the link when |r| ≥ `minCorrelation`
 * (`settled: "correlation"`). Other inputs of y move too, so a common cause can produce the
 * co-movement: it says what happened in this run, not what the link does.
 */

import { lookupTable, type Table, tablePoints } from "../../compile/graphical-function.js";
import {
  expectGraph,
  expectNumbers,
  expectOptions,
  expectRun,
} from "../../diagnostics/check-argument.js";
import { equationScope } from "../../expr/equation-scope.js";
import { parseEquation } from "../../expr/parse-equation.js";
import type { Expr } from "../../expr/types.js";
import type { Model } from "../../model/types.js";
import type { Run } from "../../simulate/run.js";
import type { CausalGraph } from "../graph/causal-graph-types.js";
import { evaluateAt } from "./evaluate-at.js";

/** Options of {@link settlePolarity}. */
export interface SettlePolarityOptions {
  /** Smallest |r| that settles a link by correlation (default 0.5). */
  readonly minCorrelation?: number;
  /** The model the graph and run came from, for the ceteris-paribus check. */
  readonly model?: Model;
}

/** Defaults of {@link SettlePolarityOptions}. */
export const SETTLE_POLARITY_DEFAULTS = { minCorrelation: 0.5 } as const;

/** The co-movement r of the step changes of two series (0 when either never moves). */
export function changeCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  expectNumbers("changeCorrelation", "x", x);
  expectNumbers("changeCorrelation", "y", y);
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let i = 1; i < Math.min(x.length, y.length); i++) {
    const dx = x[i]! - x[i - 1]!;
    const dy = y[i]! - y[i - 1]!;
    xy += dx * dy;
    xx += dx * dx;
    yy += dy * dy;
  }
  return xx === 0 || yy === 0 ? 0 : xy / Math.sqrt(xx * yy);
}

interface Definition {
  readonly expr: Expr;
  readonly table?: Table;
}

/** What the ceteris-paribus check needs, prepared once per model and run. */
interface Context {
  readonly model: Model;
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly tables: ReadonlyMap<string, Table>;
  /** Saved columns and constant values, by id. */
  readonly columns: ReadonlyMap<string, ArrayLike<number>>;
  readonly constants: ReadonlyMap<string, number>;
  readonly run: Run;
}

function prepare(model: Model, run: Run): Context {
  const scope = equationScope(model.variables);
  const definitions = new Map<string, Definition>();
  const tables = new Map<string, Table>();
  const columns = new Map<string, ArrayLike<number>>();
  const constants = new Map<string, number>();
  for (const v of model.variables) {
    if (run.has(v.id)) columns.set(v.id, run.series(v.id));
    switch (v.kind) {
      case "lookup":
        tables.set(v.id, tablePoints(v.gf));
        break;
      case "constant":
        constants.set(v.id, v.value);
        break;
      case "aux":
      case "flow": {
        const { expr } = parseEquation(v.equation, scope);
        if (expr) definitions.set(v.id, { expr, ...(v.gf ? { table: tablePoints(v.gf) } : {}) });
        break;
      }
      case "stock":
        break;
    }
  }
  return { model, definitions, tables, columns, constants, run };
}

/**
 * The direction of `target`'s equation in `source` over the run: `+` or `-` when every moment
 * agrees, `?` when it flips, undefined when it cannot be evaluated or never moves.
 */
function partialDirection(
  context: Context,
  source: string,
  target: string,
): "+" | "-" | "?" | undefined {
  const { model, definitions, tables, columns, constants, run } = context;
  const definition = definitions.get(target);
  if (!definition) return undefined;
  const { specs } = model;
  let up = false;
  let down = false;
  for (let row = 0; row < run.time.length; row++) {
    let nudged: number | undefined;
    const value = (id: string): number | undefined => {
      if (id === source && nudged !== undefined) return nudged;
      return columns.get(id)?.[row] ?? constants.get(id);
    };
    const clock = {
      time: run.time[row]!,
      dt: specs.dt,
      start: specs.start,
      stop: specs.stop,
      saveper: specs.saveper ?? specs.dt,
    };
    const scope = { value, table: (id: string) => tables.get(id), clock };
    const read = (): number | undefined => {
      const y = evaluateAt(definition.expr, scope);
      return y === undefined || !definition.table ? y : lookupTable(definition.table, y);
    };
    const x = value(source);
    const before = read();
    if (x === undefined || before === undefined) return undefined;
    nudged = x + 1e-6 * Math.max(1, Math.abs(x));
    const after = read();
    if (after === undefined) return undefined;
    const change = after - before;
    if (Math.abs(change) <= 1e-12 * Math.max(1, Math.abs(before))) continue;
    if (change > 0) up = true;
    else down = true;
  }
  if (up && down) return "?";
  return up ? "+" : down ? "-" : undefined;
}

/** A copy of `graph` in which `?` links are settled over `run` where the data decide them. */
export function settlePolarity(
  graph: CausalGraph,
  run: Run,
  options: SettlePolarityOptions = {},
): CausalGraph {
  expectGraph("settlePolarity", "graph", graph);
  expectRun("settlePolarity", "run", run);
  expectOptions("settlePolarity", options, { minCorrelation: "number", model: "object" });
  const { minCorrelation, model } = { ...SETTLE_POLARITY_DEFAULTS, ...options };
  const context = model ? prepare(model, run) : undefined;
  const settled = graph.copy() as CausalGraph;
  settled.forEachEdge((edge, attributes, source, target) => {
    if (attributes.polarity !== "?" || attributes.flowToStock) return;
    const partial = context ? partialDirection(context, source, target) : undefined;
    if (partial === "+" || partial === "-") {
      settled.replaceEdgeAttributes(edge, { ...attributes, polarity: partial, settled: "partial" });
      return;
    }
    if (partial === "?" || !run.has(source) || !run.has(target)) return;
    const r = changeCorrelation(run.series(source), run.series(target));
    if (Math.abs(r) < minCorrelation) return;
    settled.replaceEdgeAttributes(edge, {
      ...attributes,
      polarity: r > 0 ? "+" : "-",
      settled: "correlation",
    });
  });
  return settled;
}
