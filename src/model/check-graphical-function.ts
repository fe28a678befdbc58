/**
 * Well-formed graphical functions (XMILE 1.0 §3.1.4): at least two points, x given either
 * explicitly (one per y, increasing) or as an `xscale` with min < max; a discrete function
 * should repeat its last y value, since its last point only closes the last step.
 */

import { expectObject, expectString } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { valueText } from "./object-path.js";
import type { GraphicalFunction } from "./types.js";

/** Problems of one graphical function; `path` is where it sits (`variables[2].gf`). */
export function checkGraphicalFunction(
  gf: GraphicalFunction,
  path: string,
  variable?: string,
): Diagnostic[] {
  expectObject("checkGraphicalFunction", "gf", gf);
  expectString("checkGraphicalFunction", "path", path);
  if (variable !== undefined) expectString("checkGraphicalFunction", "variable", variable);
  const out: Diagnostic[] = [];
  const report = (
    severity: Diagnostic["severity"],
    where: string,
    message: string,
    value: unknown,
  ): void => {
    out.push({
      severity,
      code: "bad-graphical-function",
      message,
      path: `${path}${where}`,
      value: valueText(value),
      ...(variable !== undefined ? { variable } : {}),
    });
  };
  if (gf.y.length < 2) report("error", ".y", "a graphical function needs at least 2 points", gf.y);
  if (gf.x === undefined && gf.xscale === undefined) {
    report("error", "", "a graphical function needs x or xscale", gf);
  }
  if (gf.x !== undefined && gf.xscale !== undefined) {
    report("error", ".xscale", "give either x or xscale, not both", gf.xscale);
  }
  if (gf.x !== undefined) {
    if (gf.x.length !== gf.y.length) {
      report("error", ".x", `${gf.x.length} x values for ${gf.y.length} y values`, gf.x);
    }
    for (let i = 1; i < gf.x.length; i++) {
      const previous = gf.x[i - 1] as number;
      const current = gf.x[i] as number;
      if (current < previous) {
        report("error", `.x[${i}]`, `x must increase: ${current} follows ${previous}`, current);
      } else if (current === previous) {
        report("warning", `.x[${i}]`, `x repeats ${current}: a vertical step`, current);
      }
    }
  }
  if (gf.xscale !== undefined && !(gf.xscale.min < gf.xscale.max)) {
    report("error", ".xscale", "xscale min must be below max", gf.xscale);
  }
  if (gf.yscale !== undefined && !(gf.yscale.min < gf.yscale.max)) {
    report("warning", ".yscale", "yscale min should be below max", gf.yscale);
  }
  const n = gf.y.length;
  if (gf.type === "discrete" && n >= 2 && gf.y[n - 1] !== gf.y[n - 2]) {
    report(
      "warning",
      `.y[${n - 1}]`,
      "a discrete graphical function should repeat its last y value",
      gf.y[n - 1],
    );
  }
  return out;
}
