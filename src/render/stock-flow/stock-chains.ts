/**
 * The chains of a stock-and-flow model: stocks joined by flows, each chain with its stocks in
 * columns from left to right. A chain is a connected component of stocks and flows; columns are
 * longest paths along the pipes in depth-first order (so a pipe that closes a loop runs back,
 * never one along the chain), and stocks that share a column get lanes below the first, the
 * one the previous column's main stock feeds staying on the main lane. Used by the rows layout
 * (`rows-layout.ts`), which draws each chain as a row.
 */
import type { Model } from "../../model/types.js";
import { flowOrder } from "./flow-order.js";

/** A flow of a chain, with the stocks at its ends (undefined: a cloud). */
export interface ChainFlow {
  readonly id: string;
  readonly from?: string;
  readonly to?: string;
}

/** A chain: its stocks with column and lane, and its flows in model order. */
export interface StockChain {
  readonly stocks: readonly string[];
  readonly column: ReadonlyMap<string, number>;
  readonly lane: ReadonlyMap<string, number>;
  readonly flows: readonly ChainFlow[];
}

/** Each flow of a model, in model order, with the stocks it drains (`from`) and fills (`to`). */
export function flowEnds(model: Model): Map<string, { from?: string; to?: string }> {
  const ends = new Map<string, { from?: string; to?: string }>();
  for (const v of model.variables) if (v.kind === "flow") ends.set(v.id, {});
  for (const v of model.variables) {
    if (v.kind !== "stock") continue;
    for (const f of v.outflows) if (ends.has(f)) ends.get(f)!.from = v.id;
    for (const f of v.inflows) if (ends.has(f)) ends.get(f)!.to = v.id;
  }
  return ends;
}

/** The flows of a model with their end stocks, in model order. */
export function chainFlows(model: Model): ChainFlow[] {
  return [...flowEnds(model)].map(([id, e]) => ({ id, ...e }));
}

/**
 * Reverse finishing order of the layout's depth-first search ({@link flowOrder}) over the stocks
 * along pipes, starting from the stocks no other stock fills.
 */
function depthFirstOrder(stocks: readonly string[], flows: readonly ChainFlow[]): string[] {
  const pipes = flows.flatMap((f) =>
    f.from !== undefined && f.to !== undefined && f.from !== f.to
      ? [{ from: f.from, to: f.to, pipe: true }]
      : [],
  );
  const hasStockInflow = new Set(
    flows.flatMap((f) => (f.from !== undefined && f.to ? [f.to] : [])),
  );
  return flowOrder(
    stocks,
    stocks.filter((s) => !hasStockInflow.has(s)),
    pipes,
  );
}

/** One chain's columns and lanes. */
function columnsAndLanes(stocks: readonly string[], flows: readonly ChainFlow[]): StockChain {
  const order = depthFirstOrder(stocks, flows);
  const rank = new Map(order.map((s, i) => [s, i]));
  const column = new Map<string, number>(order.map((s) => [s, 0]));
  // longest path along forward pipes, in depth-first order (a topological order of them)
  for (const s of order) {
    for (const f of flows) {
      if (f.from !== s || f.to === undefined || rank.get(f.to)! <= rank.get(s)!) continue;
      column.set(f.to, Math.max(column.get(f.to)!, column.get(s)! + 1));
    }
  }
  const lane = new Map<string, number>();
  const columns = Math.max(0, ...column.values()) + 1;
  let previousMain: string | undefined;
  for (let c = 0; c < columns; c++) {
    const here = order.filter((s) => column.get(s) === c);
    // the stock the previous main stock feeds first stays on the main lane
    const fed = flows.find(
      (f) => f.from === previousMain && f.to !== undefined && here.includes(f.to),
    );
    const main = fed?.to ?? here[0];
    const rest = here.filter((s) => s !== main);
    if (main !== undefined) lane.set(main, 0);
    for (const [i, s] of rest.entries()) lane.set(s, i + 1);
    previousMain = main;
  }
  return { stocks: order, column, lane, flows };
}

/**
 * The chains of a model, largest first (then in model order): connected components of stocks
 * joined by flows; a flow between two clouds is a chain of its own without stocks.
 */
export function stockChains(model: Model): StockChain[] {
  const stocks = model.variables.filter((v) => v.kind === "stock").map((v) => v.id);
  const flows = chainFlows(model);
  const parent = new Map(stocks.map((s) => [s, s]));
  const find = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(s, r);
    return r;
  };
  for (const f of flows) {
    if (f.from !== undefined && f.to !== undefined) parent.set(find(f.from), find(f.to));
  }
  const groups = new Map<string, string[]>();
  for (const s of stocks) {
    const r = find(s);
    groups.set(r, [...(groups.get(r) ?? []), s]);
  }
  const chains = [...groups.values()].map((members) => {
    const set = new Set(members);
    const own = flows.filter(
      (f) => (f.from !== undefined && set.has(f.from)) || (f.to !== undefined && set.has(f.to)),
    );
    return columnsAndLanes(members, own);
  });
  for (const f of flows) {
    if (f.from === undefined && f.to === undefined) {
      chains.push({ stocks: [], column: new Map(), lane: new Map(), flows: [f] });
    }
  }
  // stable: largest chains first, equal ones in model order
  return chains
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.stocks.length - a.c.stocks.length || a.i - b.i)
    .map((x) => x.c);
}
