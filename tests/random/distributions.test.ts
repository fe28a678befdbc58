import { describe, expect, it } from "vitest";
import { RUNTIME_FUNCTIONS as F } from "../../src/compile/runtime-functions.js";
import { seededRandom } from "../../src/random/random-source.js";

const N = 40_000;

/** Sample mean and variance of `N` draws. */
function moments(draw: () => number): { mean: number; variance: number; min: number; max: number } {
  let sum = 0;
  let sumSq = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < N; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / N;
  return { mean, variance: sumSq / N - mean * mean, min, max };
}

/** The sample mean within 5 standard errors and the variance within 6 % of the closed form. */
function expectMoments(draw: () => number, mean: number, variance: number) {
  const m = moments(draw);
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
  expect(Math.abs(m.variance - variance) / variance).toBeLessThan(0.06);
  return m;
}

const BIG = 1e12;

describe("Vensim RANDOM distributions: sample moments match the closed forms", () => {
  it("RANDOM EXPONENTIAL: shift + stretch · Exp(1) has mean shift + stretch, variance stretch²", () => {
    const r = seededRandom(1);
    const m = expectMoments(() => F.random_exponential(r, -BIG, BIG, 1, 2), 3, 4);
    expect(m.min).toBeGreaterThanOrEqual(1);
  });
  it("RANDOM GAMMA: shape k, scale 1 has mean k and variance k (also for k < 1)", () => {
    const r = seededRandom(2);
    expectMoments(() => F.random_gamma(r, -BIG, BIG, 3, 0, 1), 3, 3);
    expectMoments(() => F.random_gamma(r, -BIG, BIG, 0.5, 10, 2), 11, 2);
  });
  it("RANDOM BETA(2, 3): mean 2/5, variance ab/((a+b)²(a+b+1)) = 1/25", () => {
    const r = seededRandom(3);
    const m = expectMoments(() => F.random_beta(r, -BIG, BIG, 2, 3, 0, 1), 0.4, 0.04);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThanOrEqual(1);
  });
  it("RANDOM WEIBULL shape 2: mean Γ(3/2) = √π/2, variance 1 − π/4", () => {
    const r = seededRandom(4);
    expectMoments(
      () => F.random_weibull(r, -BIG, BIG, 2, 0, 1),
      Math.sqrt(Math.PI) / 2,
      1 - Math.PI / 4,
    );
  });
  it("RANDOM BINOMIAL: mean np, variance np(1 − p), whole numbers, small and large n", () => {
    const r = seededRandom(5);
    const small = expectMoments(() => F.random_binomial(r, -BIG, BIG, 0.3, 10, 0, 1), 3, 2.1);
    expect(small.min).toBeGreaterThanOrEqual(0);
    expect(small.max).toBeLessThanOrEqual(10);
    expectMoments(() => F.random_binomial(r, -BIG, BIG, 0.4, 1000, 0, 1), 400, 240);
    for (let i = 0; i < 200; i++) {
      expect(Number.isInteger(F.random_binomial(r, -BIG, BIG, 0.4, 1000, 0, 1))).toBe(true);
    }
    expect(F.random_binomial(r, -BIG, BIG, 1, 7, 0, 1)).toBe(7);
    expect(F.random_binomial(r, -BIG, BIG, 0, 7, 0, 1)).toBe(0);
  });
  it("RANDOM NEGATIVE BINOMIAL: failures before n successes, mean n(1−p)/p, variance n(1−p)/p²", () => {
    const r = seededRandom(6);
    expectMoments(() => F.random_negative_binomial(r, -BIG, BIG, 0.4, 5, 0, 1), 7.5, 18.75);
  });
  it("RANDOM POISSON: shift + stretch · Poisson(λ) has mean shift + stretch·λ, variance stretch²·λ", () => {
    const r = seededRandom(7);
    expectMoments(() => F.random_poisson(r, -BIG, BIG, 4, 1, 2), 9, 16);
  });
  it("RANDOM LOGNORMAL: mean and standard deviation are those of the variable", () => {
    const r = seededRandom(8);
    expectMoments(() => F.random_lognormal(r, -BIG, BIG, 5, 1), 5, 1);
  });
  it("RANDOM TRIANGULAR(0, 1, 4): mean (a+b+c)/3, variance (a²+b²+c²−ab−ac−bc)/18", () => {
    const r = seededRandom(9);
    const m = expectMoments(() => F.random_triangular(r, -BIG, BIG, 0, 1, 4), 5 / 3, 13 / 18);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThanOrEqual(4);
  });
});

describe("truncation to [min, max]", () => {
  it("conditions the distribution on the interval: Exp(1) on [0, 1] has mean 1 − 1/(e − 1)", () => {
    const r = seededRandom(10);
    // Variance of Exp(1) conditioned on [0, 1]: E[x²] − mean², E[x²] = (2 − 5/e)/(1 − 1/e).
    const mean = 1 - 1 / (Math.E - 1);
    const second = (2 - 5 / Math.E) / (1 - 1 / Math.E);
    const m = expectMoments(() => F.random_exponential(r, 0, 1, 0, 1), mean, second - mean * mean);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThanOrEqual(1);
  });
  it("clamps when the interval is out of reach of the distribution", () => {
    const r = seededRandom(11);
    expect(F.random_gamma(r, -5, -1, 2, 0, 1)).toBe(-1);
    expect(F.random_exponential(r, 100, 200, 0, 1)).toBe(100);
  });
});
