/**
 * Stella's conveyor (XMILE 1.0 §3.7.2) as hidden nodes: `conveyor_outflow` and `conveyor_leak`
 * become fixed pipelines of the conveyor's input and small stocks of the material in each leak
 * zone, so that the engine still only knows its own node kinds.
 *
 * The belt (isee, "Traditional Conveyor Computation"): N = round(transit / dt) slats, one per
 * dt of travel. What enters in the step from t (inflow · dt) rides N steps and leaves as the
 * outflow of the step from t + N·dt; the material of age j (j = 1 … N steps on the belt) sits
 * at (j − ½)/N of the belt from the entry, where a leak zone `[leak_start, leak_end]` (fractions
 * of the belt from the entry) takes its share. Each step, every slat leaks first and then the
 * exit slat leaves as the outflow, so a cohort leaks in its last step too.
 *
 * - Linear leakage (the default): a cohort of volume A loses f·A/M in each of the M steps it
 *   spends in the zone, f taken when it enters; the outflow is A·(1 − Σf). So a leak is the
 *   zone's sum of f·inflow over the ages it covers, divided by M: a stock of that sum, fed by
 *   the input delayed to the zone's first age and drained by it delayed past its last.
 * - Exponential leakage: each slat in a zone loses f·dt of its content per step (the fractions
 *   of overlapping zones add); the belt is cut into runs of ages with the same zones, each a
 *   stock of the material in it, and the outflow is the input N steps earlier times the share
 *   that survives the belt. Its fractions must be constants.
 * - The initial contents are spread as a steady state: as if the inflow had been constant
 *   since the start of time (isee, "Steady-State Initialization of Conveyors": with one linear
 *   leak of the whole belt, contents = transit · inflow − (N − 1) · leakage · dt / 2).
 *
 * The transit time is read when the model is compiled and must be constant: a transit time
 * that changes during the run is reported, not approximated.
 */
import { currentLimits } from "../diagnostics/limits.js";
import { BUILTINS } from "../expr/builtins.js";
import type { Expr } from "../expr/types.js";
import { evaluateConstant } from "./evaluate-constant.js";
import { bin, call, num, ref, sum } from "./expr-builders.js";
import { atom, type ExpandContext, hiddenId, stockNode } from "./hidden-nodes.js";

/** One leak flow of a conveyor: its fraction and the ages (steps on the belt) of its zone. */
interface Leak {
  readonly fraction: Expr;
  /** The fraction at compile time (exponential leaks only). */
  readonly value: number;
  readonly first: number;
  readonly last: number;
}

interface Belt {
  readonly steps: number;
  readonly dt: number;
  readonly exponential: boolean;
  readonly leaks: readonly Leak[];
  readonly input: Expr;
  readonly contents: Expr;
}

/** Arguments: `input, transit, contents, exponential, (fraction, start, end)…`. */
const FIXED = 4;

function unsupported(message: string, owner: string, ctx: ExpandContext, value?: string): void {
  ctx.diagnostics.push({
    severity: "error",
    code: "unsupported",
    message: `unsupported: ${message}`,
    variable: owner,
    ...(value !== undefined ? { value } : {}),
  });
}

/**
 * Whether `e` is the same at every step: numbers, parameters, auxiliaries made of them and
 * pure functions; no stock, time, test input, random draw or state.
 */
function constantInTime(e: Expr, ctx: ExpandContext, depth = 0): boolean {
  switch (e.kind) {
    case "number":
      return true;
    case "ref": {
      if (ctx.params.has(e.id)) return true;
      const equation = depth < 64 ? ctx.clock?.equation?.(e.id) : undefined;
      return equation !== undefined && constantInTime(equation, ctx, depth + 1);
    }
    case "unary":
      return constantInTime(e.arg, ctx, depth);
    case "binary":
      return constantInTime(e.left, ctx, depth) && constantInTime(e.right, ctx, depth);
    case "if":
      return [e.cond, e.then, e.else].every((x) => constantInTime(x, ctx, depth));
    case "lookup":
      return constantInTime(e.arg, ctx, depth);
    case "call":
      return (
        BUILTINS[e.fn]?.category === "math" && e.args.every((x) => constantInTime(x, ctx, depth))
      );
  }
}

function constant(e: Expr, ctx: ExpandContext): number | undefined {
  if (!constantInTime(e, ctx)) return undefined;
  const value = evaluateConstant(e, ctx.params, ctx.clock);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** The number of slats of a belt of transit time `transit` at time step `dt`. */
export function beltSlats(transit: number, dt: number): number {
  return Math.max(1, Math.round(transit / dt));
}

/** The belt described by the arguments from `at` on, or undefined after reporting why not. */
function readBelt(args: readonly Expr[], at: number, owner: string, ctx: ExpandContext) {
  const dt = ctx.clock?.dt;
  if (dt === undefined || !(dt > 0)) {
    unsupported("a conveyor in a model whose time step is an equation", owner, ctx);
    return undefined;
  }
  const transit = constant(args[at + 1]!, ctx);
  if (transit === undefined) {
    unsupported("a conveyor transit time that changes during the run", owner, ctx);
    return undefined;
  }
  if (!(transit > 0)) {
    unsupported("a conveyor transit time that is not positive", owner, ctx, String(transit));
    return undefined;
  }
  const steps = beltSlats(transit, dt);
  // one slat per dt of travel: a belt longer than a run may be is refused before it is laid out
  const most = currentLimits().steps;
  if (steps > most) {
    ctx.diagnostics.push({
      severity: "error",
      code: "limit",
      message: `a conveyor with transit time ${transit} at dt ${dt} would have ${steps} slats, more than the limit of ${most} steps`,
      variable: owner,
      value: String(transit),
      hint: "shorten the transit time, lengthen dt, or raise limits.steps",
    });
    return undefined;
  }
  ctx.dtFixed.push({ owner, kind: "slats", transit, count: steps, dt });
  const exponential = constant(args[at + 3]!, ctx) !== 0;
  const leaks: Leak[] = [];
  for (let i = at + FIXED; i + 2 < args.length; i += 3) {
    const fraction = args[i]!;
    const start = constant(args[i + 1]!, ctx) ?? 0;
    const end = constant(args[i + 2]!, ctx) ?? 1;
    let value = Number.NaN;
    if (exponential) {
      const v = constant(fraction, ctx);
      if (v === undefined) {
        unsupported(
          "an exponential conveyor leak whose fraction changes during the run",
          owner,
          ctx,
        );
        return undefined;
      }
      value = v;
    }
    // The ages j whose slat centre (j − ½)/N lies in the zone (a tolerance for printed edges).
    let first = 0;
    let last = -1;
    for (let j = 1; j <= steps; j++) {
      const position = (j - 0.5) / steps;
      if (position >= start - 1e-12 && position <= end + 1e-12) {
        if (first === 0) first = j;
        last = j;
      }
    }
    leaks.push({ fraction, value, first, last });
  }
  const belt: Belt = {
    steps,
    dt,
    exponential,
    leaks,
    input: atom(args[at]!, owner, "conveyor_in", ctx),
    contents: args[at + 2]!,
  };
  return belt;
}

/** A linear leak fraction as used: between 0 and 1. */
const clampFraction = (f: Expr): Expr => call("min", call("max", f, num(0)), num(1));

/** The input `m` steps ago (itself for 0), `initial` before the start. */
function delayed(input: Expr, m: number, initial: Expr, owner: string, ctx: ExpandContext): Expr {
  if (m === 0) return input;
  const id = hiddenId(owner, "belt", ctx);
  ctx.nodes.push({
    kind: "pipeline",
    id,
    owner,
    hidden: true,
    mode: "fixed",
    input,
    delay: bin("*", num(m), call("dt")),
    initial,
  });
  return ref(id);
}

/** Share of a cohort left after the ages before `j` (exponential leaks), for j = 1 … N + 1. */
function survival(belt: Belt): number[] {
  const w = [1, 1];
  for (let j = 1; j <= belt.steps; j++) {
    let rate = 0;
    for (const leak of belt.leaks) if (j >= leak.first && j <= leak.last) rate += leak.value;
    w.push(w[j]! * (1 - rate * belt.dt));
  }
  return w;
}

/** The steady inflow rate that fills the belt with its initial contents. */
function initialInflow(belt: Belt, owner: string, ctx: ExpandContext): Expr {
  const n = belt.steps;
  let slats: Expr;
  if (belt.exponential) {
    const w = survival(belt);
    let total = 0;
    for (let j = 1; j <= n; j++) total += w[j]!;
    slats = num(total);
  } else {
    // Age j holds A − Σ f·A/M over the zone ages before j: the belt holds A·(N − Σ f·c).
    const terms: Expr[] = [];
    for (const leak of belt.leaks) {
      const m = leak.last - leak.first + 1;
      if (m <= 0) continue;
      let before = 0;
      for (let j = leak.first; j <= leak.last; j++) before += n - j;
      terms.push(bin("*", clampFraction(leak.fraction), num(before / m)));
    }
    slats = bin("-", num(n), sum(terms));
  }
  return atom(bin("/", belt.contents, bin("*", slats, call("dt"))), owner, "conveyor_in0", ctx);
}

/** `conveyor_outflow(input, transit, contents, exponential, (fraction, start, end)…)`. */
export function conveyorOutflow(args: readonly Expr[], owner: string, ctx: ExpandContext): Expr {
  const belt = readBelt(args, 0, owner, ctx);
  if (belt === undefined) return num(0);
  const in0 = initialInflow(belt, owner, ctx);
  if (belt.exponential) {
    const share = num(survival(belt)[belt.steps + 1]!);
    return bin("*", delayed(belt.input, belt.steps, in0, owner, ctx), share);
  }
  const leaking = belt.leaks.filter((l) => l.last >= l.first);
  const kept = atom(
    bin("-", num(1), sum(leaking.map((l) => clampFraction(l.fraction)))),
    owner,
    "conveyor_kept",
    ctx,
  );
  return delayed(bin("*", belt.input, kept), belt.steps, bin("*", in0, kept), owner, ctx);
}

/** `conveyor_leak(which, input, transit, contents, exponential, (fraction, start, end)…)`. */
export function conveyorLeak(args: readonly Expr[], owner: string, ctx: ExpandContext): Expr {
  const which = constant(args[0]!, ctx);
  const belt = readBelt(args, 1, owner, ctx);
  if (belt === undefined) return num(0);
  const leak = which === undefined ? undefined : belt.leaks[Math.round(which) - 1];
  if (leak === undefined) {
    unsupported("a conveyor leak that is not one of its conveyor's", owner, ctx);
    return num(0);
  }
  if (leak.last < leak.first) return num(0);
  const in0 = initialInflow(belt, owner, ctx);
  const dt = call("dt");
  if (!belt.exponential) {
    const m = leak.last - leak.first + 1;
    const f = atom(clampFraction(leak.fraction), owner, "leak_fraction", ctx);
    const taken = atom(bin("*", f, belt.input), owner, "leak_taken", ctx);
    const taken0 = bin("*", f, in0);
    const zoneId = hiddenId(owner, "leak_zone", ctx);
    const entering = delayed(taken, leak.first - 1, taken0, owner, ctx);
    const leaving = delayed(taken, leak.last, taken0, owner, ctx);
    const initial = bin("*", bin("*", num(m), taken0), dt);
    ctx.nodes.push(stockNode(zoneId, owner, initial, bin("-", entering, leaving)));
    return bin("/", ref(zoneId), bin("*", num(m), dt));
  }
  // Exponential: runs of ages with the same leaks, each a stock of the material in it.
  const w = survival(belt);
  const active = (j: number) =>
    belt.leaks.map((l, k) => (j >= l.first && j <= l.last ? k : -1)).filter((k) => k >= 0);
  const parts: Expr[] = [];
  let p = 1;
  while (p <= belt.steps) {
    const set = active(p).join(",");
    let q = p;
    while (q + 1 <= belt.steps && active(q + 1).join(",") === set) q++;
    if (active(p).includes(belt.leaks.indexOf(leak))) {
      const rate = active(p).reduce((acc, k) => acc + belt.leaks[k]!.value, 0);
      let held = 0;
      for (let j = p; j <= q; j++) held += w[j]!;
      const id = hiddenId(owner, "leak_zone", ctx);
      const entering = bin("*", delayed(belt.input, p - 1, in0, owner, ctx), num(w[p]!));
      const leaving = bin("*", delayed(belt.input, q, in0, owner, ctx), num(w[q + 1]!));
      const level = ref(id);
      const net = bin("-", bin("-", entering, leaving), bin("*", num(rate), level));
      ctx.nodes.push(stockNode(id, owner, bin("*", bin("*", in0, dt), num(held)), net));
      parts.push(level);
    }
    p = q + 1;
  }
  return bin("*", num(leak.value), sum(parts));
}
