/**
 * Generates the Euler run loop of a compiled model: the whole stepping of a run (auxiliaries,
 * saving, captures, integration, memories, pipelines, the finiteness checks) as one function
 * beside the model's own passes. Generated per model, the loop calls `aux` and `step` directly,
 * so V8 sees one caller and one callee at each call and can inline small models whole, where a
 * loop shared by every model calls through call sites that have seen every model's functions.
 *
 * `step` fuses the rates into the Euler update: each stock is advanced by `dt` times its net
 * flow as that is computed, instead of a pass writing every rate to a buffer and a second pass
 * reading it back. A rate that reads a stock (the hidden stocks of SMOOTH do) is computed into
 * the buffer first, before any stock moves, so every rate still sees the stocks at time `t`.
 * The arithmetic is the same (`v[i] + dt · rate`), so the numbers are bit for bit those of the
 * generic loop in `simulate.ts`.
 */
import { references } from "../expr/references.js";
import type { Expr } from "../expr/types.js";
import { contextPrelude } from "./context-prelude.js";
import { drawsRandom } from "./draws-random.js";
import type { IrNode, StockNode } from "./ir.js";

/** What the Euler loop is generated from (a part of the program plan). */
export interface EulerPlan {
  readonly slotCount: number;
  readonly stocks: readonly StockNode[];
  /** Memories and pipelines, in capture order; pipelines capture input then delay. */
  readonly captures: readonly IrNode[];
  readonly slot: (id: string) => number;
  readonly pipeline: (id: string) => number;
}

/** The statements of the model's other passes, which a small model's loop takes in whole. */
export interface EulerPasses {
  readonly aux: readonly string[];
  readonly rates: readonly string[];
  readonly capture: readonly string[];
}

/** The generated Euler stepping: the statements of `step` and the source of the `euler` loop. */
export interface EulerSource {
  readonly step: readonly string[];
  readonly loop: string;
}

/**
 * Models up to this many value slots and statements get a loop that keeps every value in a
 * local variable (a register, where V8 can) instead of the value array.
 */
const LOCALS_LIMIT = 128;

/**
 * The Euler stepping of a plan. When a rate draws random numbers (a hidden stock fed by an
 * expression with RANDOM in it), the rates are all computed first, in stock order and before the
 * captures, as in the generic loop, so that the draws come in the same order.
 */
export function eulerSource(
  plan: EulerPlan,
  js: (e: Expr) => string,
  passes: EulerPasses,
): EulerSource {
  const stockIds = new Set(plan.stocks.map((s) => s.id));
  const separate = plan.stocks.some((s) => drawsRandom(s.rate));
  const buffer = plan.stocks.map(
    (s) => separate || [...references(s.rate)].some((id) => stockIds.has(id)),
  );
  const buffered = separate
    ? []
    : plan.stocks.flatMap((s, i) => (buffer[i] ? [`out[${i}] = ${js(s.rate)};`] : []));
  const update = plan.stocks.map((s, i) =>
    buffer[i] ? `v[${i}] += dt * out[${i}];` : `v[${i}] += dt * ${js(s.rate)};`,
  );
  const floors = plan.stocks.flatMap((s, i) =>
    s.nonNegative ? [`if (v[${i}] < 0) v[${i}] = 0;`] : [],
  );
  const step = [...buffered, ...update, ...floors];
  const body: LoopBody = {
    aux: passes.aux,
    rates: separate ? passes.rates : [],
    capture: passes.capture,
    step,
    commits: commits(plan),
  };
  const statements = Object.values(body).reduce((n, lines) => n + lines.length, 0);
  const loop =
    plan.slotCount <= LOCALS_LIMIT && statements <= LOCALS_LIMIT
      ? localsLoop(plan, body)
      : arrayLoop(plan, body);
  return { step, loop };
}

/** The statements of one step of the loop, in order. */
interface LoopBody {
  readonly aux: readonly string[];
  /** The rates pass, when the rates must all be computed before the captures. */
  readonly rates: readonly string[];
  readonly capture: readonly string[];
  readonly step: readonly string[];
  /** Memories and pipelines take on their captured values. */
  readonly commits: readonly string[];
}

function commits(plan: EulerPlan): string[] {
  const memories = plan.captures.filter((n) => n.kind === "memory");
  const pipelines = plan.captures.filter((n) => n.kind === "pipeline");
  const M = memories.length;
  return [
    ...memories.map((n, j) => `v[${plan.slot(n.id)}] = z[${j}];`),
    ...pipelines.flatMap((n) => {
      const j = plan.pipeline(n.id);
      return [
        `P[${j}].push(z[${M + 2 * j}], z[${M + 2 * j + 1}], t, dt);`,
        `v[${plan.slot(n.id)}] = P[${j}].output(t + dt, dt);`,
      ];
    }),
  ];
}

const SIGNATURE =
  "v, p, c, start, dt, steps, every, slots, columns, time, z, k1, check, checkStocks";

/** Saving a row from the value array; `n_` is the step, `row_` the row. */
const SAVE = `time[row_] = t;
let poison = 0;
for (let j = 0; j < saved_; j++) { const x = v[slots[j]]; poison += x * 0; columns[j][row_] = x; }
if (check && !(poison === 0)) return -(2 * n_ + 1);
row_++;`;

/** The loop over the value array, calling the model's `aux`, `rates`, `capture` and `step`. */
function arrayLoop(plan: EulerPlan, body: LoopBody): string {
  const S = plan.stocks.length;
  return `function euler(${SIGNATURE}) {
${contextPrelude(body.commits)}
const saved_ = slots.length;
let row_ = 0, due_ = 0;
for (let n_ = 0; ; n_++) {
const t = start + n_ * dt;
aux(v, p, t, dt, c);
if (n_ === due_) {
due_ += every;
${SAVE}
}
if (n_ === steps) break;
${body.rates.length > 0 ? "rates(v, p, t, dt, c, k1);" : ""}
${body.capture.length > 0 ? "capture(v, p, t, dt, c, z);" : ""}
step(v, p, t, dt, c, k1);
${body.commits.join("\n")}
if (checkStocks) {
let poison = 0;
for (let i = 0; i < ${S}; i++) poison += v[i] * 0;
if (!(poison === 0)) return -(2 * n_ + 2);
}
}
return row_;
}`;
}

/**
 * The loop of a small model, with the passes written out in it and each value slot `v[i]` held
 * in a local `v_i`, written back to the array before a row is saved and when the loop ends.
 */
function localsLoop(plan: EulerPlan, body: LoopBody): string {
  const local = (lines: readonly string[]) =>
    lines.map((line) => line.replace(/\bv\[(\d+)\]/g, "v_$1")).join("\n");
  // Statements that write `out[…]` write the buffer the model's own pass would be given.
  const block = (out: string, lines: readonly string[]) =>
    lines.length === 0 ? "" : `{ const out = ${out};\n${local(lines)}\n}`;
  const all = Object.values(body).flat();
  const slots = Array.from({ length: plan.slotCount }, (_, i) => i);
  const load = slots.length === 0 ? "" : `let ${slots.map((i) => `v_${i} = v[${i}]`).join(", ")};`;
  const store = slots.map((i) => `v[${i}] = v_${i};`).join(" ");
  const stocks = plan.stocks.map((_, i) => `v_${i} * 0`).join(" + ") || "0";
  return `function euler(${SIGNATURE}) {
${contextPrelude(all)}
const saved_ = slots.length;
${load}
let row_ = 0, due_ = 0;
for (let n_ = 0; ; n_++) {
const t = start + n_ * dt;
${local(body.aux)}
if (n_ === due_) {
due_ += every;
${store}
${SAVE}
}
if (n_ === steps) break;
${block("k1", body.rates)}
${block("z", body.capture)}
${block("k1", body.step)}
${local(body.commits)}
if (checkStocks && !(${stocks} === 0)) { ${store} return -(2 * n_ + 2); }
}
${store}
return row_;
}`;
}
