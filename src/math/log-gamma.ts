/**
 * ln Γ(x) for x ≥ 0 (GAMMA LN), deterministic, built on the engine's own log and sin: Stirling's
 * series with its Bernoulli terms to z^-13 for z ≥ 10 (truncation below 3·10^-17), reached from
 * smaller x by Γ(x) = Γ(x + n) / (x(x + 1)…(x + n − 1)), and Euler's reflection
 * Γ(x)Γ(1 − x) = π / sin πx below 1/2. Absolute error about 10^-15 (relative, it grows near the
 * zeros at 1 and 2, as for any method that is not built around them). Negative x gives NaN, as
 * mathjs's lgamma did before it.
 *
 * Source: Abramowitz and Stegun, Handbook of Mathematical Functions, 6.1.17 (reflection), 6.1.40
 * (Stirling's series).
 */
import { PI_DD } from "./elementary-tables.js";
import { log } from "./log.js";
import { sin } from "./trigonometric.js";

/** ½ ln 2π, rounded. */
const HALF_LN_2PI = 0.9189385332046727;
const PI = PI_DD[0];

/** ln Γ(z) for z ≥ 10 by Stirling's series. */
function stirling(z: number): number {
  const w = 1 / z;
  const w2 = w * w;
  const series =
    w *
    (1 / 12 -
      w2 *
        (1 / 360 -
          w2 * (1 / 1260 - w2 * (1 / 1680 - w2 * (1 / 1188 - w2 * (691 / 360360 - w2 / 156))))));
  return (z - 0.5) * log(z) - z + HALF_LN_2PI + series;
}

/** ln Γ(x), deterministic in every JavaScript engine. */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.POSITIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x < 0.5) return log(PI / sin(PI * x)) - logGamma(1 - x);
  if (x === 1 || x === 2) return 0;
  let z = x;
  let product = 1;
  while (z < 10) {
    product *= z;
    z += 1;
  }
  return stirling(z) - log(product);
}
