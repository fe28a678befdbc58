/**
 * Sound simulation specs: a positive time step, a stop time not before the start, and a save
 * period that is a positive whole multiple of the time step (otherwise saved times fall between
 * steps and are rounded to the nearest step, which is allowed but rarely meant).
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SimSpecs } from "./types.js";

/** Problems of the sim specs; `path` is where they sit (`specs`). */
export function checkSimSpecs(specs: SimSpecs, path = "specs"): Diagnostic[] {
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
      const ratio = saveper / specs.dt;
      if (ratio < 1 - 1e-9 || Math.abs(ratio - Math.round(ratio)) > 1e-6 * ratio) {
        report(
          "warning",
          "saveper",
          `saveper ${saveper} is not a whole multiple of dt ${specs.dt}`,
          saveper,
        );
      }
    }
  }
  return out;
}
