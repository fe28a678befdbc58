/**
 * Sound simulation specs: a positive time step, a stop time not before the start, and a save
 * period that is a positive whole multiple of the time step (or below it: every step is saved).
 * A save period that is not would
 * save at times that fall between steps, rounded to the nearest step (saveper 1.5 with dt 1
 * saves at 0 and 2): a quietly wrong table, so it is an error.
 */

import { expectObject, expectString } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SimSpecs } from "./types.js";

/** Problems of the sim specs; `path` is where they sit (`specs`). */
export function checkSimSpecs(specs: SimSpecs, path = "specs"): Diagnostic[] {
  expectObject("checkSimSpecs", "specs", specs);
  expectString("checkSimSpecs", "path", path);
  const out: Diagnostic[] = [];
  const report = (
    severity: Diagnostic["severity"],
    field: string,
    message: string,
    value: number,
  ): void => {
    out.push({ severity, code: "bad-specs", message, path: `${path}.${field}`, value: `${value}` });
  };
  if (!(specs.dt > 0)) report("error", "dt", `dt must be positive, got ${specs.dt}`, specs.dt);
  if (specs.stop < specs.start) {
    report("error", "stop", `stop ${specs.stop} is before start ${specs.start}`, specs.stop);
  }
  const saveper = specs.saveper;
  if (saveper !== undefined) {
    if (!(saveper > 0)) {
      report("error", "saveper", `saveper must be positive, got ${saveper}`, saveper);
    } else if (specs.dt > 0) {
      if (!isWholeMultiple(saveper, specs.dt)) {
        report(
          "error",
          "saveper",
          `saveper ${saveper} is not a whole multiple of dt ${specs.dt}: saved times would fall between steps`,
          saveper,
        );
      }
    }
  }
  return out;
}

/**
 * Whether saving every `saveper` is saving at whole steps of `dt`: `saveper` is a whole multiple
 * of `dt` (allowing for rounding noise), or below `dt`, which saves every step (as Vensim does).
 */
export function isWholeMultiple(saveper: number, dt: number): boolean {
  const ratio = saveper / dt;
  if (ratio > 0 && ratio < 1) return true;
  return ratio >= 1 - 1e-9 && Math.abs(ratio - Math.round(ratio)) <= 1e-6 * ratio;
}
