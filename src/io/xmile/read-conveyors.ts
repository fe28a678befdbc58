/**
 * XMILE conveyors and queues (XMILE 1.0 §3.7.2, §3.7.3, §4.2.1, §4.3) written as ordinary
 * equations once the variables are built: the stock stays a stock, and the flows it drives get
 * equations the engine knows.
 *
 * - A conveyor's main outflow (the first outflow not tagged `<leak/>`; without tags the first,
 *   the others being leakages) becomes `conveyor_outflow(inflows, len, stock, exponential,
 *   leaks…)` and each leakage `conveyor_leak(k, …)`, with its fraction (`<leak>` or `<eqn>`) and
 *   its zone (`leak_start`, `leak_end`). See `compile/expand-conveyor.ts`.
 * - Its inflows are uniflows (§4.3). `<capacity>` and `<in_limit>` cut the inflows that have
 *   equations, in the order the stock lists them: together at most (capacity − contents)/dt +
 *   outflow (isee's documented room) and at most `in_limit` per time unit; what is cut stays
 *   upstream. An inflow that is another conveyor's outflow or leak is taken whole.
 * - A queue's outflows to clouds and ordinary stocks always empty it (§3.7.3): the first takes
 *   the queue and this step's arrivals, later ones (an `<overflow/>` included, which only takes
 *   what a blocked conveyor refuses) nothing.
 *
 * What is not read is reported as `unsupported:` rather than run differently: discrete
 * conveyors, `<arrest>`, `<leak_integers/>`, isee's spread inputs, a queue that feeds a conveyor.
 */
import type { Expr } from "../../expr/types.js";
import type { Variable } from "../../model/types.js";
import type { RawVariable } from "./collect-variables.js";
import { parseXmileExpr, XmileExprError, type XmileExprScope } from "./parse-xmile-expr.js";
import type { XmileContext } from "./xmile-context.js";
import { decodeXmileName } from "./xmile-names.js";
import { XmileSyntaxError } from "./xmile-tokenize.js";
import { child, childrenNamed, type XmlElement } from "./xml-element.js";

const num = (value: number): Expr => ({ kind: "number", value });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
const bin = (op: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({
  kind: "binary",
  op,
  left,
  right,
});
const total = (terms: readonly Expr[]): Expr =>
  terms.length === 0 ? num(0) : terms.slice(1).reduce((a, t) => bin("+", a, t), terms[0]!);

/** What the pass needs from the reader. */
export interface ConveyorReading {
  readonly raws: readonly RawVariable[];
  readonly scopeOf: (prefix: string) => XmileExprScope;
  readonly print: (expr: Expr) => string;
  readonly ctx: XmileContext;
}

const isTrue = (value: string | undefined) => value?.trim().toLowerCase() === "true";

/**
 * XMILE lets an equation read a conveyor's slats or a queue's batches as an array (`SUM(belt)`,
 * `belt[1]`); stockflow does not keep them, so such a read is reported rather than taken as the
 * stock's total.
 */
function reportSlatReads(
  raws: readonly RawVariable[],
  special: readonly RawVariable[],
  ctx: XmileContext,
): void {
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const stock of special) {
    // An arrayed conveyor's elements are read as usual.
    if (child(stock.element, "dimensions") !== undefined) continue;
    const words = decodeXmileName(stock.name)
      .split(/[\s_]+/)
      .filter((w) => w !== "");
    const name = `"?${words.map(literal).join("[\\s_]+")}"?`;
    const read = new RegExp(
      `\\b(sum|mean|min|max|stddev|size|prod)\\s*\\(\\s*${name}\\s*\\)|(^|[^\\w.])${name}\\s*\\[`,
      "i",
    );
    for (const raw of raws) {
      const eqn = child(raw.element, "eqn");
      if (eqn === undefined || !read.test(eqn.text)) continue;
      ctx.error(
        "unsupported",
        `unsupported: reading the slats or batches of ${stock.name} as an array`,
        { path: raw.path, element: eqn, variable: raw.id, value: eqn.text.trim() },
      );
    }
  }
}

/** Marks the outflows of conveyors and queues, whose equations the stock decides. */
export function markDrivenFlows(
  raws: readonly RawVariable[],
  scopeOf: (prefix: string) => XmileExprScope,
): void {
  const byId = new Map(raws.map((r) => [r.id, r]));
  for (const raw of raws) {
    if (raw.tag !== "stock") continue;
    if (child(raw.element, "conveyor") === undefined && child(raw.element, "queue") === undefined)
      continue;
    for (const f of childrenNamed(raw.element, "outflow")) {
      const flow = byId.get(scopeOf(raw.prefix).resolve(decodeXmileName(f.text)));
      // A leak keeps its equation (its fraction), read again by the pass below.
      if (flow !== undefined && flow.tag === "flow") flow.driven = true;
    }
  }
}

/** The variables with the flows of conveyors and queues given their equations. */
export function applyConveyors(
  variables: readonly Variable[],
  reading: ConveyorReading,
): Variable[] {
  const { raws, scopeOf, print, ctx } = reading;
  const special = raws.filter(
    (r) => r.tag === "stock" && (child(r.element, "conveyor") ?? child(r.element, "queue")),
  );
  if (special.length === 0) return [...variables];
  reportSlatReads(raws, special, ctx);
  const byId = new Map(variables.map((v) => [v.id, v]));
  const rawById = new Map(raws.map((r) => [r.id, r]));
  const replaced = new Map<string, Variable>();
  const failed = new Set<string>();
  const site = (raw: RawVariable) => ({ path: raw.path, element: raw.element, variable: raw.id });
  const fail = (raw: RawVariable, message: string) => {
    ctx.error("unsupported", `unsupported: ${message}`, site(raw));
    failed.add(raw.id);
  };
  const flowIds = (raw: RawVariable, tag: string) =>
    childrenNamed(raw.element, tag).map((f) =>
      scopeOf(raw.prefix).resolve(decodeXmileName(f.text)),
    );
  const isLeak = (id: string) => {
    const el = rawById.get(id)?.element;
    return el !== undefined && child(el, "leak") !== undefined;
  };

  // Flows a conveyor drives: taken whole by a conveyor downstream.
  const driven = new Set<string>();
  for (const raw of special) {
    if (child(raw.element, "conveyor") === undefined) continue;
    for (const id of flowIds(raw, "outflow")) driven.add(id);
  }
  const conveyorInflows = new Set<string>();
  for (const raw of special)
    if (child(raw.element, "conveyor") !== undefined)
      for (const id of flowIds(raw, "inflow")) conveyorInflows.add(id);

  for (const raw of special) {
    const stock = byId.get(raw.id);
    if (stock === undefined || stock.kind !== "stock") continue;
    const dims = stock.dims ?? [];
    const refOf = (id: string): Expr => {
      const v = byId.get(id);
      const same = v !== undefined && (v.dims ?? []).join(",") === dims.join(",");
      return {
        kind: "ref",
        id,
        ...(same && dims.length > 0
          ? { subscripts: dims.map((dim) => ({ kind: "dimension" as const, dim })) }
          : {}),
      };
    };
    const flowOf = (id: string) => {
      const v = byId.get(id);
      if (v === undefined || v.kind !== "flow") return undefined;
      if ((v.dims ?? []).join(",") !== dims.join(",")) return undefined;
      return v;
    };
    const inflows = flowIds(raw, "inflow");
    const outflows = flowIds(raw, "outflow");
    if ([...inflows, ...outflows].some((id) => flowOf(id) === undefined)) {
      fail(raw, "a conveyor or queue whose flows are not flows of its own dimensions");
      continue;
    }
    const parse = (at: XmlElement): Expr | undefined => {
      try {
        return parseXmileExpr(at.text, {
          ...scopeOf(raw.prefix),
          definingDims: dims,
          self: raw.id,
        });
      } catch (error) {
        if (!(error instanceof XmileSyntaxError)) throw error;
        const code = error instanceof XmileExprError ? error.code : "xmile-syntax";
        ctx.error(code, error.message, { ...site(raw), element: at, value: at.text.trim() });
        failed.add(raw.id);
        return undefined;
      }
    };
    const setFlow = (id: string, expr: Expr, extra: { nonNegative?: true } = {}) => {
      const v = flowOf(id)!;
      const { elements: _elements, ...rest } = v as Variable & { elements?: unknown };
      replaced.set(id, { ...rest, equation: print(expr), ...extra } as Variable);
    };
    // Inflows are uniflows (XMILE §4.3).
    const uniflow = (id: string) => {
      if (!replaced.has(id) && !driven.has(id)) {
        const v = flowOf(id)!;
        replaced.set(id, { ...v, nonNegative: true } as Variable);
      }
    };

    const queue = child(raw.element, "queue");
    if (queue !== undefined) {
      if (outflows.length === 0) continue;
      if (conveyorInflows.has(outflows[0]!)) {
        fail(raw, "a queue that feeds a conveyor");
        continue;
      }
      inflows.forEach(uniflow);
      const arriving = total(inflows.map((id) => call("max", num(0), refOf(id))));
      const all = bin("+", bin("/", refOf(raw.id), call("dt")), arriving);
      setFlow(outflows[0]!, call("max", num(0), all));
      for (const id of outflows.slice(1)) setFlow(id, num(0));
      continue;
    }

    const conveyor = child(raw.element, "conveyor")!;
    if (isTrue(conveyor.attrs.discrete)) {
      fail(raw, "discrete conveyors");
      continue;
    }
    const arrest = child(conveyor, "arrest");
    if (arrest !== undefined && !/^\s*0?\s*$/.test(arrest.text)) {
      fail(raw, "a conveyor's <arrest>");
      continue;
    }
    const spread = inflows.find((id) => {
      const attrs = rawById.get(id)?.element.attrs ?? {};
      const how = Object.entries(attrs).find(([k]) => k.endsWith("spreadflow"))?.[1];
      return how !== undefined && how.trim().toLowerCase() !== "beginning";
    });
    if (spread !== undefined) {
      fail(raw, "a conveyor inflow spread along the belt (isee:spreadflow)");
      continue;
    }
    const tagged = outflows.some(isLeak);
    const main = tagged ? outflows.find((id) => !isLeak(id)) : outflows[0];
    const leaks = tagged ? outflows.filter(isLeak) : outflows.slice(1);
    if (main === undefined) {
      fail(raw, "a conveyor without a main outflow");
      continue;
    }
    if (tagged && outflows.some((id) => id !== main && !isLeak(id))) {
      fail(raw, "a conveyor with a second outflow that is not a leakage");
      continue;
    }
    const len = child(conveyor, "len");
    const transit = len === undefined ? undefined : parse(len);
    if (transit === undefined) {
      if (len === undefined) fail(raw, "a conveyor without <len>");
      continue;
    }
    const leakArgs: Expr[] = [];
    let ok = true;
    for (const id of leaks) {
      const el = rawById.get(id)!.element;
      if (child(el, "leak_integers") !== undefined) {
        fail(raw, "a conveyor leak of whole units (<leak_integers/>)");
        ok = false;
        break;
      }
      const leakEl = child(el, "leak");
      const eqn = child(el, "eqn");
      const source = leakEl?.text.trim() ? leakEl : eqn?.text.trim() ? eqn : undefined;
      const v = flowOf(id)! as Variable & { elements?: unknown };
      if (source === undefined || (source === eqn && v.elements !== undefined)) {
        fail(raw, "a conveyor leak without one fraction for all its elements");
        ok = false;
        break;
      }
      const fraction = parse(source);
      if (fraction === undefined) {
        ok = false;
        break;
      }
      const edge = (name: string, fallback: number) => {
        const text = el.attrs[name];
        const value = text === undefined ? fallback : Number(text);
        return Number.isFinite(value) ? value : fallback;
      };
      leakArgs.push(fraction, num(edge("leak_start", 0)), num(edge("leak_end", 1)));
    }
    if (!ok) continue;
    const exponential = num(isTrue(conveyor.attrs.exponential_leak) ? 1 : 0);
    const input = total(inflows.map(refOf));
    const belt = [input, transit, refOf(raw.id), exponential, ...leakArgs];

    // Capacity and inflow limit cut the inflows with equations, in the listed order.
    const capacityEl = child(conveyor, "capacity");
    const limitEl = child(conveyor, "in_limit");
    const capacity = capacityEl?.text.trim() ? parse(capacityEl) : undefined;
    const limit = limitEl?.text.trim() ? parse(limitEl) : undefined;
    if (failed.has(raw.id)) continue;
    const room =
      capacity === undefined
        ? undefined
        : call(
            "max",
            num(0),
            bin("+", bin("/", bin("-", capacity, refOf(raw.id)), call("dt")), refOf(main)),
          );
    const earlier: Expr[] = [];
    for (const id of inflows) {
      if (driven.has(id)) {
        earlier.push(refOf(id));
        continue;
      }
      const v = flowOf(id)! as Variable & { elements?: unknown; equation: string };
      if (room !== undefined || limit !== undefined) {
        if (v.elements !== undefined) {
          fail(raw, "a conveyor capacity or inflow limit on an inflow with per-element equations");
          break;
        }
        const eqEl = child(rawById.get(id)!.element, "eqn");
        const request = eqEl?.text.trim() ? parse(eqEl) : num(0);
        if (request === undefined) break;
        let admitted = call("max", num(0), request);
        const before = total(earlier);
        if (room !== undefined) admitted = call("min", admitted, bin("-", room, before));
        if (limit !== undefined) admitted = call("min", admitted, bin("-", limit, before));
        setFlow(id, call("max", num(0), admitted));
      } else uniflow(id);
      earlier.push(refOf(id));
    }
    if (failed.has(raw.id)) continue;
    setFlow(main, call("conveyor_outflow", ...belt));
    for (const [k, id] of leaks.entries()) setFlow(id, call("conveyor_leak", num(k + 1), ...belt));
  }
  return variables.map((v) => replaced.get(v.id) ?? v);
}
