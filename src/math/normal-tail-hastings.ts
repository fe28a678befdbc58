/**
 * The upper tail Q(z) = P(Z > z) of the standard normal distribution by Hastings's
 * approximation, Abramowitz and Stegun, Handbook of Mathematical Functions, formula 26.2.16:
 * Q(z) ≈ φ(z)(a₁t + a₂t² + a₃t³) with t = 1/(1 + p z) for z ≥ 0, absolute error below 1e-5.
 *
 * It is not the exact tail (`erfc` gives that): Vensim's ALLOCATE AVAILABLE and market
 * functions draw their normal priority curves with this approximation. Their published outputs
 * (SDEverywhere's allocate, allocate_ptype and allocate_price cases, normal curves at widths
 * 0.5 and 1) agree with it to the six printed digits, and differ from the exact tail by up to
 * 2 % in the tails and 4e-4 near the centre. Built on the engine's deterministic {@link exp}.
 */
import { exp } from "./exp.js";

const P = 0.33267;
const A1 = 0.4361836;
const A2 = -0.1201676;
const A3 = 0.937298;
const ONE_OVER_SQRT_TWO_PI = 0.3989422804014327;

/** Q(z) = P(Z > z) by A&S 26.2.16; Q(−z) = 1 − Q(z). */
export function normalTailHastings(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const x = Math.abs(z);
  const t = 1 / (1 + P * x);
  const q = ONE_OVER_SQRT_TWO_PI * exp(-0.5 * x * x) * t * (A1 + t * (A2 + t * A3));
  return z >= 0 ? q : 1 - q;
}
