/**
 * Expansion of stateful builtins into hidden nodes, so that ordering and code generation only
 * know stocks, auxiliaries, parameters, memories and pipelines.
 *
 * The structures are the textbook ones (Sterman, Business Dynamics, ch. 11; Vensim and XMILE
 * reference): SMOOTH is one stock adjusting towards its input, SMOOTH3/SMOOTH N a chain of such
 * stocks each with a 1/n share of the time; DELAY1/DELAY3/DELAY N are chains of n stocks each
 * drained at stock ÷ (delay/n), the last outflow being the output, starting in equilibrium at
 * the initial output; TREND and FORECAST use one smoothing stock as in Vensim's definitions;
 * DELAY FIXED and DELAY MATERIAL are true pipelines, not approximations.
 */
import type { Expr } from "../expr/types.js";
import { evaluateConstant } from "./evaluate-constant.js";
import { conveyorLeak, conveyorOutflow } from "./expand-conveyor.js";
import { depreciateStraightline, npv } from "./expand-financial.js";
import { bin, call, num, ref, when } from "./expr-builders.js";
import { atom, type ExpandContext, hiddenId, stockNode } from "./hidden-nodes.js";

/** Replace every stateful call in `expr` (innermost first) by a reference to hidden nodes. */
export function expandStateful(expr: Expr, owner: string, ctx: ExpandContext): Expr {
  switch (expr.kind) {
    case "number":
    case "ref":
      return expr;
    case "unary":
      return { ...expr, arg: expandStateful(expr.arg, owner, ctx) };
    case "binary":
      return {
        ...expr,
        left: expandStateful(expr.left, owner, ctx),
        right: expandStateful(expr.right, owner, ctx),
      };
    case "if":
      return {
        ...expr,
        cond: expandStateful(expr.cond, owner, ctx),
        then: expandStateful(expr.then, owner, ctx),
        else: expandStateful(expr.else, owner, ctx),
      };
    case "lookup":
      return { ...expr, arg: expandStateful(expr.arg, owner, ctx) };
    case "call": {
      const args = expr.args.map((a) => expandStateful(a, owner, ctx));
      const expanded = expandCall(expr.fn, args, owner, ctx, expr);
      return expanded ?? { ...expr, args };
    }
  }
}

/** The largest order of DELAY N and SMOOTH N: each order is a stock. */
const MAX_ORDER = 1000;

function order(e: Expr, owner: string, ctx: ExpandContext, source: Expr): number {
  const value = evaluateConstant(e, ctx.params, ctx.clock);
  if (
    value === undefined ||
    !Number.isFinite(value) ||
    Math.round(value) < 1 ||
    Math.round(value) > MAX_ORDER
  ) {
    ctx.diagnostics.push({
      severity: "error",
      code: "bad-order",
      message: `the order of a delay or smooth must be a constant whole number from 1 to ${MAX_ORDER}`,
      variable: owner,
      value: value === undefined ? "not a constant" : String(value),
      ...(source.span ? { column: source.span.start + 1 } : {}),
    });
    return 1;
  }
  return Math.round(value);
}

/**
 * The order of DELAY N fitted to the time step. Vensim's reference (DELAY N): the delay time must
 * be at least order × TIME STEP, otherwise Vensim warns and reduces the order until it is. The
 * delay time is read where the order is fixed, at the start of the run with the model's TIME
 * STEP; a delay time that cannot be read there (it depends on stocks) keeps the order.
 */
function fitOrder(n: number, time: Expr, owner: string, ctx: ExpandContext): number {
  const dt = ctx.clock?.dt;
  const delay = evaluateConstant(time, ctx.params, ctx.clock);
  if (dt === undefined || !(dt > 0) || delay === undefined || !Number.isFinite(delay)) return n;
  const fitted = fittedOrder(n, delay, dt);
  ctx.dtFixed.push({ owner, kind: "order", delay, requested: n, order: fitted, dt });
  if (fitted === n) return n;
  ctx.diagnostics.push({
    severity: "warning",
    code: "delay-order-reduced",
    message: `delay_n: the delay time ${delay} is less than order ${n} × dt ${dt}; the order is reduced to ${fitted}, as Vensim does`,
    variable: owner,
    value: String(delay),
    hint: "make dt at most the delay time divided by the order",
  });
  return fitted;
}

/** The order of DELAY N with delay time `delay` fitted to `dt`: at most `n`, at least 1. */
export function fittedOrder(n: number, delay: number, dt: number): number {
  if (delay >= n * dt * (1 - 1e-9)) return n;
  return Math.max(1, Math.floor(delay / dt + 1e-9));
}

/** A chain of `n` first-order stocks; returns the output expression. */
function chain(
  builtinName: string,
  kind: "smooth" | "delay",
  input: Expr,
  time: Expr,
  initial: Expr,
  n: number,
  owner: string,
  ctx: ExpandContext,
): Expr {
  const stage = n === 1 ? time : atom(bin("/", time, num(n)), owner, `${kind}time`, ctx);
  ctx.stages.push({ owner, builtin: builtinName, stage, order: n });
  let upstream = input;
  let output: Expr = input;
  for (let i = 1; i <= n; i++) {
    const id = hiddenId(owner, `${kind}${n}_${i}_`, ctx);
    const level = ref(id);
    if (kind === "smooth") {
      ctx.nodes.push(stockNode(id, owner, initial, bin("/", bin("-", upstream, level), stage)));
      upstream = level;
      output = level;
    } else {
      const outId = `${id}out`;
      ctx.nodes.push(
        stockNode(id, owner, bin("*", initial, stage), bin("-", upstream, ref(outId))),
      );
      ctx.nodes.push({
        kind: "aux",
        id: outId,
        owner,
        hidden: true,
        expr: bin("/", level, stage),
        flow: true,
        nonNegative: false,
      });
      upstream = ref(outId);
      output = upstream;
    }
  }
  return output;
}

function expandCall(
  fn: string,
  args: readonly Expr[],
  owner: string,
  ctx: ExpandContext,
  source: Expr,
): Expr | undefined {
  const arg = (i: number): Expr | undefined => args[i];
  switch (fn) {
    case "initial": {
      const id = hiddenId(owner, "initial", ctx);
      ctx.nodes.push({ kind: "static", id, owner, hidden: true, expr: args[0]! });
      return ref(id);
    }
    case "active_initial": {
      const id = hiddenId(owner, "active", ctx);
      ctx.nodes.push({
        kind: "aux",
        id,
        owner,
        hidden: true,
        expr: args[0]!,
        init: args[1]!,
        flow: false,
        nonNegative: false,
      });
      return ref(id);
    }
    case "previous": {
      const id = hiddenId(owner, "previous", ctx);
      ctx.nodes.push({
        kind: "memory",
        id,
        owner,
        hidden: true,
        initial: arg(1) ?? args[0]!,
        update: args[0]!,
      });
      return ref(id);
    }
    case "sample_if_true": {
      const memory = hiddenId(owner, "sampled", ctx);
      const id = hiddenId(owner, "sample", ctx);
      ctx.nodes.push({
        kind: "memory",
        id: memory,
        owner,
        hidden: true,
        initial: args[2]!,
        update: ref(id),
      });
      ctx.nodes.push({
        kind: "aux",
        id,
        owner,
        hidden: true,
        expr: when(args[0]!, args[1]!, ref(memory)),
        flow: false,
        nonNegative: false,
      });
      return ref(id);
    }
    case "smooth":
    case "smooth3":
    case "smooth_n": {
      const input = atom(args[0]!, owner, "input", ctx);
      const n = fn === "smooth" ? 1 : fn === "smooth3" ? 3 : order(args[3]!, owner, ctx, source);
      return chain(
        fn,
        "smooth",
        input,
        atom(args[1]!, owner, "time", ctx),
        arg(2) ?? input,
        n,
        owner,
        ctx,
      );
    }
    case "delay1":
    case "delay3":
    case "delay_n": {
      const input = atom(args[0]!, owner, "input", ctx);
      const n =
        fn === "delay1"
          ? 1
          : fn === "delay3"
            ? 3
            : fitOrder(order(args[3]!, owner, ctx, source), args[1]!, owner, ctx);
      return chain(
        fn,
        "delay",
        input,
        atom(args[1]!, owner, "time", ctx),
        arg(2) ?? input,
        n,
        owner,
        ctx,
      );
    }
    case "delay_fixed":
    case "delay_material": {
      const id = hiddenId(owner, fn === "delay_fixed" ? "pipeline" : "material", ctx);
      ctx.nodes.push({
        kind: "pipeline",
        id,
        owner,
        hidden: true,
        mode: fn === "delay_fixed" ? "fixed" : "material",
        input: args[0]!,
        delay: args[1]!,
        initial: arg(2) ?? args[0]!,
      });
      return ref(id);
    }
    // Array builtins reach here only in models without arrays, where their argument is one
    // number: the sum, product, minimum, maximum and mean of it are itself.
    case "sum":
    case "prod":
    case "vmin":
    case "vmax":
    case "mean":
      return args[0]!;
    case "stddev":
      return num(0);
    case "size":
      return num(1);
    // Vector functions over one number: a vector of one element (position 0).
    case "vector_select":
      return call("vector_select_of", args[2]!, args[3]!, args[4]!, args[0]!, args[1]!);
    case "vector_elm_map":
    case "vector_reorder":
      return call("vector_element_at", args[1]!, args[0]!);
    case "vector_sort_order":
      return call("vector_sort_order_at", num(0), args[1]!, args[0]!);
    case "vector_rank":
      return call("vector_rank_at", num(0), args[1]!, args[0]!);
    case "invert_matrix":
      return call("invert_matrix_at", num(0), num(0), args[0]!);
    case "allocate_by_priority":
      return call("allocate_by_priority_at", num(0), args[3]!, args[4]!, args[0]!, args[1]!);
    // The allocation functions need an arrayed priority profile (four values each), which a
    // model without arrays cannot hold: a count of -1 makes the runtime form an error (NaN).
    case "allocate_available":
      return call("allocate_available_at", num(-1), args[2]!);
    case "allocate_along":
      return call("allocate_exact_at", num(-1), args[0]!);
    case "vector_lookup":
      return call("vector_lookup_of", args[1]!, args[2]!, args[3]!, args[4]!, args[0]!);
    case "find_market_price":
    case "demand_at_price":
    case "supply_at_price":
      return call("market_price_of", num(-1), num(0));
    case "rank":
      return call("rank_index", args[1]!, num(1), ...args.slice(0, 1), ...args.slice(2));
    case "trend":
    case "forecast": {
      const input = atom(args[0]!, owner, "input", ctx);
      const time = atom(args[1]!, owner, "time", ctx);
      const initialTrend = arg(fn === "trend" ? 2 : 3) ?? num(0);
      const id = hiddenId(owner, "average", ctx);
      const average = ref(id);
      const initial = bin("/", input, bin("+", num(1), bin("*", initialTrend, time)));
      ctx.nodes.push(stockNode(id, owner, initial, bin("/", bin("-", input, average), time)));
      const trend = call("zidz", bin("-", input, average), bin("*", average, time));
      return fn === "trend" ? trend : bin("*", input, bin("+", num(1), bin("*", trend, args[2]!)));
    }
    case "npv":
    case "npve":
      return npv(args, owner, ctx, fn === "npve");
    case "depreciate_straightline":
      return depreciateStraightline(args, owner, ctx);
    case "conveyor_outflow":
      return conveyorOutflow(args, owner, ctx);
    case "conveyor_leak":
      return conveyorLeak(args, owner, ctx);
    default:
      return undefined;
  }
}
