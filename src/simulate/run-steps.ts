/**
 * The stepping of a run with a fixed clock, over buffers that a caller may reuse from run to run
 * (a runner does; `simulate` makes fresh ones). Each step: auxiliaries and flows at time t from
 * the stocks at t; save; rates; capture what memories and pipelines take on; integrate; commit
 * memories and pipelines. Euler without an observer runs the model's own generated loop (see
 * `compile/generate-euler-loop.ts`); other integrators, and observed runs, run the loop here.
 * Both do the same arithmetic in the same order.
 */
import type { CompiledModel } from "../compile/compile-model.js";
import type { PipelineState, RunContext } from "../compile/generate-program.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { SimulationError } from "../diagnostics/errors.js";
import { type RandomSource, seededRandom } from "../random/random-source.js";
import type { StepSystem } from "./integrators/integrator.js";
import { FixedPipeline, MaterialPipeline } from "./pipelines.js";
import type { RunSetup } from "./run-setup.js";

/** What an observer sees at one step. */
export interface ObservedStep {
  /** Step number, from 0. */
  readonly step: number;
  readonly t: number;
  readonly dt: number;
  /** All value slots (stocks first); see `CompiledModel.structure`. */
  readonly values: Float64Array;
  readonly params: Float64Array;
  /** Net rate of each stock, in stock order. */
  readonly rates: Float64Array;
  /** Whether this step is saved. */
  readonly saved: boolean;
}

/** A run context whose random source is set at the start of each run. */
interface RunnerContext extends RunContext {
  r: RandomSource;
}

/** The arrays a run works in and writes its results to. */
export interface RunBuffers {
  readonly v: Float64Array;
  readonly k1: Float64Array;
  readonly z: Float64Array;
  readonly time: Float64Array;
  /** One column per saved output, in `setup.plan.outputs` order. */
  readonly columns: readonly Float64Array[];
  /** The columns of the saved value slots, in `setup.plan.valueSlots` order. */
  readonly valueColumns: readonly Float64Array[];
  readonly context: RunnerContext;
}

/** The random source of a model that draws none: never called. */
const NO_DRAWS: RandomSource = () => {
  throw new Error("internal: a model without random builtins drew a random number");
};

/** The random source a run of `compiled` needs: none at all when its equations draw nothing. */
export function runRandom(
  compiled: CompiledModel,
  random: RandomSource | undefined,
  seed: number,
): RandomSource {
  return compiled.program.random ? (random ?? seededRandom(seed)) : NO_DRAWS;
}

const NO_PIPELINES: readonly PipelineState[] = [];

/**
 * Fresh buffers for runs of `setup`, all views of one allocation (an array buffer is costly to
 * allocate next to a small model's whole run, and a run of N columns would otherwise make N).
 */
export function runBuffers(setup: RunSetup): RunBuffers {
  const { compiled, plan, rows } = setup;
  const n = plan.outputs.length;
  const S = compiled.stockCount;
  const Z = compiled.captureCount;
  // The results share one buffer; the working arrays are apart (small ones live on V8's heap).
  const all = new ArrayBuffer(8 * rows * (n + 1));
  const time = new Float64Array(all, 0, rows);
  const columns: Float64Array[] = [];
  for (let j = 0; j < n; j++) columns.push(new Float64Array(all, 8 * rows * (j + 1), rows));
  const valueColumns: Float64Array[] = [];
  for (const j of plan.valueColumns) valueColumns.push(columns[j]!);
  const k = new Float64Array(3);
  k[0] = setup.start;
  k[1] = setup.stop;
  k[2] = setup.saveper;
  return {
    time,
    columns,
    valueColumns,
    v: new Float64Array(compiled.slotCount),
    k1: new Float64Array(S),
    z: new Float64Array(Z),
    context: {
      k,
      g: setup.tables,
      r: NO_DRAWS,
      P:
        compiled.pipelines.length === 0
          ? NO_PIPELINES
          : compiled.pipelines.map((pl) =>
              pl.mode === "fixed"
                ? new FixedPipeline(pl.ownerName)
                : new MaterialPipeline(pl.ownerName),
            ),
    },
  };
}

const NO_WARNINGS: readonly Diagnostic[] = [];

function finiteStocks(v: Float64Array, stocks: number): boolean {
  let poison = 0;
  for (let i = 0; i < stocks; i++) poison += v[i]! * 0;
  return poison === 0;
}

/**
 * Run `setup` with parameters `p` into `b`: the results are in `b.time` and `b.columns`, every
 * row filled. Returns the run's own warnings. Throws a SimulationError at the first value that
 * is not finite when `setup.check` is on. `replay` gives the random source again for a second run
 * that finds where a failed run first went wrong (undefined when the source cannot be repeated).
 */
export function runSteps(
  setup: RunSetup,
  b: RunBuffers,
  p: Float64Array,
  random: RandomSource,
  replay: (() => RandomSource) | undefined,
  observe?: (step: ObservedStep) => void,
): readonly Diagnostic[] {
  const { compiled, start, dt, steps, every, check, checkStocks, plan } = setup;
  const { v, k1, z, time, columns, valueColumns } = b;
  const c = b.context;
  c.r = random;
  v.fill(0);
  compiled.program.init(v, p, start, dt, c);
  const warnings = startWarnings(compiled, v, p, c, dt);
  const slots = plan.valueSlots;
  if (setup.method === "euler" && !observe) {
    // A stock that is not finite stays so (x + dt·rate is NaN or infinite again, and a floor
    // lifts only −∞, which the check never saw), so the stocks need only be checked once, at
    // the end; a run that fails is then run again checking every step, to stop where the first
    // value went wrong. That needs a run that can be repeated: a random source of our own.
    const defer = checkStocks && replay !== undefined;
    const loop = (stocksEveryStep: boolean) =>
      compiled.program.euler(
        v,
        p,
        c,
        start,
        dt,
        steps,
        every,
        slots,
        valueColumns,
        time,
        z,
        k1,
        check,
        stocksEveryStep,
      );
    let rows = loop(checkStocks && !defer);
    if (defer && (rows < 0 || !finiteStocks(v, compiled.stockCount))) {
      c.r = replay();
      v.fill(0);
      compiled.program.init(v, p, start, dt, c);
      rows = loop(true);
      if (rows >= 0) throw failure(compiled, v, p, start + steps * dt);
    }
    if (rows < 0) {
      const code = -rows - 1;
      const t = start + (code >> 1) * dt;
      throw failure(compiled, v, p, code % 2 === 0 ? t : t + dt);
    }
  } else {
    genericSteps(setup, b, p, observe);
  }
  for (let j = 0; j < plan.paramColumns.length; j++)
    columns[plan.paramColumns[j]!]!.fill(p[plan.paramIndices[j]!]!);
  return warnings;
}

/** The stepping loop for any integrator, and for observed runs. */
function genericSteps(
  setup: RunSetup,
  b: RunBuffers,
  p: Float64Array,
  observe: ((step: ObservedStep) => void) | undefined,
): void {
  const { compiled, start, dt, steps, every, check, checkStocks, integrator } = setup;
  const { v, k1, z, time, valueColumns } = b;
  const c = b.context;
  const { aux, rates, capture } = compiled.program;
  const S = compiled.stockCount;
  const M = compiled.memorySlots.length;
  const floors = compiled.nonNegativeStocks;
  const slotOf = setup.plan.valueSlots;
  const saved = slotOf.length;
  const system: StepSystem = {
    v,
    stocks: S,
    k1,
    derive: (t: number, out: Float64Array) => {
      aux(v, p, t, dt, c);
      rates(v, p, t, dt, c, out);
    },
  };
  // Non-finite values are caught branch-free (x·0 is NaN exactly when x is not finite) and
  // located afterwards.
  let row = 0;
  for (let k = 0; ; k++) {
    const t = start + k * dt;
    aux(v, p, t, dt, c);
    if (observe) {
      rates(v, p, t, dt, c, k1);
      observe({ step: k, t, dt, values: v, params: p, rates: k1, saved: k % every === 0 });
    }
    if (k % every === 0) {
      time[row] = t;
      let poison = 0;
      for (let j = 0; j < saved; j++) {
        const x = v[slotOf[j]!]!;
        poison += x * 0;
        valueColumns[j]![row] = x;
      }
      if (check && !(poison === 0)) throw failure(compiled, v, p, t);
      row++;
    }
    if (k === steps) break;
    if (!observe) rates(v, p, t, dt, c, k1);
    capture(v, p, t, dt, c, z);
    integrator.step(system, t, dt);
    for (let j = 0; j < floors.length; j++) if (v[floors[j]!]! < 0) v[floors[j]!] = 0;
    for (let j = 0; j < M; j++) v[compiled.memorySlots[j]!] = z[j]!;
    for (let j = 0; j < c.P.length; j++) {
      const pipe = c.P[j]!;
      pipe.push(z[M + 2 * j]!, z[M + 2 * j + 1]!, t, dt);
      v[compiled.pipelines[j]!.slot] = pipe.output(t + dt, dt);
    }
    if (checkStocks) {
      let poison = 0;
      for (let i = 0; i < S; i++) poison += v[i]! * 0;
      if (!(poison === 0)) throw failure(compiled, v, p, t + dt);
    }
  }
}

/** Delays shorter than dt, found once the initial values are known. */
export function startWarnings(
  compiled: CompiledModel,
  v: Float64Array,
  p: Float64Array,
  c: RunContext,
  dt: number,
): readonly Diagnostic[] {
  if (compiled.stageChecks.length === 0 && c.P.length === 0) return NO_WARNINGS;
  const warnings: Diagnostic[] = [];
  let names: Map<string, string> | undefined;
  const nameOf = (id: string) => {
    names ??= new Map(compiled.outputs.map((o) => [o.id, o.name]));
    return names.get(id) ?? id;
  };
  for (const check of compiled.stageChecks) {
    const at = check.at;
    const stage = "slot" in at ? v[at.slot]! : "param" in at ? p[at.param]! : at.value;
    if (stage < dt) {
      warnings.push({
        severity: "warning",
        code: "delay-below-dt",
        message: `${check.builtin}: each of its ${check.order} stage(s) lasts ${stage}, less than dt = ${dt}; under Euler the output overshoots or oscillates (as in Vensim)`,
        variable: nameOf(check.owner),
        value: String(stage),
        hint: "make dt smaller than the delay time divided by the order",
      });
    }
  }
  c.P.forEach((pipe, j) => {
    if (pipe instanceof FixedPipeline && pipe.raised) {
      warnings.push({
        severity: "warning",
        code: "delay-below-dt",
        message: `delay_fixed: the delay time is less than dt = ${dt}; it is taken as one dt`,
        variable: compiled.pipelines[j]!.ownerName,
      });
    }
  });
  return warnings;
}

/** Locate the first value that is not finite, in evaluation order, and describe it. */
export function failure(
  compiled: CompiledModel,
  v: Float64Array,
  p: Float64Array,
  t: number,
): SimulationError {
  const names = new Map(compiled.outputs.map((o) => [o.id, o.name]));
  const bad = (x: number) => !(x - x === 0);
  for (const { owner, slot } of compiled.stepOrder) {
    if (bad(v[slot]!))
      return new SimulationError(names.get(owner) ?? owner, t, v[slot]!, reason(v[slot]!));
  }
  for (const o of compiled.outputs) {
    const x = o.param ? p[o.index]! : v[o.index]!;
    if (bad(x)) return new SimulationError(o.name, t, x, reason(x));
  }
  return new SimulationError("a hidden variable", t, Number.NaN);
}

function reason(x: number): string {
  return Number.isNaN(x)
    ? "not a number: 0/0, an invalid argument such as ln of a negative, or an error of an array function (a singular matrix, an index outside the array, a VECTOR SELECT error action, an allocation priority profile that is not implemented)"
    : "division by zero or overflow";
}
