/**
 * Draws from the common distributions, each from a {@link RandomSource} of uniform numbers, so
 * that a seed reproduces them. The methods are the textbook exact ones (Devroye, Non-Uniform
 * Random Variate Generation, 1986): inversion where the inverse is closed, Box–Muller for the
 * normal, Marsaglia–Tsang (2000) for the gamma, Knuth's product method and Hörmann's PTRS for
 * the Poisson, the beta order-statistic recursion for the binomial, and the gamma–Poisson mixture
 * for the negative binomial. Logarithms, powers and the cosine are the engine's deterministic
 * ones (`src/math/`), so a seed gives the same draws in Node and in a browser.
 */
import { cos, exp, log, pow } from "../math/index.js";
import type { RandomSource } from "./random-source.js";

/** A standard normal draw (Box–Muller). */
export function normalDraw(r: RandomSource): number {
  // 1 - r() keeps the argument of log in (0, 1].
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
}

/** An exponential draw with mean 1 (inversion). */
export function exponentialDraw(r: RandomSource): number {
  return -log(1 - r());
}

/** A Weibull draw with the given shape and scale 1 (inversion). */
export function weibullDraw(r: RandomSource, shape: number): number {
  return pow(exponentialDraw(r), 1 / shape);
}

/** A gamma draw with the given shape and scale 1; 0 for a shape that is not positive. */
export function gammaDraw(r: RandomSource, shape: number): number {
  if (!(shape > 0)) return 0;
  if (shape < 1) {
    // Gamma(a) = Gamma(a + 1) · U^(1/a).
    return gammaDraw(r, shape + 1) * pow(1 - r(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalDraw(r);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - r();
    if (u < 1 - 0.0331 * x * x * (x * x)) return d * v;
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
  }
}

/** A beta draw with shape parameters `a` and `b` (ratio of gammas). */
export function betaDraw(r: RandomSource, a: number, b: number): number {
  const x = gammaDraw(r, a);
  const y = gammaDraw(r, b);
  return x + y === 0 ? 0 : x / (x + y);
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  // Stirling series; exact enough for k >= 2 in the rejection test below.
  const x = k + 1;
  return (x - 0.5) * log(x) - x + 0.5 * log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/** A Poisson draw with the given mean; 0 for a mean that is not positive. */
export function poissonDraw(r: RandomSource, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    // Knuth: multiply uniforms until the product falls below e^-mean.
    const limit = exp(-mean);
    let k = 0;
    let product = r();
    while (product > limit) {
      k++;
      product *= r();
    }
    return k;
  }
  // Hörmann (1993), transformed rejection with squeeze (PTRS), for larger means.
  const slam = Math.sqrt(mean);
  const loglam = log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = r() - 0.5;
    const v = r();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = log(v * invalpha) - log(a / (us * us) + b);
    const rhs = -mean + k * loglam - logFactorial(k);
    if (lhs <= rhs) return k;
  }
}

/** Below this many trials the binomial is drawn by inverting its distribution function. */
const BINOMIAL_DIRECT = 64;

/**
 * A binomial draw: successes in `trials` (rounded down) independent trials of probability
 * `p` (clamped to [0, 1]).
 */
export function binomialDraw(r: RandomSource, trials: number, p: number): number {
  let n = Number.isFinite(trials) ? Math.max(0, Math.floor(trials)) : 0;
  let prob = Math.min(1, Math.max(0, Number.isNaN(p) ? 0 : p));
  let base = 0;
  // Order-statistic recursion: the i-th smallest of n uniforms is Beta(i, n + 1 − i); the
  // uniforms below it are i − 1 uniforms on [0, X], those above n − i uniforms on [X, 1].
  while (n > BINOMIAL_DIRECT && prob > 0 && prob < 1) {
    const i = Math.floor((n + 1) / 2);
    const x = betaDraw(r, i, n + 1 - i);
    if (x >= prob) {
      n = i - 1;
      prob /= x;
    } else {
      base += i;
      n -= i;
      prob = (prob - x) / (1 - x);
    }
  }
  if (prob <= 0 || n === 0) return base;
  if (prob >= 1) return base + n;
  // Inversion: walk the probabilities P(k) = C(n, k) p^k q^(n-k) until the uniform is covered.
  const q = 1 - prob;
  const ratio = prob / q;
  let pk = pow(q, n);
  let cumulative = pk;
  const u = r();
  let k = 0;
  while (u >= cumulative && k < n) {
    pk *= (ratio * (n - k)) / (k + 1);
    k++;
    cumulative += pk;
  }
  return base + k;
}

/**
 * A negative binomial draw: failures before the `successes`-th success in trials of
 * probability `p`, drawn as a Poisson whose mean is Gamma(successes) · (1 − p) / p.
 */
export function negativeBinomialDraw(r: RandomSource, successes: number, p: number): number {
  if (!(p > 0) || !(successes > 0)) return 0;
  if (p >= 1) return 0;
  return poissonDraw(r, (gammaDraw(r, successes) * (1 - p)) / p);
}

/** A triangular draw on [start, end] with its peak at `peak` (inversion). */
export function triangularDraw(r: RandomSource, start: number, peak: number, end: number): number {
  const u = r();
  const width = end - start;
  if (!(width > 0)) return start;
  const cut = (peak - start) / width;
  return u < cut
    ? start + Math.sqrt(u * width * (peak - start))
    : end - Math.sqrt((1 - u) * width * (end - peak));
}

/** How many draws truncation tries before it gives up and clamps. */
const TRUNCATION_TRIES = 1000;

/**
 * A draw truncated to [min, max]: redrawn until it falls inside (the distribution conditioned on
 * the interval), clamped to the interval if a thousand draws all fell outside.
 */
export function truncatedDraw(draw: () => number, min: number, max: number): number {
  let x = Number.NaN;
  for (let i = 0; i < TRUNCATION_TRIES; i++) {
    x = draw();
    if (x >= min && x <= max) return x;
  }
  return Math.min(max, Math.max(min, x));
}

/** A log-normal draw; `mean` and `sd` are those of the variable itself, not of its logarithm. */
export function lognormalDraw(r: RandomSource, mean: number, sd: number): number {
  const sigma2 = log(1 + (sd * sd) / (mean * mean));
  const mu = log(mean) - sigma2 / 2;
  return exp(mu + Math.sqrt(sigma2) * normalDraw(r));
}
