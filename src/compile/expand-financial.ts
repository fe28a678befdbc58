/**
 * Vensim's financial builtins as hidden nodes: NPV and NPVE as a discount-factor stock and an
 * accumulator, DEPRECIATE STRAIGHTLINE as a stock, a held period start and a fixed pipeline, so
 * that the engine still only knows its own node kinds.
 */
import type { Expr } from "../expr/types.js";
import { bin, call, num, ref, when } from "./expr-builders.js";
import { atom, type ExpandContext, hiddenId, stockNode } from "./hidden-nodes.js";

/**
 * Vensim's NPV: a discount factor stock `df` (1 at the start, rate −df·r/(1 + r·dt), so that it
 * is (1 + r·dt)^(−steps) after whole steps), an accumulator of stream · df starting at the
 * initial value, and the output (accumulator + stream · dt · df) · factor. NPVE (end of period)
 * starts `df` one step discounted, at 1/(1 + r·dt).
 */
export function npv(
  args: readonly Expr[],
  owner: string,
  ctx: ExpandContext,
  endOfPeriod: boolean,
): Expr {
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
export function depreciateStraightline(
  args: readonly Expr[],
  owner: string,
  ctx: ExpandContext,
): Expr {
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
