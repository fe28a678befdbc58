/**
 * The Nelder–Mead downhill simplex (Nelder and Mead 1965, "A simplex method for function
 * minimization", The Computer Journal 7(4)) with the standard coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½. Bounds are kept by clamping every trial point into the
 * unit cube. Stops when the values at the simplex's vertices agree to the tolerance or the
 * evaluation budget is spent.
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

/** Minimise `f` over [0, 1]^k from `start` with the Nelder–Mead simplex. */
export function nelderMead(
  objective: Objective,
  start: Float64Array,
  options: OptimizeOptions = {},
): OptimizeResult {
  expectFunction("nelderMead", "objective", objective);
  expectNumbers("nelderMead", "start", start);
  expectOptions("nelderMead", options, { maxEvaluations: "number", tolerance: "number" });
  const { maxEvaluations, tolerance } = { ...OPTIMIZE_DEFAULTS, ...options };
  const { f, count } = counted(objective);
  const k = start.length;
  // Initial simplex: the start and one step of 0.1 along each axis, inwards at an upper bound.
  const points = [clampUnit(Float64Array.from(start))];
  for (let i = 0; i < k; i++) {
    const p = Float64Array.from(points[0]!);
    p[i] = p[i]! + (p[i]! + 0.1 <= 1 ? 0.1 : -0.1);
    points.push(p);
  }
  let simplex = points.map((x) => ({ x, y: f(x) }));
  const along = (from: Float64Array, to: Float64Array, t: number) =>
    clampUnit(from.map((a, i) => a + t * (to[i]! - a)));
  while (count() < maxEvaluations) {
    simplex.sort((a, b) => a.y - b.y);
    const best = simplex[0]!;
    const worst = simplex[k]!;
    const spread = Math.abs(worst.y - best.y);
    if (spread <= tolerance * (Math.abs(best.y) + Math.abs(worst.y)) + 1e-300) break;
    const centroid = new Float64Array(k);
    for (let v = 0; v < k; v++) for (let i = 0; i < k; i++) centroid[i]! += simplex[v]!.x[i]! / k;
    const reflected = along(worst.x, centroid, 2);
    const yr = f(reflected);
    if (yr < best.y) {
      const expanded = along(worst.x, centroid, 3);
      const ye = f(expanded);
      simplex[k] = ye < yr ? { x: expanded, y: ye } : { x: reflected, y: yr };
    } else if (yr < simplex[k - 1]!.y) {
      simplex[k] = { x: reflected, y: yr };
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = yr < worst.y;
      const contracted = along(worst.x, centroid, outside ? 1.5 : 0.5);
      const yc = f(contracted);
      if (yc < (outside ? yr : worst.y)) simplex[k] = { x: contracted, y: yc };
      else
        simplex = simplex.map((p, i) => {
          if (i === 0) return p;
          const x = along(best.x, p.x, 0.5);
          return { x, y: f(x) };
        });
    }
  }
  simplex.sort((a, b) => a.y - b.y);
  return { x: simplex[0]!.x, value: simplex[0]!.y, evaluations: count() };
}
