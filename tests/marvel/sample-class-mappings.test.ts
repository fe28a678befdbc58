import { describe, expect, it } from "vitest";
import { marvelSettings } from "../../src/marvel/marvel-settings.js";
import { sampleClassMappings } from "../../src/marvel/sample-class-mappings.js";
import { chainMap, link } from "./maps.js";

describe("sampleClassMappings", () => {
  const settings = marvelSettings();

  it("multiplies every class value by a factor within [1 - spread, 1 + spread]", () => {
    const samples = sampleClassMappings(chainMap(), settings, {
      samples: 500,
      seed: 1,
      spread: 0.4,
    });
    expect(samples).toHaveLength(500);
    const low = samples.map((p) => p.delay_low! / 3);
    expect(Math.min(...low)).toBeGreaterThanOrEqual(0.6);
    expect(Math.max(...low)).toBeLessThan(1.4);
    // Uniform draws: the mean multiplier is near 1 and the range is nearly covered.
    expect(low.reduce((a, b) => a + b, 0) / low.length).toBeCloseTo(1, 1);
    expect(Math.min(...low)).toBeLessThan(0.62);
    expect(Math.max(...low)).toBeGreaterThan(1.38);
    expect(Object.keys(samples[0]!).sort()).toEqual([
      "delay_average",
      "delay_high",
      "delay_low",
      "delay_very_high",
      "strength_average",
      "strength_strong",
      "strength_very_strong",
      "strength_weak",
    ]);
  });

  it("gives the same sample for the same seed and another for another seed", () => {
    const a = sampleClassMappings(chainMap(), settings, { samples: 5, seed: 3 });
    expect(sampleClassMappings(chainMap(), settings, { samples: 5, seed: 3 })).toEqual(a);
    expect(sampleClassMappings(chainMap(), settings, { samples: 5, seed: 4 })).not.toEqual(a);
  });

  it("samples explicit link delays, and every link's own constants with linkConstants", () => {
    const map = { ...chainMap(), links: [...chainMap().links, link("a", "c", "+", { delay: 2 })] };
    expect(sampleClassMappings(map, settings, { samples: 1, seed: 1 })[0]).toHaveProperty(
      "delay_a_to_c",
    );
    const perLink = sampleClassMappings(
      map,
      { ...settings, linkConstants: true },
      { samples: 1, seed: 1 },
    );
    expect(Object.keys(perLink[0]!).sort()).toEqual([
      "delay_a_to_b",
      "delay_a_to_c",
      "delay_b_to_c",
      "strength_a_to_b",
      "strength_a_to_c",
      "strength_b_to_c",
    ]);
  });

  it("rejects a spread outside [0, 1) and a sample size that is not a positive whole number", () => {
    expect(() =>
      sampleClassMappings(chainMap(), settings, { samples: 5, seed: 1, spread: 1 }),
    ).toThrow(/spread/);
    expect(() => sampleClassMappings(chainMap(), settings, { samples: 0, seed: 1 })).toThrow(
      /samples/,
    );
    expect(() => sampleClassMappings(chainMap(), settings, { samples: 2, seed: 1.5 })).toThrow(
      /seed/,
    );
  });
});
