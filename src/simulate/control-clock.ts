/**
 * The run's clock when control values are equations ({@link SimSpecs.control}): readers of the
 * variables that set the start, the stop, the time step and the save period, and the rules that
 * use them. The start is found once at initialisation, the others are read at every step after
 * the auxiliaries are computed:
 *
 * - the run ends at the first step whose time is within half a step of the stop read there
 *   (the rounding a constant stop gets: `round((stop − start) / dt)` steps);
 * - the next time is this time plus the time step read now;
 * - a step is saved when its time has reached the previous saved time plus the save period read
 *   at that saved step (the first step is always saved).
 */
import type { CompiledModel } from "../compile/compile-model.js";
import { UsageError } from "../diagnostics/errors.js";
import type { ControlVariables, SimSpecs } from "../model/types.js";

/** Reads one control value from the values and parameters of a run. */
export type ControlReader = (v: Float64Array, p: Float64Array) => number;

/** Readers of the control values a run takes from variables; absent fields are fixed. */
export interface ControlReaders {
  readonly start: ControlReader | undefined;
  readonly stop: ControlReader | undefined;
  readonly dt: ControlReader | undefined;
  readonly saveper: ControlReader | undefined;
}

/**
 * The readers of the control values that `specs.control` names and the run options do not fix,
 * or undefined when every control value is fixed.
 */
export function controlReaders(
  compiled: CompiledModel,
  fixed: { readonly [K in keyof ControlVariables]?: number },
): ControlReaders | undefined {
  const control: SimSpecs["control"] = compiled.model.specs.control;
  if (control === undefined) return undefined;
  const reader = (field: keyof ControlVariables): ControlReader | undefined => {
    const id = control[field];
    if (id === undefined || fixed[field] !== undefined) return undefined;
    const slot = compiled.outputs.find((o) => o.id === id);
    if (slot === undefined)
      throw new UsageError(`run: specs.control.${field} names "${id}", which has no value`);
    const index = slot.index;
    return slot.param ? (_v, p) => p[index]! : (v) => v[index]!;
  };
  const readers: ControlReaders = {
    start: reader("start"),
    stop: reader("stop"),
    dt: reader("dt"),
    saveper: reader("saveper"),
  };
  return Object.values(readers).some((r) => r !== undefined) ? readers : undefined;
}

/** True when the run ends at time `t` given the stop and the next step `dt` read there. */
export function reachedStop(t: number, stop: number, dt: number): boolean {
  return Math.round((stop - t) / dt + 1e-9) <= 0;
}

/** True when time `t` is at or past `due` (within rounding). */
export function reached(t: number, due: number): boolean {
  return t >= due - 1e-9 * Math.max(1, Math.abs(due));
}
