/**
 * Which variables are flows. Vensim has no flows, only `INTEG(rate, initial)`: when the rate is
 * a sum and difference of plain names of auxiliaries or constants (`births - deaths`,
 * `-outflow`, `in[d] - out[d]` with the stock's own dimensions), each name becomes a flow, an
 * inflow when added and an outflow when subtracted. Any other rate becomes one flow
 * `<stock>_net_flow` holding the whole expression; a rate of 0 gives a stock without flows.
 */
import type { Dimension, Flow, Stock, Variable } from "../../model/types.js";
import { product } from "./array-cells.js";
import type { VariableGroup } from "./build-variables.js";
import { literal } from "./definition-kind.js";
import type { EquationTexts } from "./equation-texts.js";
import type { VensimExpr } from "./vensim-ast.js";
import type { VensimDimensions } from "./vensim-dimensions.js";
import type { VensimNames } from "./vensim-names.js";

/** The rate of a stock, as built. */
export interface StockRate {
  /** Index of the stock in the variables. */
  readonly index: number;
  readonly group: VariableGroup;
  readonly dims: readonly Dimension[];
  /** The rate expression when one apply-to-all (or scalar) equation gives it. */
  readonly rate: VensimExpr | undefined;
  readonly texts: EquationTexts;
}

type Term = { readonly node: Extract<VensimExpr, { kind: "name" }>; readonly sign: 1 | -1 };

/** The signed names of a sum and difference of names, or undefined. */
function terms(e: VensimExpr, sign: 1 | -1 = 1): Term[] | undefined {
  switch (e.kind) {
    case "name":
      return [{ node: e, sign }];
    case "unary":
      if (e.op === "not") return undefined;
      return terms(e.arg, e.op === "-" ? (-sign as 1 | -1) : sign);
    case "binary": {
      if (e.op !== "+" && e.op !== "-") return undefined;
      const left = terms(e.left, sign);
      const right = terms(e.right, e.op === "-" ? (-sign as 1 | -1) : sign);
      return left === undefined || right === undefined ? undefined : [...left, ...right];
    }
    default:
      return undefined;
  }
}

/** The variables with flows decided: converted auxiliaries and constants, and net flows. */
export function inferFlows(
  vars: readonly Variable[],
  rates: readonly StockRate[],
  names: VensimNames,
  dims: VensimDimensions,
): Variable[] {
  const byId = new Map(vars.map((v) => [v.id, v]));
  const toFlow = new Set<string>();
  const stocks = new Map<number, Stock>();
  const netFlows = new Map<number, Flow>();
  for (const r of rates) {
    const stock = vars[r.index] as Stock;
    if (r.rate !== undefined && literal(r.rate) === 0) continue;
    const list = r.rate === undefined ? undefined : terms(r.rate);
    const ids = list?.map((t) => names.id(t.node.name));
    const fits =
      list !== undefined &&
      ids !== undefined &&
      new Set(ids).size === ids.length &&
      list.every((t, i) => {
        const v = ids[i] === undefined ? undefined : byId.get(ids[i]!);
        if (v === undefined || (v.kind !== "aux" && v.kind !== "constant" && v.kind !== "flow"))
          return false;
        const own = r.dims.map((d) => d.id);
        if ((v.dims ?? []).join(",") !== own.join(",")) return false;
        if (t.node.subscripts.length !== own.length) return false;
        return t.node.subscripts.every((s, k) => !s.bang && dims.dimension(s.name)?.id === own[k]);
      });
    if (fits) {
      for (const id of ids) toFlow.add(id!);
      const inflows = ids.filter((_, i) => list[i]!.sign > 0) as string[];
      const outflows = ids.filter((_, i) => list[i]!.sign < 0) as string[];
      stocks.set(r.index, { ...stock, inflows, outflows });
      continue;
    }
    const { id } = names.add(`${stock.id}_net_flow`, `${stock.id}_net_flow`);
    const flow: Flow = {
      kind: "flow",
      id,
      ...(stock.dims !== undefined ? { dims: stock.dims } : {}),
      equation: r.texts.equation,
      ...(r.texts.elements !== undefined ? { elements: r.texts.elements } : {}),
      ...(stock.loc !== undefined ? { loc: stock.loc } : {}),
    };
    netFlows.set(r.index, flow);
    stocks.set(r.index, { ...stock, inflows: [id], outflows: [] });
  }
  const out: Variable[] = [];
  vars.forEach((v, i) => {
    const stock = stocks.get(i);
    out.push(stock ?? (toFlow.has(v.id) ? asFlow(v, dims) : v));
    const net = netFlows.get(i);
    if (net !== undefined) out.push(net);
  });
  return out;
}

function asFlow(v: Variable, dims: VensimDimensions): Variable {
  switch (v.kind) {
    case "aux": {
      const { kind: _kind, ...rest } = v;
      return { ...rest, kind: "flow" };
    }
    case "constant": {
      const { kind: _kind, value, values, ...rest } = v;
      if (values === undefined) return { ...rest, kind: "flow", equation: String(value) };
      const lists = (v.dims ?? []).map((id) => dims.byDimensionId(id)?.elements ?? []);
      const elements: Record<string, string> = {};
      product(lists).forEach((tuple, i) => {
        elements[tuple.join(",")] = String(values[i] ?? value);
      });
      return { ...rest, kind: "flow", equation: String(values[0] ?? value), elements };
    }
    default:
      return v;
  }
}
