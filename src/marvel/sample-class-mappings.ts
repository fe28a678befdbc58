/**
 * The seeded sample behind MARVEL's robustness check. The numbers behind the strength and
 * speed classes are guesses agreed in a workshop; a conclusion should not hang on one of them.
 * Each sample multiplies every class constant (`strength_*`, `delay_*`) and every explicit link
 * delay by its own factor drawn uniformly from [1 − spread, 1 + spread] (spread 0.5 by default:
 * a strong link's 1.0 ranges over 0.5–1.5, a low speed's 3 years over 1.5–4.5), so neighbouring
 * classes overlap. With scope `link`, every link's strength and delay get their own factor
 * instead (the map is compiled with `linkConstants`). The draws come from pure-rand's xoroshiro128+ seeded with the given seed, after 16 warm-up draws, in a fixed order so the same seed gives the same sample on any machine.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { expectModel, expectObject } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import type { CausalMap, SpeedClass, StrengthClass } from "../model/types.js";
import { linkValues } from "./link-parameters.js";
import { marvelNames as n } from "./marvel-names.js";
import type { MarvelSettings } from "./marvel-settings.js";

/** Options of {@link sampleClassMappings}. */
export interface ClassSampleOptions {
  readonly samples: number;
  readonly seed: number;
  /** Half-width of the multiplier range; in [0, 1). */
  readonly spread?: number;
  /**
   * `class` (default): perturb the class values, all links of a class together — the
   * uncertainty of the words-to-numbers mapping. `link`: perturb every link's strength and
   * delay on its own — the uncertainty of each arrow.
   */
  readonly scope?: "class" | "link";
}

const WARM_UP = 16;

/** The default spread of the multipliers. */
export const DEFAULT_SPREAD = 0.5;

/**
 * The nominal values of the constants the sample perturbs, by constant id, in draw order: the
 * class constants and explicit link delays, or with `linkConstants` each link's own constants.
 */
export function classConstantValues(map: CausalMap, settings: MarvelSettings): [string, number][] {
  expectModel("classConstantValues", "map", map, ["causal-map"]);
  expectObject("classConstantValues", "settings", settings);
  const out: [string, number][] = [];
  if (settings.linkConstants) {
    for (const link of map.links) {
      const { strength, delay } = linkValues(link, settings);
      out.push([n.linkStrength(link), strength]);
      if (delay > 0) out.push([n.linkDelay(link), delay]);
    }
    return out;
  }
  for (const [cls, value] of Object.entries(settings.strengths))
    out.push([n.strength(cls as StrengthClass), value]);
  for (const [cls, value] of Object.entries(settings.delays))
    out.push([n.delay(cls as SpeedClass), value]);
  for (const link of map.links) {
    if (link.delay !== undefined && link.delay > 0) out.push([n.linkDelay(link), link.delay]);
  }
  return out;
}

/** `samples` parameter records, each a perturbed copy of the class mappings. */
export function sampleClassMappings(
  map: CausalMap,
  settings: MarvelSettings,
  options: ClassSampleOptions,
): Record<string, number>[] {
  expectModel("sampleClassMappings", "map", map, ["causal-map"]);
  expectObject("sampleClassMappings", "settings", settings);
  expectObject("sampleClassMappings", "options", options);
  const spread = options.spread ?? DEFAULT_SPREAD;
  if (!(spread >= 0 && spread < 1))
    throw new UsageError(`marvel: robustness spread must be in [0, 1), got ${spread}`);
  if (!Number.isInteger(options.samples) || options.samples < 1)
    throw new UsageError(
      `marvel: robustness samples must be a positive whole number, got ${options.samples}`,
    );
  if (!Number.isInteger(options.seed))
    throw new UsageError(`marvel: seed must be a whole number, got ${options.seed}`);
  const rng = xoroshiro128plus(options.seed);
  // xoroshiro128+ seeded with a small integer gives a first draw close to 1: warm it up.
  for (let i = 0; i < WARM_UP; i++) uniformFloat64(rng);
  const nominal = classConstantValues(map, settings);
  return Array.from({ length: options.samples }, () => {
    const params: Record<string, number> = {};
    for (const [id, value] of nominal) {
      params[id] = value * (1 - spread + 2 * spread * uniformFloat64(rng));
    }
    return params;
  });
}
