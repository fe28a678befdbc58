/**
 * Monotonicity of a graphical function from its y points: increasing when no point is lower than
 * the one before, decreasing when none is higher, constant (`0`) when all are equal, else `?`.
 * The x values are increasing by construction, and every interpolation mode (continuous,
 * extrapolate, discrete) keeps the direction of the points.
 */

import { expectSchema } from "../../diagnostics/check-argument.js";
import { graphicalFunctionSchema } from "../../model/schema.js";
import type { GraphicalFunction } from "../../model/types.js";
import { type Sign, signOfNumber } from "./sign-algebra.js";

/** The direction of `gf`: `+`, `-`, `0` (flat) or `?` (non-monotone). */
export function graphicalFunctionMonotonicity(gf: GraphicalFunction): Sign {
  expectSchema(
    "graphicalFunctionMonotonicity",
    "gf",
    gf,
    graphicalFunctionSchema,
    "a graphical function",
  );
  let up = false;
  let down = false;
  for (let i = 1; i < gf.y.length; i++) {
    const step = gf.y[i]! - gf.y[i - 1]!;
    if (step > 0) up = true;
    if (step < 0) down = true;
  }
  if (up && down) return "?";
  if (up) return "+";
  if (down) return "-";
  return "0";
}

/** The sign of every value `gf` can take (its points, and beyond them when it extrapolates). */
export function graphicalFunctionSign(gf: GraphicalFunction): Sign {
  if (gf.type === "extrapolate") return "?";
  const signs = new Set(gf.y.map(signOfNumber));
  if (signs.size === 1) return [...signs][0]!;
  if (!signs.has("-")) return "+";
  if (!signs.has("+")) return "-";
  return "?";
}
