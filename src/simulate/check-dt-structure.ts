/**
 * A run whose time step is not the one the model's structure was laid out for. Some expansions
 * fix structure from the model's TIME STEP when the model is compiled: a conveyor has
 * `round(transit / dt)` slats, and a DELAY N whose delay time is below order × dt has its order
 * reduced (Vensim's rule). Running the same compiled model with another dt would silently change
 * the transit time or the order, so the run stops instead and says how to get it right: compile
 * with that time step (`runModel` and the CLI's `--dt` do).
 */
import { beltSlats } from "../compile/expand-conveyor.js";
import { fittedOrder } from "../compile/expand-stateful.js";
import type { DtFixedStructure } from "../compile/hidden-nodes.js";
import { ModelError } from "../diagnostics/errors.js";

/** What differs for `dt` in structure `s`, or undefined when nothing does. */
function difference(s: DtFixedStructure, dt: number): string | undefined {
  if (s.kind === "slats") {
    const count = beltSlats(s.transit, dt);
    if (count === s.count) return undefined;
    return `its conveyor has ${s.count} slats, laid out for a transit time of ${s.transit} at TIME STEP ${s.dt}; at dt ${dt} it needs ${count}`;
  }
  const order = fittedOrder(s.requested, s.delay, dt);
  if (order === s.order) return undefined;
  return `its DELAY N has order ${s.order}, fitted to the delay time ${s.delay} at TIME STEP ${s.dt}; at dt ${dt} the order is ${order}`;
}

/** Throw a {@link ModelError} when the structure in `fixed` would differ at time step `dt`. */
export function checkDtStructure(fixed: readonly DtFixedStructure[], dt: number): void {
  if (fixed.length === 0) return; // nearly every model: nothing to allocate on each run
  const problems = fixed.flatMap((s) => {
    const what = difference(s, dt);
    return what === undefined ? [] : [{ s, what }];
  });
  if (problems.length === 0) return;
  throw new ModelError(
    problems.map(({ s, what }) => ({
      severity: "error" as const,
      code: "dt-fixed-structure",
      message: `the run's time step ${dt} is not the one the model was compiled for: ${what}`,
      variable: s.owner,
      value: String(dt),
      hint: "compile the model with this time step (runModel and `stockflow run --dt` do; with compileModel, set the model's dt first)",
    })),
  );
}
