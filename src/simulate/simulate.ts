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
import {
  argumentError,
  expectCompiled,
  expectModel,
  expectOptions,
} from "../diagnostics/check-argument.js";
import { SimulationError } from "../diagnostics/errors.js";
import { currentLimits, type Limits } from "../diagnostics/limits.js";
import type { GraphicalFunction, IntegrationMethod, Model } from "../model/types.js";
import type { RandomSource } from "../random/random-source.js";
import { checkDtStructure } from "./check-dt-structure.js";
import { reached, reachedStop } from "./control-clock.js";
import { FixedPipeline, MaterialPipeline } from "./pipelines.js";
import { Run } from "./run.js";
import { RUN_OPTION_FIELDS } from "./run-option-fields.js";
import { RUN_DEFAULTS, type RunSetup, runSetup } from "./run-setup.js";
import {
  failure,
  type ObservedStep,
  runBuffers,
  runRandom,
  runSteps,
  startWarnings,
} from "./run-steps.js";
import { resolver, unknownName } from "./save-plan.js";

export { RUN_DEFAULTS } from "./run-setup.js";
export type { ObservedStep } from "./run-steps.js";

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

/** The parameter array of a run: defaults with overrides applied. */
export function parameterValues(
  compiled: CompiledModel,
  params: Readonly<Record<string, number>> = {},
): Float64Array {
  expectCompiled("parameterValues", "compiled", compiled);
  expectOptions("parameterValues", params, {}, "params");
  const values = compiled.defaults.slice();
  const resolve = resolver(compiled);
  for (const name in params) {
    const value = params[name]!;
    const id = resolve(name);
    const index = id === undefined ? -1 : compiled.parameters.indexOf(id);
    if (index < 0) throw unknownName("constant", name, compiled.parameters);
    values[index] = value;
  }
  return values;
}

/** Simulate a compiled model. */
export function simulate(compiled: CompiledModel, options: RunOptions = {}): Run {
  if (compiled === null || typeof compiled !== "object" || !("program" in compiled)) {
    throw argumentError("simulate", "compiled", "a compiled model (from compileModel)", compiled);
  }
  expectOptions("simulate", options, RUN_OPTION_FIELDS);
  const setup = runSetup(compiled, options);
  checkDtStructure(compiled.dtFixed, setup.dt);
  const p = options.paramValues ?? parameterValues(compiled, options.params);
  const random = () => runRandom(compiled, options.random, options.seed ?? RUN_DEFAULTS.seed);
  if (setup.clock !== undefined)
    return simulateWithClock(
      setup,
      p,
      random,
      options.observe,
      options.limits?.steps ?? currentLimits().steps,
    );
  const buffers = runBuffers(setup);
  // Our own seeded source can be made again, to replay a failed run; a caller's cannot.
  const replay = options.random === undefined ? random : undefined;
  const warnings = runSteps(setup, buffers, p, random(), replay, options.observe);
  return new Run(
    buffers.time,
    setup.plan.variables,
    buffers.columns,
    warnings.length === 0 ? compiled.warnings : [...compiled.warnings, ...warnings],
  );
}

/**
 * A run whose control values are read from variables as it goes (see `control-clock.ts`). The
 * start and the first time step may depend on the model's own initial values, Time included:
 * the model is initialised at the guessed start, the start and step read back, and initialised
 * again until they agree (at most four times).
 */
function simulateWithClock(
  setup: RunSetup,
  p: Float64Array,
  random: () => RandomSource,
  observe: ((step: ObservedStep) => void) | undefined,
  /** The most steps the run may take before it is stopped (the `steps` limit). */
  maxSteps: number,
): Run {
  const { compiled, integrator, check } = setup;
  const clock = setup.clock!;
  const outputs = setup.plan.outputs;
  const s = { ...setup, saveper: setup.fixedSaveper };
  // A fresh run context (random source, pipelines) for a run starting at `at`.
  const context = (at: number): RunContext => ({
    k: Float64Array.of(at, setup.stop, setup.saveper),
    g: setup.tables,
    r: random(),
    P: compiled.pipelines.map(
      (pl): PipelineState =>
        pl.mode === "fixed" ? new FixedPipeline(pl.ownerName) : new MaterialPipeline(pl.ownerName),
    ),
  });
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
  let c = context(start);
  for (let attempt = 0; ; attempt++) {
    v.fill(0);
    c = context(start);
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
    if (k === maxSteps)
      throw new SimulationError(
        controlName(compiled, "stop"),
        t,
        stop,
        `the run did not reach its final time in ${maxSteps} steps (the steps limit; raise it with --limit steps=N)`,
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
  setup.plan.paramColumns.forEach((j, i) => {
    columns[j]!.fill(p[setup.plan.paramIndices[i]!]!);
  });
  return new Run(
    time.subarray(0, row),
    setup.plan.variables,
    columns.map((col) => col.subarray(0, row)),
    [...compiled.warnings, ...warnings],
  );
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

/** Compile and simulate in one call. */
export function runModel(model: Model, options: RunOptions = {}): Run {
  expectModel("runModel", "model", model, ["stock-flow"]);
  expectOptions("runModel", options, RUN_OPTION_FIELDS);
  // Structure fixed from the time step (conveyor slats, fitted DELAY N orders) follows the
  // run's dt: compile with it.
  const dt = options.dt;
  const own =
    dt === undefined || dt === model.specs.dt || model.specs.control?.dt !== undefined
      ? model
      : { ...model, specs: { ...model.specs, dt } };
  return simulate(compileModel(own), options);
}
