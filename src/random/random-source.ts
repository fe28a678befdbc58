/**
 * The random source: a function returning uniform numbers in [0, 1). Runs, samples and layouts
 * take one explicitly, so that a seed reproduces them bit for bit. The default generator is
 * xoroshiro128+ from pure-rand, with 53-bit uniform floats.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { expectNumber } from "../diagnostics/check-argument.js";

/** A source of uniform random numbers in [0, 1). */
export type RandomSource = () => number;

/** A seeded source: the same seed gives the same sequence on every platform. */
export function seededRandom(seed: number): RandomSource {
  expectNumber("seededRandom", "seed", seed);
  const generator = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(generator);
}

/**
 * `count` independent seeded sources derived from one seed (the generator jumped 2^64 steps
 * between streams), for parallel work whose result must not depend on how it is split.
 */
export function seededStreams(seed: number, count: number): RandomSource[] {
  expectNumber("seededStreams", "seed", seed);
  expectNumber("seededStreams", "count", count);
  const generator = xoroshiro128plus(seed | 0);
  const streams: RandomSource[] = [];
  for (let i = 0; i < count; i++) {
    const stream = generator.clone();
    streams.push(() => uniformFloat64(stream));
    generator.jump();
  }
  return streams;
}
