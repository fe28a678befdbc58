import { describe, expect, it } from "vitest";
import { translateVensimEquation } from "../../src/io/vensim/index.js";
import { runModel } from "../../src/simulate/simulate.js";
import { aux, model } from "../helpers/models.js";

const text = (vensim: string): string => {
  const result = translateVensimEquation(vensim, []);
  if ("diagnostic" in result) throw new Error(result.diagnostic.message);
  return result.text;
};

const DRAWS: Readonly<Record<string, string>> = {
  ex: "random_exponential(1, 4, 0.5, 2)",
  ln: "random_lognormal(2, 8, 5, 2, 3)",
  po: "random_poisson(0, 10, 4, 1, 1)",
  tr: "random_triangular(1, 3, 0, 2, 4)",
  be: "random_beta(0.2, 0.9, 2, 3, 0, 1)",
  ga: "random_gamma(0, 5, 2, 0, 1, 9)",
  we: "random_weibull(0, 2, 1.5, 0, 1)",
  bi: "random_binomial(2, 8, 0.5, 10, 0, 1)",
  nb: "random_negative_binomial(0, 20, 0.3, 4, 0, 1)",
};

describe("Vensim RANDOM functions", () => {
  it("read with Vensim's names and argument lists", () => {
    expect(text("RANDOM EXPONENTIAL(0, 10, 1, 2, 5)")).toBe("random_exponential(0, 10, 1, 2, 5)");
    expect(text("RANDOM NEGATIVE BINOMIAL(0, 9, 0.5, 3, 0, 1, 2)")).toBe(
      "random_negative_binomial(0, 9, 0.5, 3, 0, 1, 2)",
    );
    expect(text("RANDOM TRIANGULAR(0, 4, 0, 1, 4, 0)")).toBe("random_triangular(0, 4, 0, 1, 4, 0)");
    expect(text("RANDOM WEIBULL(0, 4, 2, 0, 1, 0)")).toBe("random_weibull(0, 4, 2, 0, 1, 0)");
    const arity = translateVensimEquation("RANDOM GAMMA(0, 1, 2)", []);
    expect(arity).toMatchObject({ diagnostic: { code: "wrong-arity" } });
  });

  it("stay in [min, max], repeat with the run's seed and change with another seed", () => {
    const m = model(
      { stop: 200 },
      Object.entries(DRAWS).map(([id, eq]) => aux(id, eq)),
    );
    const a = runModel(m, { seed: 3 });
    const b = runModel(m, { seed: 3 });
    const c = runModel(m, { seed: 4 });
    const bounds: Readonly<Record<string, readonly [number, number]>> = {
      ex: [1, 4],
      ln: [2, 8],
      po: [0, 10],
      tr: [1, 3],
      be: [0.2, 0.9],
      ga: [0, 5],
      we: [0, 2],
      bi: [2, 8],
      nb: [0, 20],
    };
    for (const [id, [lo, hi]] of Object.entries(bounds)) {
      const series = Array.from(a.series(id));
      expect(series).toEqual(Array.from(b.series(id)));
      expect(series).not.toEqual(Array.from(c.series(id)));
      expect(series.every((x) => x >= lo && x <= hi)).toBe(true);
    }
    for (const id of ["po", "bi", "nb"]) {
      expect(a.series(id).every((x) => Number.isInteger(x))).toBe(true);
    }
  });
});
