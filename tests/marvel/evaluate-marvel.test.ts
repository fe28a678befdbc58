import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/diagnostics/errors.js";
import { evaluateMarvel } from "../../src/marvel/evaluate-marvel.js";
import type { CausalMap } from "../../src/model/types.js";
import { chainMap, factor, link, raiseA } from "./maps.js";

describe("evaluateMarvel: the acceptance map of issue 7", () => {
  const result = evaluateMarvel(chainMap(), {
    interventions: [raiseA],
    indicators: [
      { factor: "b", desired: "up" },
      { factor: "c", desired: "down" },
    ],
    moments: [1, 5],
  });
  const [b, c] = result.scenarios[0]!.indicators;

  it("passes a raise of a on to b: b rises, following 1 - exp(-t / 0.5)", () => {
    expect(b!.change[0]).toBeCloseTo(1 - Math.exp(-2), 5);
    expect(b!.change[1]).toBeCloseTo(1 - Math.exp(-10), 5);
  });

  it("makes c fall, less at moment 1 than at moment 5", () => {
    expect(c!.change[0]).toBeLessThan(0);
    expect(c!.change[1]).toBeLessThan(c!.change[0]!);
    // c's effect smooths -0.5·b over 3 years: -0.5·(1 - (3e^{-t/3} - 0.5e^{-2t}) / 2.5).
    const expected = (t: number) =>
      -0.5 * (1 - (3 * Math.exp(-t / 3) - 0.5 * Math.exp(-2 * t)) / 2.5);
    expect(c!.change[0]).toBeCloseTo(expected(1), 5);
    expect(c!.change[1]).toBeCloseTo(expected(5), 5);
  });

  it("finds c:down ok at every moment, with a monotone pattern", () => {
    expect(c!.ok).toEqual([true, true]);
    expect(c!.pattern).toBe("monotone");
    expect(result.scenarios[0]!.okShare).toBe(1);
  });

  it("scores the mean directed change over indicators and moments", () => {
    const mean = (b!.change[0]! + b!.change[1]! - c!.change[0]! - c!.change[1]!) / 4;
    expect(result.scenarios[0]!.score).toBeCloseTo(mean, 12);
  });
});

describe("evaluateMarvel: patterns, packages and ranking", () => {
  // a raises t at once and lowers it slowly through m: better first, then worse.
  const map: CausalMap = {
    kind: "causal-map",
    factors: [factor("a"), factor("m"), factor("t")],
    links: [
      link("a", "t", "+", { strength: "average", speed: "very_high" }),
      link("a", "m", "+", { strength: "strong", speed: "low" }),
      link("m", "t", "-", { strength: "strong", speed: "low" }),
    ],
    interventions: [
      { kind: "step", id: "push", factor: "a", size: 1 },
      { kind: "step", id: "pull", factor: "m", size: -1, start: 2 },
    ],
    packages: [{ id: "both", interventions: ["push", "pull"] }],
    indicators: [{ factor: "t", desired: "up" }],
  };

  it("sees a fast gain undone by a slow loss as better-before-worse", () => {
    const r = evaluateMarvel(map, { interventions: ["push"], moments: [1, 20], horizon: 20 });
    const t = r.scenarios[0]!.indicators[0]!;
    expect(t.pattern).toBe("better-before-worse");
    expect(t.ok).toEqual([true, false]);
  });

  it("evaluates every package and intervention when none is chosen, and ranks them by score", () => {
    const r = evaluateMarvel(map, { moments: [1, 5] });
    expect(r.scenarios.map((s) => s.id)).toEqual(["both", "push", "pull"]);
    const scores = new Map(r.scenarios.map((s) => [s.id, s.score]));
    expect(r.ranking[0]).toBe("both");
    expect(scores.get("both")).toBeGreaterThan(scores.get("push")!);
    // Before it starts at time 2, pull has no effect: t is unchanged at moment 1.
    expect(r.scenarios.find((s) => s.id === "pull")!.indicators[0]!.change[0]).toBe(0);
  });

  it("rejects unknown packages, interventions and moments beyond the horizon", () => {
    expect(() => evaluateMarvel(map, { packages: ["nope"] })).toThrow(UsageError);
    expect(() => evaluateMarvel(map, { interventions: ["nope"] })).toThrow(/unknown intervention/);
    expect(() => evaluateMarvel(map, { moments: [5], horizon: 2 })).toThrow(/outside the horizon/);
  });
});

describe("evaluateMarvel: robustness", () => {
  const options = {
    interventions: [raiseA],
    indicators: [{ factor: "c", desired: "down" as const }],
    moments: [1, 2, 5, 10],
    robustness: { samples: 200, seed: 42 },
  };

  it("is reproducible: the same seed gives identical output", () => {
    const first = evaluateMarvel(chainMap(), options);
    const second = evaluateMarvel(chainMap(), options);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.robustness).toEqual({ samples: 200, seed: 42, spread: 0.5, scope: "class" });
  });

  it("reports the share of samples in which the indicator moves the desired way", () => {
    const r = evaluateMarvel(chainMap(), options);
    // In a chain every sample keeps the signs, so c falls in all of them.
    expect(r.scenarios[0]!.indicators[0]!.robustness).toEqual([1, 1, 1, 1]);
  });

  // t gains strong·a directly and loses strong·very_strong·a through m: net 1 - 1.2 < 0, so t
  // falls — but only while the very strong class stays above 1.
  const fragile: CausalMap = {
    kind: "causal-map",
    factors: [factor("a"), factor("m"), factor("t")],
    links: [
      link("a", "t", "+", { strength: "strong", speed: "high" }),
      link("a", "m", "+", { strength: "strong", speed: "very_high" }),
      link("m", "t", "-", { strength: "very_strong", speed: "high" }),
    ],
  };
  const fragileShare = (scope: "class" | "link") => {
    const r = evaluateMarvel(fragile, {
      interventions: [{ kind: "step", id: "s", factor: "a", size: 1 }],
      indicators: [{ factor: "t", desired: "down" }],
      moments: [10],
      robustness: { samples: 400, seed: 7, scope },
    });
    const t = r.scenarios[0]!.indicators[0]!;
    expect(t.change[0]).toBeCloseTo(-0.2, 4);
    expect(t.ok).toEqual([true]);
    return t.robustness![0]!;
  };

  it("makes a conclusion that hangs on a guessed class value visible as fragile", () => {
    // Sampled classes: 1.2·u > 1 for u uniform in [0.5, 1.5] with probability 2/3.
    const share = fragileShare("class");
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.74);
  });

  it("samples every link on its own with scope link", () => {
    // Sampled links: 1.2·u2·u3 > u1 for independent u uniform in [0.5, 1.5]: about 0.60.
    const share = fragileShare("link");
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
    expect(share).not.toBe(fragileShare("class"));
  });
});

describe("evaluateMarvel: the bsl formulation", () => {
  it("gives the same changes as the change formulation on the acceptance map", () => {
    const run = (formulation: "change" | "bsl") =>
      evaluateMarvel(chainMap(), {
        interventions: [raiseA],
        indicators: [
          { factor: "b", desired: "up" },
          { factor: "c", desired: "down" },
        ],
        moments: [1, 2, 5],
        settings: { formulation, dt: 1 / 256 },
      }).scenarios[0]!.indicators.flatMap((i) => i.change);
    const change = run("change");
    const bsl = run("bsl");
    for (const [i, x] of bsl.entries()) expect(x).toBeCloseTo(change[i]!, 2);
  });
});

describe("evaluateMarvel guardrails", () => {
  it("refuses an unknown top-level option instead of ignoring it", () => {
    expect(() =>
      evaluateMarvel(chainMap([raiseA]), { horizn: 5 } as unknown as Parameters<
        typeof evaluateMarvel
      >[1]),
    ).toThrow(/unknown option "horizn"/);
  });

  it("refuses an intervention outside the run window rather than scoring it zero", () => {
    const late = { ...raiseA, start: 2019 };
    expect(() =>
      evaluateMarvel(chainMap([late]), {
        settings: { start: 0 },
        indicators: [{ factor: "c", desired: "down" }],
      }),
    ).toThrow(/"raise_a" \(from 2019\) lies outside the run window 0–10/);
    const indicators = [{ factor: "c", desired: "down" as const }];
    expect(() =>
      evaluateMarvel(chainMap([late]), { settings: { start: 2018 }, indicators }),
    ).not.toThrow();
  });
});
