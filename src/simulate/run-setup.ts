/**
 * A run's setup: everything about a run that does not depend on its parameter values — the
 * clock (start, stop, dt, save period, steps), the integrator, what is saved, the tables and
 * the checks — worked out and validated once, so that a runner can repeat runs without redoing it.
 */
import type { CompiledModel } from "../compile/compile-model.js";
import { type Table, tablePoints } from "../compile/graphical-function.js";
import { UsageError } from "../diagnostics/errors.js";
import { checkLimit, type Limits } from "../diagnostics/limits.js";
import { isWholeMultiple } from "../model/check-sim-specs.js";
import type { GraphicalFunction, IntegrationMethod } from "../model/types.js";
import { type ControlReaders, controlReaders } from "./control-clock.js";
import { INTEGRATORS } from "./integrators/index.js";
import type { Integrator } from "./integrators/integrator.js";
import { resolver, type SavePlan, savePlan, unknownName } from "./save-plan.js";

/** Defaults of `RunOptions`. */
export const RUN_DEFAULTS = { seed: 1, checkFinite: true } as const;

/** The options a setup reads (a part of `RunOptions`). */
export interface RunSetupOptions {
  readonly method?: IntegrationMethod;
  readonly start?: number;
  readonly stop?: number;
  readonly dt?: number;
  readonly saveper?: number;
  readonly tables?: Readonly<Record<string, GraphicalFunction>>;
  readonly save?: readonly string[];
  readonly checkFinite?: boolean;
  /** Limits of this run (steps, saved values) in place of the process's; see `docs/security.md`. */
  readonly limits?: Partial<Limits>;
}

/** A validated run setup. */
export interface RunSetup {
  readonly compiled: CompiledModel;
  readonly start: number;
  readonly stop: number;
  readonly dt: number;
  readonly saveper: number;
  readonly method: IntegrationMethod;
  readonly integrator: Integrator;
  /** Steps after the start, and every how many steps a row is saved. */
  readonly steps: number;
  readonly every: number;
  /** Rows saved (for a fixed clock). */
  readonly rows: number;
  readonly plan: SavePlan;
  readonly tables: readonly Table[];
  /** Stop with a SimulationError on a value that is not finite. */
  readonly check: boolean;
  /** Also check the stocks after each step (when some are not checked as they are saved). */
  readonly checkStocks: boolean;
  /** Readers of control values set by equations; undefined when the clock is fixed. */
  readonly clock: ControlReaders | undefined;
  /** The save period the options or the specs fix, if any (for a clock read from variables). */
  readonly fixedSaveper: number | undefined;
}

function runTables(
  compiled: CompiledModel,
  overrides: Readonly<Record<string, GraphicalFunction>> | undefined,
): readonly Table[] {
  if (overrides === undefined || Object.keys(overrides).length === 0) return compiled.tables;
  const tables = [...compiled.tables];
  const resolve = resolver(compiled);
  for (const [name, gf] of Object.entries(overrides)) {
    const id = resolve(name);
    const index = id === undefined ? -1 : compiled.tableIds.indexOf(id);
    if (index < 0) throw unknownName("graphical function", name, compiled.tableIds);
    tables[index] = tablePoints(gf);
  }
  return tables;
}

/** Validate the options of a run of `compiled` and work out its setup. */
export function runSetup(compiled: CompiledModel, options: RunSetupOptions): RunSetup {
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

  const steps = Math.round((stop - start) / dt + 1e-9);
  const every = Math.max(1, Math.round(saveper / dt));
  checkLimit("steps", steps, "run", options.limits);
  const plan = savePlan(compiled, options.save);
  checkLimit(
    "savedValues",
    (Math.floor(steps / every) + 1) * (plan.variables.length + 1),
    "run",
    options.limits,
  );
  const tables = runTables(compiled, options.tables);
  const check = options.checkFinite ?? RUN_DEFAULTS.checkFinite;
  const clock =
    specs.control === undefined
      ? undefined
      : controlReaders(compiled, {
          ...(options.start !== undefined ? { start: options.start } : {}),
          ...(options.stop !== undefined ? { stop: options.stop } : {}),
          ...(options.dt !== undefined ? { dt: options.dt } : {}),
          ...(options.saveper !== undefined ? { saveper: options.saveper } : {}),
        });
  return {
    compiled,
    start,
    stop,
    dt,
    saveper,
    method,
    integrator,
    steps,
    every,
    rows: Math.floor(steps / every) + 1,
    plan,
    tables,
    check,
    // Stocks saved at every step are checked as they are saved; otherwise check them each step.
    checkStocks: check && (every > 1 || !plan.savesEveryStock),
    clock,
    fixedSaveper: options.saveper ?? specs.saveper,
  };
}
