/**
 * Parameter distributions for sensitivity runs, each given by its quantile function (inverse
 * CDF), so that Monte Carlo and Latin hypercube sampling are the same code: a uniform number
 * u in [0, 1) becomes `quantile(u)`. Written `uniform(LO,HI)`, `triangular(LO,MODE,HI)`,
 * `normal(MEAN,SD)`, `lognormal(MU,SIGMA)` (of the logarithm, as in numpy) and
 * `discrete(V1,V2,…)` (equally likely values).
 *
 * The normal quantile is Acklam's rational approximation (relative error below 1.15e-9; P. J.
 * Acklam, "An algorithm for computing the inverse normal cumulative distribution function",
 * 2003), coefficients as published. Its logarithm and the lognormal's exponential are the
 * engine's deterministic ones, so a design samples the same values in Node and in a browser.
 */
import { expectKind, expectNumber, expectOneOf } from "../diagnostics/check-argument.js";
import { exp, log } from "../math/index.js";

/** A distribution, tagged by kind. */
export type Distribution =
  | { readonly kind: "uniform"; readonly lo: number; readonly hi: number }
  | { readonly kind: "triangular"; readonly lo: number; readonly mode: number; readonly hi: number }
  | { readonly kind: "normal"; readonly mean: number; readonly sd: number }
  | { readonly kind: "lognormal"; readonly mu: number; readonly sigma: number }
  | { readonly kind: "discrete"; readonly values: readonly number[] };

/** The kinds of {@link Distribution}, for the argument checks. */
const DISTRIBUTION_KINDS: readonly string[] = Object.keys({
  uniform: 0,
  triangular: 0,
  normal: 0,
  lognormal: 0,
  discrete: 0,
} satisfies Record<Distribution["kind"], 0>);

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

const poly = (c: readonly number[], x: number): number => c.reduce((acc, k) => acc * x + k, 0);

/** The standard normal quantile Φ⁻¹(p) for p in (0, 1). */
export function normalQuantile(p: number): number {
  expectNumber("normalQuantile", "p", p);
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * log(1 - p));
    return -poly(C, q) / (poly(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/** The value of `d` at cumulative probability `u` in [0, 1). */
export function quantile(d: Distribution, u: number): number {
  expectKind("quantile", "d", d, "a distribution", DISTRIBUTION_KINDS);
  expectNumber("quantile", "u", u);
  switch (d.kind) {
    case "uniform":
      return d.lo + u * (d.hi - d.lo);
    case "triangular": {
      const { lo, mode, hi } = d;
      const split = (mode - lo) / (hi - lo);
      return u < split
        ? lo + Math.sqrt(u * (hi - lo) * (mode - lo))
        : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
    }
    case "normal":
      return d.mean + d.sd * normalQuantile(u);
    case "lognormal":
      return exp(d.mu + d.sigma * normalQuantile(u));
    case "discrete":
      return d.values[Math.min(d.values.length - 1, Math.floor(u * d.values.length))]!;
  }
}

/** The names of the distributions in Dutch, for reports written in Dutch. */
const DUTCH_NAMES: Readonly<Record<Distribution["kind"], string>> = {
  uniform: "uniform",
  triangular: "driehoek",
  normal: "normaal",
  lognormal: "lognormaal",
  discrete: "discreet",
};

/**
 * `uniform(1, 2)` and the like, as written in distributions. In Dutch (`lang` `"nl"`) the
 * names are Dutch, numbers have a decimal comma and a semicolon separates them:
 * `driehoek(0,5; 1; 2)`.
 */
export function formatDistribution(d: Distribution, lang: "nl" | "en" = "en"): string {
  expectKind("formatDistribution", "d", d, "a distribution", DISTRIBUTION_KINDS);
  expectOneOf("formatDistribution", "lang", lang, ["nl", "en"]);
  const num = (x: number) => (lang === "nl" ? String(x).replace(".", ",") : String(x));
  const args = (xs: readonly number[]) => xs.map(num).join(lang === "nl" ? "; " : ", ");
  const name = lang === "nl" ? DUTCH_NAMES[d.kind] : d.kind;
  switch (d.kind) {
    case "uniform":
      return `${name}(${args([d.lo, d.hi])})`;
    case "triangular":
      return `${name}(${args([d.lo, d.mode, d.hi])})`;
    case "normal":
      return `${name}(${args([d.mean, d.sd])})`;
    case "lognormal":
      return `${name}(${args([d.mu, d.sigma])})`;
    case "discrete":
      return `${name}(${args(d.values)})`;
  }
}
