/**
 * Powell's conjugate-direction method (Powell 1964, "An efficient method for finding the minimum
 * of a function of several variables without calculating derivatives", The Computer Journal
 * 7(2)), in the form described by Press et al., Numerical Recipes §10.7: minimise along each
 * direction in turn, then along the net move of the sweep, which replaces the direction of
 * largest decrease unless that would make the set degenerate. Line minimisation is a golden-
 * section search over the part of the line inside the unit cube, so bounds hold by
 * construction.
 */

import { expectFunction, expectNumbers, expectOptions } from "../diagnostics/check-argument.js";
import {
  clampUnit,
  counted,
  type Objective,
  OPTIMIZE_DEFAULTS,
  type OptimizeOptions,
  type OptimizeResult,
} from "./optimizer.js";

const GOLD = (Math.sqrt(5) - 1) / 2;

/** The interval of t for which x + t·d stays in the unit cube. */
function segment(x: Float64Array, d: Float64Array): [number, number] {
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    if (d[i] === 0) continue;
    const a = (0 - x[i]!) / d[i]!;
    const b = (1 - x[i]!) / d[i]!;
    lo = Math.max(lo, Math.min(a, b));
    hi = Math.min(hi, Math.max(a, b));
  }
  return [lo, hi];
}

/** Golden-section search of f(x + t·d) on the line's part in the cube; returns the best point. */
function lineMinimum(f: Objective, x: Float64Array, fx: number, d: Float64Array, steps: number) {
  const [lo, hi] = segment(x, d);
  if (!(hi > lo)) return { x, y: fx };
  const at = (t: number) => clampUnit(x.map((xi, i) => xi + t * d[i]!));
  let a = lo;
  let b = hi;
  let c = b - GOLD * (b - a);
  let e = a + GOLD * (b - a);
  let fc = f(at(c));
  let fe = f(at(e));
  for (let i = 0; i < steps; i++) {
    if (fc < fe) {
      b = e;
      e = c;
      fe = fc;
      c = b - GOLD * (b - a);
      fc = f(at(c));
    } else {
      a = c;
      c = e;
      fc = fe;
      e = a + GOLD * (b - a);
      fe = f(at(e));
    }
  }
  const [t, y] = fc < fe ? [c, fc] : [e, fe];
  return y < fx ? { x: at(t), y } : { x, y: fx };
}

/** Minimise `f` over [0, 1]^k from `start` with Powell's method. */
export function powell(
  objective: Objective,
  start: Float64Array,
  options: OptimizeOptions = {},
): OptimizeResult {
  expectFunction("powell", "objective", objective);
  expectNumbers("powell", "start", start);
  expectOptions("powell", options, { maxEvaluations: "number", tolerance: "number" });
  const { maxEvaluations, tolerance } = { ...OPTIMIZE_DEFAULTS, ...options };
  const { f, count } = counted(objective);
  const k = start.length;
  const directions = Array.from({ length: k }, (_, i) => {
    const d = new Float64Array(k);
    d[i] = 1;
    return d;
  });
  let x = clampUnit(Float64Array.from(start));
  let y = f(x);
  const steps = 40; // golden-section steps per line: the interval shrinks by 0.618^40 ≈ 4e-9
  while (count() < maxEvaluations) {
    const x0 = x;
    const y0 = y;
    let biggest = 0;
    let biggestAt = 0;
    directions.forEach((d, i) => {
      const next = lineMinimum(f, x, y, d, steps);
      if (y - next.y > biggest) {
        biggest = y - next.y;
        biggestAt = i;
      }
      x = next.x;
      y = next.y;
    });
    if (2 * (y0 - y) <= tolerance * (Math.abs(y0) + Math.abs(y)) + 1e-300) break;
    const moved = x.map((xi, i) => xi - x0[i]!);
    const extrapolated = clampUnit(x.map((xi, i) => xi + moved[i]!));
    const ye = f(extrapolated);
    if (ye < y0) {
      const t = 2 * (y0 - 2 * y + ye) * (y0 - y - biggest) ** 2 - biggest * (y0 - ye) ** 2;
      if (t < 0) {
        const next = lineMinimum(f, x, y, moved, steps);
        x = next.x;
        y = next.y;
        directions[biggestAt] = directions[k - 1]!;
        directions[k - 1] = moved;
      }
    }
  }
  return { x, value: y, evaluations: count() };
}
