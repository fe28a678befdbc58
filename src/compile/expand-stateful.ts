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
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Expr } from "../expr/types.js";
import { evaluateConstant } from "./evaluate-constant.js";
import { bin, call, num, ref, when } from "./expr-builders.js";
import type { IrNode } from "./ir.js";

/** What the expander needs to know and where it puts what it makes. */
export interface ExpandContext {
  /** Hidden nodes are appended here. */
  readonly nodes: IrNode[];
  /** Parameter values, for arguments that fix structure (orders). */
  readonly params: ReadonlyMap<string, number>;
  readonly diagnostics: Diagnostic[];
  /** Counter for unique hidden ids. */
  counter: { value: number };
  /** Stage times of material delays and smooths, checked against dt when a run starts. */
  readonly stages: StageCheck[];
  /** Start and dt of the model's sim specs: structure-fixing arguments are read there. */
  readonly clock?: {
    readonly start: number;
    readonly dt: number;
    readonly equation?: (id: string) => Expr | undefined;
  };
}

/** A delay or smooth stage whose time is checked against dt (see `docs/engine.md`). */
export interface StageCheck {
  readonly owner: string;
  /** The builtin as written in docs, e.g. `delay3`. */
  readonly builtin: string;
  /** The time of one stage (delay ÷ order): a number or a reference. */
  readonly stage: Expr;
  readonly order: number;
}

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

function hiddenId(owner: string, what: string, ctx: ExpandContext): string {
  ctx.counter.value += 1;
  return `${owner}$${what}${ctx.counter.value}`;
}

/** A reference to `e` itself when it is a number or a reference, else to a hidden aux holding it. */
function atom(e: Expr, owner: string, what: string, ctx: ExpandContext): Expr {
  if (e.kind === "number" || e.kind === "ref") return e;
  const id = hiddenId(owner, what, ctx);
  ctx.nodes.push({
    kind: "aux",
    id,
    owner,
    hidden: true,
    expr: e,
    flow: false,
    nonNegative: false,
  });
  return ref(id);
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
  if (delay >= n * dt * (1 - 1e-9)) return n;
  const fitted = Math.max(1, Math.floor(delay / dt + 1e-9));
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

function stockNode(id: string, owner: string, initial: Expr, rate: Expr): IrNode {
  return {
    kind: "stock",
    id,
    owner,
    hidden: true,
    initial,
    rate,
    inflows: [],
    outflows: [],
    nonNegative: false,
  };
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
    default:
      return undefined;
  }
}

/**
 * Vensim's NPV: a discount factor stock `df` (1 at the start, rate −df·r/(1 + r·dt), so that it
 * is (1 + r·dt)^(−steps) after whole steps), an accumulator of stream · df starting at the
 * initial value, and the output (accumulator + stream · dt · df) · factor. NPVE (end of period)
 * starts `df` one step discounted, at 1/(1 + r·dt).
 */
function npv(args: readonly Expr[], owner: string, ctx: ExpandContext, endOfPeriod: boolean): Expr {
  const stream = atom(args[0]!, owner, "stream", ctx);
  const rate = atom(args[1]!, owner, "rate", ctx);
  const dt = call("dt");
  const dfId = hiddenId(owner, "discount", ctx);
  const df = ref(dfId);
  const fall = bin("/", bin("*", df, rate), bin("+", num(1), bin("*", rate, dt)));
  const perStep = bin("+", num(1), bin("*", rate, dt));
  const start = endOfPeriod ? bin("/", num(1), perStep) : num(1);
  ctx.nodes.push(stockNode(dfId, owner, start, bin("-", num(0), fall)));
  const accumulatedId = hiddenId(owner, "npv", ctx);
  ctx.nodes.push(stockNode(accumulatedId, owner, args[2]!, bin("*", stream, df)));
  const accumulated = ref(accumulatedId);
  const current = bin("*", bin("*", stream, dt), df);
  return bin("*", bin("+", accumulated, current), args[3]!);
}

/**
 * Vensim's DEPRECIATE STRAIGHTLINE(str, dtime, fisc, init) (Vensim Reference Guide, Financial and
 * Accounting functions): what `str` brings in during a fiscal period of length `fisc` (counted
 * from INITIAL TIME) is lumped together and depreciated in equal parts over the `dtime / fisc`
 * fiscal periods that start with it; the current step's `str · dt` counts at once, as the
 * reference says. Before the start, `init` is taken to have flowed in at a constant rate over
 * the previous `dtime`, so a stream that stays at `init` gives `init` throughout.
 *
 * Built from a stock C of everything invested so far, C's value at the start of each fiscal
 * period (held, and less the `init` stream, so that before the start it is 0), and that held
 * value `dtime − fisc` earlier through a fixed pipeline: the output is what came in over the
 * last `dtime / fisc` periods, divided by `dtime`. Vensim adjusts a `dtime` that is not a whole
 * multiple of `fisc` without saying how; stockflow makes it an error at run time (NaN).
 */
function depreciateStraightline(args: readonly Expr[], owner: string, ctx: ExpandContext): Expr {
  const stream = atom(args[0]!, owner, "stream", ctx);
  const fisc = atom(args[2]!, owner, "fiscal", ctx);
  const init = atom(args[3]!, owner, "init", ctx);
  const periods = atom(bin("/", args[1]!, fisc), owner, "periods", ctx);
  const time = call("time");
  const elapsed = bin("-", time, call("initial_time"));
  const halfStep = bin("/", call("dt"), num(2));
  // The start of the current fiscal period, from INITIAL TIME (half a step of tolerance).
  const since = atom(
    bin("-", elapsed, bin("*", fisc, call("int", bin("/", bin("+", elapsed, halfStep), fisc)))),
    owner,
    "since",
    ctx,
  );
  const investedId = hiddenId(owner, "invested", ctx);
  ctx.nodes.push(stockNode(investedId, owner, num(0), stream));
  const invested = ref(investedId);
  // Invested less the init stream: 0 at the start, and (by construction) at any earlier time.
  const beyondInit = bin("-", invested, bin("*", init, elapsed));
  const memory = hiddenId(owner, "held", ctx);
  const heldId = hiddenId(owner, "period_start", ctx);
  ctx.nodes.push({
    kind: "memory",
    id: memory,
    owner,
    hidden: true,
    initial: num(0),
    update: ref(heldId),
  });
  ctx.nodes.push({
    kind: "aux",
    id: heldId,
    owner,
    hidden: true,
    expr: when(bin("<", since, halfStep), beyondInit, ref(memory)),
    flow: false,
    nonNegative: false,
  });
  const back = bin("*", bin("-", periods, num(1)), fisc);
  const pipelineId = hiddenId(owner, "pipeline", ctx);
  ctx.nodes.push({
    kind: "pipeline",
    id: pipelineId,
    owner,
    hidden: true,
    mode: "fixed",
    input: ref(heldId),
    delay: call("max", back, call("dt")),
    initial: num(0),
  });
  const oldest = when(bin("<", periods, num(1.5)), ref(heldId), ref(pipelineId));
  // The time at which the oldest period still depreciating starts, from INITIAL TIME.
  const oldestStart = bin("-", bin("-", elapsed, since), back);
  const window = bin(
    "-",
    bin("+", invested, bin("*", stream, call("dt"))),
    bin("+", oldest, bin("*", init, oldestStart)),
  );
  const whole = bin(
    "and",
    bin("<", call("abs", bin("-", periods, call("round", periods))), num(1e-9)),
    bin(">=", periods, num(1)),
  );
  return when(whole, bin("/", window, bin("*", periods, fisc)), num(Number.NaN));
}
