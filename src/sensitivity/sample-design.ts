/**
 * The design of a sensitivity study: every sample drawn up front, in the main thread, from one
 * seeded source, so that the numbers cannot depend on how the runs are later split over worker
 * threads. Monte Carlo draws each value independently; Latin hypercube sampling (McKay, Beckman
 * and Conover 1979) cuts each parameter's probability range into `runs` equal strata, draws one
 * value in each, and pairs the strata of different parameters by random permutations.
 */

import {
  expectArray,
  expectFunction,
  expectNumber,
  expectOneOf,
} from "../diagnostics/check-argument.js";
import { type RandomSource, seededRandom } from "../random/random-source.js";
import { type Distribution, quantile } from "./distribution.js";

/** Sampling methods: Monte Carlo or Latin hypercube. */
export type SamplingMethod = "mc" | "lhs";

/**
 * `runs × distributions.length` values, row by row (run `i`, parameter `j` at
 * `i · k + j`).
 */
export function sampleDesign(
  distributions: readonly Distribution[],
  runs: number,
  method: SamplingMethod,
  seed: number,
): Float64Array {
  expectArray("sampleDesign", "distributions", distributions);
  expectNumber("sampleDesign", "runs", runs);
  expectOneOf("sampleDesign", "method", method, ["mc", "lhs"]);
  expectNumber("sampleDesign", "seed", seed);
  const k = distributions.length;
  const design = new Float64Array(runs * k);
  const random = seededRandom(seed);
  switch (method) {
    case "mc":
      for (let i = 0; i < runs; i++)
        for (let j = 0; j < k; j++) design[i * k + j] = quantile(distributions[j]!, random());
      return design;
    case "lhs":
      distributions.forEach((d, j) => {
        const strata = permutation(runs, random);
        for (let i = 0; i < runs; i++)
          design[i * k + j] = quantile(d, (strata[i]! + random()) / runs);
      });
      return design;
  }
}

/** A uniformly random permutation of 0 … n − 1 (Fisher–Yates, Durstenfeld's in-place form). */
export function permutation(n: number, random: RandomSource): Int32Array {
  expectNumber("permutation", "n", n);
  expectFunction("permutation", "random", random);
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}
