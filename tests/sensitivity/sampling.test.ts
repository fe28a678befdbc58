import { describe, expect, it } from "vitest";
import {
  formatDistribution,
  normalQuantile,
  quantile,
} from "../../src/sensitivity/distribution.js";
import { parseDistribution, parseParamSpec } from "../../src/sensitivity/parse-distribution.js";
import { sampleDesign } from "../../src/sensitivity/sample-design.js";
import { sortedQuantile, summarizeRuns } from "../../src/sensitivity/summarize-runs.js";
import { expectClose } from "../helpers/close.js";

describe("distributions", () => {
  it("are written as they are read, and in Dutch with decimal commas and semicolons", () => {
    const d = { kind: "triangular", lo: 0.5, mode: 1, hi: 2.25 } as const;
    expect(formatDistribution(d)).toBe("triangular(0.5, 1, 2.25)");
    expect(parseDistribution(formatDistribution(d))).toEqual({ ok: true, distribution: d });
    expect(formatDistribution(d, "nl")).toBe("driehoek(0,5; 1; 2,25)");
    expect(formatDistribution({ kind: "normal", mean: 3, sd: 0.1 }, "nl")).toBe("normaal(3; 0,1)");
  });

  it("parse the five kinds and refuse bad ones with a reason", () => {
    expect(parseParamSpec("a=uniform(1, 2)")).toEqual({
      ok: true,
      name: "a",
      distribution: { kind: "uniform", lo: 1, hi: 2 },
    });
    expect(parseDistribution("triangular(0,1,4)")).toMatchObject({ ok: true });
    expect(parseDistribution("discrete(1,2,5)")).toMatchObject({
      distribution: { kind: "discrete", values: [1, 2, 5] },
    });
    expect(parseDistribution("uniform(2,1)")).toEqual({
      ok: false,
      message: "uniform needs LO < HI, got 2, 1",
    });
    expect(parseDistribution("normal(0,-1)")).toMatchObject({ ok: false });
    expect(parseDistribution("gamma(1,2)")).toMatchObject({ ok: false });
    expect(parseDistribution("uniform(1,x)")).toMatchObject({ ok: false });
    expect(parseParamSpec("uniform(1,2)")).toMatchObject({ ok: false });
  });

  it("have quantile functions: normal to 1e-8, triangular and lognormal in closed form", () => {
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-8);
    expectClose(normalQuantile(0.01), -2.326347874040841, 1e-8);
    expectClose(normalQuantile(0.5), 0, 1e-12);
    // Triangular(0, 1, 4): F(1) = 1/4, and its median solves (4 − x)² / 12 = 1/2.
    expectClose(quantile({ kind: "triangular", lo: 0, mode: 1, hi: 4 }, 0.25), 1);
    expectClose(quantile({ kind: "triangular", lo: 0, mode: 1, hi: 4 }, 0.5), 4 - Math.sqrt(6));
    expectClose(quantile({ kind: "lognormal", mu: 1, sigma: 2 }, 0.5), Math.E);
    expect(quantile({ kind: "discrete", values: [3, 5] }, 0.49)).toBe(3);
    expect(quantile({ kind: "discrete", values: [3, 5] }, 0.5)).toBe(5);
  });
});

describe("sampleDesign", () => {
  const d = [
    { kind: "uniform" as const, lo: 0, hi: 1 },
    { kind: "uniform" as const, lo: 10, hi: 20 },
  ];

  it("puts one Latin hypercube sample in each of the n strata of every parameter", () => {
    const n = 50;
    const design = sampleDesign(d, n, "lhs", 7);
    for (const [j, lo, width] of [
      [0, 0, 1],
      [1, 10, 10],
    ] as const) {
      const strata = Array.from({ length: n }, (_, i) =>
        Math.floor(((design[i * 2 + j]! - lo) / width) * n),
      ).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it("is a function of the seed alone", () => {
    expect(sampleDesign(d, 20, "mc", 3)).toEqual(sampleDesign(d, 20, "mc", 3));
    expect(sampleDesign(d, 20, "mc", 3)).not.toEqual(sampleDesign(d, 20, "mc", 4));
  });
});

describe("summarizeRuns", () => {
  it("gives the mean and R-type-7 percentiles per variable and time", () => {
    // Five runs, one variable, two times: values 1..5 at t0 and 10, 20, 30, 40, 1000 at t1.
    const t1 = [10, 20, 30, 40, 1000];
    const results = Float64Array.from([5, 3, 1, 4, 2].flatMap((x, r) => [x, t1[r]!]));
    const [s] = summarizeRuns(results, 5, 1, 2);
    expect(Array.from(s!.mean)).toEqual([3, 220]);
    expect(Array.from(s!.p50)).toEqual([3, 30]);
    expect(Array.from(s!.p25)).toEqual([2, 20]);
    expect(s!.p05[0]).toBeCloseTo(1.2, 12);
    expect(s!.p95[1]).toBeCloseTo(40 + 0.8 * 960, 9);
    expect(sortedQuantile(Float64Array.of(7), 0.95)).toBe(7);
  });
});
