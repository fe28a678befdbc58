/**
 * The dimensional-consistency check of `stockflow check`: every equation's inferred units
 * against the variable's declared units, and every stock's units against its flows' units times
 * the time unit. Findings are warnings that show the equation and the two units that disagree;
 * anything not declared or not inferable is passed over in silence.
 */

import { expectModel } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { equationScope } from "../../expr/equation-scope.js";
import { parseEquation } from "../../expr/parse-equation.js";
import type { Model } from "../../model/types.js";
import { inferUnits } from "./infer-units.js";
import {
  combine,
  type Dimensions,
  formatUnits,
  parseUnits,
  sameDimensions,
  unitResolver,
} from "./units.js";

/** Units warnings of a model; empty when everything declared is consistent. */
export function checkUnits(model: Model): Diagnostic[] {
  expectModel("checkUnits", "model", model, ["stock-flow"]);
  const declared = new Map<string, Dimensions>();
  const defined = unitResolver(model.units);
  for (const v of model.variables) {
    const d = v.units === undefined ? undefined : parseUnits(v.units, defined);
    if (d !== undefined) declared.set(v.id, d);
  }
  const time =
    model.specs.timeUnits === undefined ? undefined : parseUnits(model.specs.timeUnits, defined);
  const scope = equationScope(model.variables);
  const out: Diagnostic[] = [];
  const warn = (variable: string, equation: string, message: string, hint?: string) =>
    out.push({
      severity: "warning",
      code: "units-mismatch",
      message,
      variable,
      value: equation,
      ...(hint !== undefined ? { hint } : {}),
    });
  for (const v of model.variables) {
    if (v.kind === "stock") {
      const units = declared.get(v.id);
      if (units === undefined || time === undefined) continue;
      for (const flow of [...v.inflows, ...v.outflows]) {
        const f = declared.get(flow);
        if (f === undefined) continue;
        const integrated = combine(f, time);
        if (!sameDimensions(integrated, units))
          warn(
            v.id,
            flow,
            `flow ${flow} in ${formatUnits(f)} does not fill a stock in ${formatUnits(units)}`,
            `a flow into it should be in ${formatUnits(combine(units, time, -1))}`,
          );
      }
      continue;
    }
    if (v.kind !== "aux" && v.kind !== "flow") continue;
    if (v.gf !== undefined) continue;
    const { expr } = parseEquation(v.equation, scope);
    if (expr === undefined) continue;
    const inferred = inferUnits(expr, {
      unitsOf: (id) => declared.get(id),
      time,
      disagree: (what, a, b) =>
        warn(
          v.id,
          v.equation,
          `${what} of ${formatUnits(a)} and ${formatUnits(b)} in ${v.equation}`,
        ),
    });
    const units = declared.get(v.id);
    if (units !== undefined && inferred.kind === "known" && !sameDimensions(inferred.dims, units))
      warn(
        v.id,
        v.equation,
        `${v.equation} is in ${formatUnits(inferred.dims)}, but ${v.id} is declared in ${formatUnits(units)}`,
      );
  }
  return out;
}
