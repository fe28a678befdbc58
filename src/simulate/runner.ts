/**
 * A reusable runner for samplers and optimisers: a compiled model with its run setup and its
 * buffers, re-run with new parameter values. The options are validated and the names resolved
 * once; each run writes into the same arrays, so a run of a model with a fixed clock allocates
 * nothing (a model that draws random numbers makes its seeded source). The numbers are those of
 * {@link simulate} with the same options.
 */
import type { CompiledModel } from "../compile/compile-model.js";
import { expectCompiled, expectOptions } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { RunVariable } from "./run.js";
import { RUN_OPTION_FIELDS } from "./run-option-fields.js";
import { RUN_DEFAULTS, runSetup } from "./run-setup.js";
import { runBuffers, runRandom, runSteps } from "./run-steps.js";
import { parameterValues, type RunOptions, simulate } from "./simulate.js";

/** Options of a runner: those of a run, less what changes from run to run. */
export type RunnerOptions = Omit<RunOptions, "paramValues" | "random" | "observe">;

/** A compiled model ready to be run again and again. */
export interface Runner {
  /** The saved variables, in the order of `columns`. */
  readonly variables: readonly RunVariable[];
  /** The saved times of the last run (overwritten by the next run). */
  readonly time: Float64Array;
  /** One column per variable, of the last run (overwritten by the next run: copy what you keep). */
  readonly columns: readonly Float64Array[];
  /** The default parameter values (with `options.params` applied), in `compiled.parameters` order. */
  readonly defaults: Float64Array;
  /**
   * Run with these parameter values (the defaults when absent) and this seed of the random
   * builtins (the options' seed when absent). Returns the run's warnings (delays below dt) beside
   * the model's; throws a SimulationError where a value stops being finite.
   */
  run(paramValues?: Float64Array, seed?: number): readonly Diagnostic[];
}

/** A runner of `compiled` with `options`. */
export function createRunner(compiled: CompiledModel, options: RunnerOptions = {}): Runner {
  expectCompiled("createRunner", "compiled", compiled);
  expectOptions("createRunner", options, RUN_OPTION_FIELDS);
  const setup = runSetup(compiled, options);
  const defaults = parameterValues(compiled, options.params);
  const fixedSeed = options.seed ?? RUN_DEFAULTS.seed;
  if (setup.clock !== undefined) {
    // A clock read from variables: the number of rows is known only at the end of each run.
    let last = simulate(compiled, { ...options, paramValues: defaults });
    return {
      variables: last.variables,
      get time() {
        return last.time;
      },
      get columns() {
        return last.columns;
      },
      defaults,
      run(paramValues = defaults, seed = fixedSeed) {
        last = simulate(compiled, { ...options, paramValues, seed });
        return last.warnings;
      },
    };
  }
  const buffers = runBuffers(setup);
  let seedNow = fixedSeed;
  const random = () => runRandom(compiled, undefined, seedNow);
  return {
    variables: setup.plan.variables,
    time: buffers.time,
    columns: buffers.columns,
    defaults,
    run(paramValues = defaults, seed = fixedSeed) {
      seedNow = seed;
      const warnings = runSteps(setup, buffers, paramValues, random(), random);
      return warnings.length === 0 ? compiled.warnings : [...compiled.warnings, ...warnings];
    },
  };
}
