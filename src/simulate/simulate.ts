/**
 * A run: a pure function of a compiled model and its options, returning columnar results.
 *
 * Each step: auxiliaries and flows at time t from the stocks at t; save; rates; capture what
 * memories and pipelines take on; integrate; commit memories and pipelines. The auxiliaries
 * saved at t are therefore those computed from the stocks at t, as in Vensim and Stella.
 */

import type { CompiledModel } from "../compile/compile-model.js";
import { compileModel } from "../compile/compile-model.js";
import type { PipelineState, RunContext } from "../compile/generate-program.js";
import { type Table, tablePoints } from "../compile/graphical-function.js";
import { argumentError, expectModel, expectOptions } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { SimulationError, UsageError } from "../diagnostics/errors.js";
import { checkLimit, currentLimits, type Limits } from "../diagnostics/limits.js";
import { canonicalId } from "../model/canonical.js";
import { isWholeMultiple } from "../model/check-sim-specs.js";
import type { GraphicalFunction, IntegrationMethod, Model } from "../model/types.js";
import { type RandomSource, seededRandom } from "../random/random-source.js";
import { type ControlReaders, controlReaders, reached, reachedStop } from "./control-clock.js";
import { INTEGRATORS } from "./integrators/index.js";
import type { Integrator } from "./integrators/integrator.js";
import { FixedPipeline, MaterialPipeline } from "./pipelines.js";
import { Run, type RunVariable } from "./run.js";

/** Options of a run; anything not given comes from the model's sim specs. */
export interface RunOptions {
  readonly method?: IntegrationMethod;
  readonly start?: number;
  readonly stop?: number;
  readonly dt?: number;
  readonly saveper?: number;
  /** Parameter (constant) values by id or display name, case-insensitive. */
  readonly params?: Readonly<Record<string, number>>;
  /** A whole parameter array in `compiled.parameters` order (for samplers; overrides `params`). */
  readonly paramValues?: Float64Array;
  /** Graphical functions replacing those of the model, by variable id or display name. */
  readonly tables?: Readonly<Record<string, GraphicalFunction>>;
  /** Seed of the random builtins. */
  readonly seed?: number;
  /** A random source; overrides `seed`. */
  readonly random?: RandomSource;
  /** Ids or display names of the variables to save; all by default. */
  readonly save?: readonly string[];
  /** Limits of this run (steps, saved values) in place of the process's; see `docs/security.md`. */
  readonly limits?: Partial<Limits>;
  /** Stop with a SimulationError when a value becomes NaN or infinite. */
  readonly checkFinite?: boolean;
  /**
   * Called at every step (not only saved ones) after the auxiliaries and the stock rates at
   * time `t` are computed, with live views of the values and rates: copy what you keep.
   */
  readonly observe?: (step: ObservedStep) => void;
}

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

/** The options of a run that must be numbers. */
const RUN_NUMBERS = ["start", "stop", "dt", "saveper", "seed"] as const;

/** Defaults of {@link RunOptions}. */
export const RUN_DEFAULTS = { seed: 1, checkFinite: true } as const;

const resolvers = new WeakMap<CompiledModel, (name: string) => string | undefined>();

/** Names to ids (by id or display name, case-insensitive), built once per compiled model. */
function resolver(compiled: CompiledModel): (name: string) => string | undefined {
  let resolve = resolvers.get(compiled);
  if (!resolve) {
    const ids = new Map<string, string>();
    for (const v of compiled.model.variables) {
      ids.set(v.id, v.id);
      if (v.name !== undefined) ids.set(canonicalId(v.name), v.id);
    }
    resolve = (name) => ids.get(canonicalId(name));
    resolvers.set(compiled, resolve);
  }
  return resolve;
}

function unknown(what: string, name: string, known: readonly string[]): UsageError {
  const hint = formatDidYouMean(didYouMean(canonicalId(name), known));
  return new UsageError(
    `run: ${what} ${JSON.stringify(name)} is not in the model${hint ? ` (${hint})` : ""}`,
  );
}

/** The parameter array of a run: defaults with overrides applied. */
export function parameterValues(
  compiled: CompiledModel,
  params: Readonly<Record<string, number>> = {},
): Float64Array {
  const values = Float64Array.from(compiled.defaults);
  const resolve = resolver(compiled);
  for (const [name, value] of Object.entries(params)) {
    const id = resolve(name);
    const index = id === undefined ? -1 : compiled.parameters.indexOf(id);
    if (index < 0) throw unknown("constant", name, compiled.parameters);
    values[index] = value;
  }
  return values;
}

function runTables(
  compiled: CompiledModel,
  overrides: Readonly<Record<string, GraphicalFunction>> = {},
): readonly Table[] {
  if (Object.keys(overrides).length === 0) return compiled.tables;
  const tables = [...compiled.tables];
  const resolve = resolver(compiled);
  for (const [name, gf] of Object.entries(overrides)) {
    const id = resolve(name);
    const index = id === undefined ? -1 : compiled.tableIds.indexOf(id);
    if (index < 0) throw unknown("graphical function", name, compiled.tableIds);
    tables[index] = tablePoints(gf);
  }
  return tables;
}

/** Simulate a compiled model. */
export function simulate(compiled: CompiledModel, options: RunOptions = {}): Run {
  if (compiled === null || typeof compiled !== "object" || !("program" in compiled)) {
    throw argumentError("simulate", "compiled", "a compiled model (from compileModel)", compiled);
  }
  expectOptions("simulate", options, RUN_NUMBERS, ["params"]);
  const specs = compiled.model.specs;
  const start = options.start ?? specs.start;
  const stop = options.stop ?? specs.stop;
  const dt = options.dt ?? specs.dt;
  const saveper = options.saveper ?? specs.saveper ?? dt;
  const method = options.method ?? specs.method ?? "euler";
  const integrator = INTEGRATORS[method];
  if (!integrator)
    throw new UsageError(`run: unknown method ${JSON.stringify(method)} (use euler, rk2 or rk4)`);
  if (!(dt > 0) || !Number.isFinite(dt))
    throw new UsageError(`run: dt must be a positive number, got ${dt}`);
  if (!(stop >= start)) throw new UsageError(`run: stop (${stop}) is before start (${start})`);

  if (!isWholeMultiple(saveper, dt)) {
    throw new UsageError(
      `run: saveper ${saveper} is not a whole multiple of dt ${dt}: saved times would fall between steps (make saveper a multiple of dt)`,
    );
  }
  const p = options.paramValues ?? parameterValues(compiled, options.params);
  const steps = Math.round((stop - start) / dt + 1e-9);
  const every = Math.max(1, Math.round(saveper / dt));
  const rows = Math.floor(steps / every) + 1;
  checkLimit("steps", steps, "run", options.limits);

  const resolve = resolver(compiled);
  const wanted = options.save?.map((name) => {
    const id = resolve(name);
    if (id === undefined)
      throw unknown(
        "variable",
        name,
        compiled.outputs.map((o) => o.id),
      );
    return id;
  });
  const outputs = wanted ? compiled.outputs.filter((o) => wanted.includes(o.id)) : compiled.outputs;
  checkLimit("savedValues", rows * (outputs.length + 1), "run", options.limits);
  const columns = outputs.map(() => new Float64Array(rows));
  const time = new Float64Array(rows);

  const tables = runTables(compiled, options.tables);
  const context = (at: number): RunContext => ({
    k: Float64Array.of(at, stop, saveper),
    g: tables,
    r: options.random ?? seededRandom(options.seed ?? RUN_DEFAULTS.seed),
    P: compiled.pipelines.map(
      (pl): PipelineState =>
        pl.mode === "fixed" ? new FixedPipeline(pl.ownerName) : new MaterialPipeline(pl.ownerName),
    ),
  });
  const check = options.checkFinite ?? RUN_DEFAULTS.checkFinite;
  const clock = controlReaders(compiled, {
    ...(options.start !== undefined ? { start: options.start } : {}),
    ...(options.stop !== undefined ? { stop: options.stop } : {}),
    ...(options.dt !== undefined ? { dt: options.dt } : {}),
    ...(options.saveper !== undefined ? { saveper: options.saveper } : {}),
  });
  if (clock !== undefined) {
    const fixedSaveper = options.saveper ?? specs.saveper;
    return simulateWithClock({
      compiled,
      clock,
      p,
      outputs,
      integrator,
      context,
      start,
      stop,
      dt,
      ...(fixedSaveper !== undefined ? { saveper: fixedSaveper } : {}),
      check,
      ...(options.observe !== undefined ? { observe: options.observe } : {}),
      maxSteps: options.limits?.steps ?? currentLimits().steps,
    });
  }

  const v = new Float64Array(compiled.slotCount);
  const c = context(start);
  const { init, aux, rates, capture } = compiled.program;
  const S = compiled.stockCount;
  const k1 = new Float64Array(S);
  const z = new Float64Array(compiled.captureCount);
  const M = compiled.memorySlots.length;
  const system = {
    v,
    stocks: S,
    k1,
    derive: (t: number, out: Float64Array) => {
      aux(v, p, t, dt, c);
      rates(v, p, t, dt, c, out);
    },
  };
  const observe = options.observe;
  const floors = compiled.nonNegativeStocks;

  // Saving: value columns through a typed index array; parameter columns are constant within a
  // run and are filled once at the end. Non-finite values are caught branch-free (x·0 is NaN
  // exactly when x is not finite) and located afterwards.
  const valueOutputs = outputs.map((o, j) => ({ o, j })).filter(({ o }) => !o.param);
  const slotOf = Int32Array.from(valueOutputs, ({ o }) => o.index);
  const valueColumns = valueOutputs.map(({ j }) => columns[j]!);
  const saved = slotOf.length;
  // Stocks saved at every step are checked as they are saved; otherwise check them each step.
  const savedSlots = new Set(slotOf);
  const checkStocks =
    check && (every > 1 || Array.from({ length: S }, (_, i) => i).some((i) => !savedSlots.has(i)));

  init(v, p, start, dt, c);
  const warnings = startWarnings(compiled, v, p, c, dt);
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
  return finishRun(compiled, outputs, p, time, columns, row, warnings);
}

/** The run's result: parameter columns filled, every column cut to the rows saved. */
function finishRun(
  compiled: CompiledModel,
  outputs: CompiledModel["outputs"],
  p: Float64Array,
  time: Float64Array,
  columns: readonly Float64Array[],
  rows: number,
  warnings: readonly Diagnostic[],
): Run {
  outputs.forEach((o, j) => {
    if (o.param) columns[j]!.fill(p[o.index]!);
  });
  const variables: RunVariable[] = outputs.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    ...(o.units !== undefined ? { units: o.units } : {}),
  }));
  return new Run(
    time.subarray(0, rows),
    variables,
    columns.map((col) => col.subarray(0, rows)),
    [...compiled.warnings, ...warnings],
  );
}

/** What {@link simulateWithClock} shares with {@link simulate}. */
interface ClockedRun {
  readonly compiled: CompiledModel;
  readonly clock: ControlReaders;
  readonly p: Float64Array;
  readonly outputs: CompiledModel["outputs"];
  readonly integrator: Integrator;
  /** A fresh run context (random source, pipelines) for a run starting at `at`. */
  readonly context: (at: number) => RunContext;
  /** The fixed values, or the first guesses of those the clock reads. */
  readonly start: number;
  readonly stop: number;
  readonly dt: number;
  /** Fixed save period; the time step when absent and the clock has none. */
  readonly saveper?: number;
  readonly check: boolean;
  readonly observe?: (step: ObservedStep) => void;
  /** The most steps the run may take before it is stopped (the `steps` limit). */
  readonly maxSteps: number;
}

/**
 * A run whose control values are read from variables as it goes (see `control-clock.ts`). The
 * start and the first time step may depend on the model's own initial values, Time included:
 * the model is initialised at the guessed start, the start and step read back, and initialised
 * again until they agree (at most four times).
 */
function simulateWithClock(s: ClockedRun): Run {
  const { compiled, clock, p, outputs, integrator, check, observe } = s;
  const { init, aux, rates, capture } = compiled.program;
  const v = new Float64Array(compiled.slotCount);
  const timeStepOf = (at: number) => {
    const x = clock.dt ? clock.dt(v, p) : s.dt;
    if (!(x > 0) || !Number.isFinite(x))
      throw new SimulationError(
        controlName(compiled, "dt"),
        at,
        x,
        "the time step must be positive",
      );
    return x;
  };
  let start = s.start;
  let dt = s.dt;
  let c = s.context(start);
  for (let attempt = 0; ; attempt++) {
    v.fill(0);
    c = s.context(start);
    init(v, p, start, dt, c);
    aux(v, p, start, dt, c);
    const readStart = clock.start ? clock.start(v, p) : start;
    const readDt = timeStepOf(start);
    if (readStart === start && readDt === dt) break;
    if (!Number.isFinite(readStart) || attempt === 3)
      throw new SimulationError(
        controlName(compiled, "start"),
        start,
        readStart,
        "the initial time depends on the run's own start and does not settle",
      );
    start = readStart;
    dt = readDt;
  }
  c.k[0] = start;

  let capacity = 1024;
  let time = new Float64Array(capacity);
  let columns = outputs.map(() => new Float64Array(capacity));
  const valueOutputs = outputs.map((o, j) => ({ o, j })).filter(({ o }) => !o.param);
  const S = compiled.stockCount;
  const k1 = new Float64Array(S);
  const z = new Float64Array(compiled.captureCount);
  const M = compiled.memorySlots.length;
  const floors = compiled.nonNegativeStocks;
  const fixedPipelines = compiled.pipelines.some((pl) => pl.mode === "fixed");
  let stepDt = dt;
  const system = {
    v,
    stocks: S,
    k1,
    derive: (at: number, out: Float64Array) => {
      aux(v, p, at, stepDt, c);
      rates(v, p, at, stepDt, c, out);
    },
  };
  const warnings = startWarnings(compiled, v, p, c, dt);
  // Times are counted from the last change of the time step, so a constant step does not drift.
  let base = start;
  let n = 0;
  let t = start;
  let due = start;
  let row = 0;
  for (let k = 0; ; k++) {
    aux(v, p, t, stepDt, c);
    const stop = clock.stop ? clock.stop(v, p) : s.stop;
    const nextDt = timeStepOf(t);
    const saveper = clock.saveper ? clock.saveper(v, p) : (s.saveper ?? nextDt);
    c.k[1] = stop;
    c.k[2] = saveper;
    if (nextDt !== stepDt) {
      if (fixedPipelines)
        throw new SimulationError(
          controlName(compiled, "dt"),
          t,
          nextDt,
          "a fixed pipeline delay (DELAY FIXED) cannot follow a time step that changes during the run",
        );
      base = t;
      n = 0;
      stepDt = nextDt;
    }
    const save = k === 0 || reached(t, due);
    if (observe) {
      rates(v, p, t, stepDt, c, k1);
      observe({ step: k, t, dt: stepDt, values: v, params: p, rates: k1, saved: save });
    }
    if (save) {
      if (row === capacity) {
        capacity *= 2;
        time = grow(time, capacity);
        columns = columns.map((col) => grow(col, capacity));
      }
      time[row] = t;
      for (const { o, j } of valueOutputs) {
        const x = v[o.index]!;
        if (check && !Number.isFinite(x)) throw failure(compiled, v, p, t);
        columns[j]![row] = x;
      }
      row++;
      if (!(saveper > 0))
        throw new SimulationError(
          controlName(compiled, "saveper"),
          t,
          saveper,
          "the save period must be positive",
        );
      due = t + saveper;
    }
    if (reachedStop(t, stop, stepDt)) break;
    if (k === s.maxSteps)
      throw new SimulationError(
        controlName(compiled, "stop"),
        t,
        stop,
        `the run did not reach its final time in ${s.maxSteps} steps (the steps limit; raise it with --limit steps=N)`,
      );
    if (!observe) rates(v, p, t, stepDt, c, k1);
    capture(v, p, t, stepDt, c, z);
    integrator.step(system, t, stepDt);
    for (let j = 0; j < floors.length; j++) if (v[floors[j]!]! < 0) v[floors[j]!] = 0;
    for (let j = 0; j < M; j++) v[compiled.memorySlots[j]!] = z[j]!;
    for (let j = 0; j < c.P.length; j++) {
      const pipe = c.P[j]!;
      pipe.push(z[M + 2 * j]!, z[M + 2 * j + 1]!, t, stepDt);
      v[compiled.pipelines[j]!.slot] = pipe.output(t + stepDt, stepDt);
    }
    n++;
    t = base + n * stepDt;
    if (check) {
      for (let i = 0; i < S; i++) if (!Number.isFinite(v[i]!)) throw failure(compiled, v, p, t);
    }
  }
  return finishRun(compiled, outputs, p, time, columns, row, warnings);
}

function grow(a: Float64Array<ArrayBuffer>, capacity: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(capacity);
  b.set(a);
  return b;
}

/** Display name of the variable that sets a control value, for errors. */
function controlName(compiled: CompiledModel, field: "start" | "stop" | "dt" | "saveper"): string {
  const id = compiled.model.specs.control?.[field];
  const fallback = {
    start: "INITIAL TIME",
    stop: "FINAL TIME",
    dt: "TIME STEP",
    saveper: "SAVEPER",
  };
  return compiled.outputs.find((o) => o.id === id)?.name ?? fallback[field];
}

/** Delays shorter than dt, found once the initial values are known. */
function startWarnings(
  compiled: CompiledModel,
  v: Float64Array,
  p: Float64Array,
  c: RunContext,
  dt: number,
): Diagnostic[] {
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
function failure(
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
    ? "not a number: 0/0, an invalid argument such as ln of a negative, or an error of an array function (a singular matrix, an index outside the array, a VECTOR SELECT error action)"
    : "division by zero or overflow";
}

/** Compile and simulate in one call. */
export function runModel(model: Model, options: RunOptions = {}): Run {
  expectModel("runModel", "model", model, ["stock-flow"]);
  expectOptions("runModel", options, RUN_NUMBERS, ["params"]);
  return simulate(compileModel(model), options);
}
