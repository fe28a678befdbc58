import { describe, expect, it } from "vitest";
import { loopDominance } from "../../src/analysis/dominance/loop-dominance.js";
import { runModel } from "../../src/simulate/simulate.js";
import { aux, constant, flow, model, stock } from "../helpers/models.js";

const logistic = model({ start: 0, stop: 100, dt: 1, method: "euler" }, [
  stock("population", "5", ["net_birth_rate"]),
  flow("net_birth_rate", "fractional_growth_rate * population"),
  aux("fractional_growth_rate", "maximum_growth_rate * (1 - population / carrying_capacity)"),
  constant("maximum_growth_rate", 0.12),
  constant("carrying_capacity", 1000),
]);

/** The logistic model's loop scores computed by hand from the Euler recurrence. */
function handComputation() {
  const pop = [5];
  const fgr: number[] = [];
  const nbr: number[] = [];
  for (let k = 0; k <= 100; k++) {
    fgr.push(0.12 * (1 - pop[k]! / 1000));
    nbr.push(fgr[k]! * pop[k]!);
    pop.push(pop[k]! + nbr[k]!);
  }
  const r: number[] = [0];
  const b: number[] = [0];
  for (let k = 1; k <= 100; k++) {
    const dNbr = nbr[k]! - nbr[k - 1]!;
    const dPop = pop[k]! - pop[k - 1]!;
    const dFgr = fgr[k]! - fgr[k - 1]!;
    // population → net birth rate, with the growth rate held at its previous value.
    const viaPop = fgr[k - 1]! * pop[k]! - nbr[k - 1]!;
    // fractional growth rate → net birth rate, with the population held.
    const viaFgr = fgr[k]! * pop[k - 1]! - nbr[k - 1]!;
    const popToNbr = Math.abs(viaPop / dNbr) * Math.sign(viaPop / dPop);
    const fgrToNbr = Math.abs(viaFgr / dNbr) * Math.sign(viaFgr / dFgr);
    const popToFgr = -1; // the growth rate falls as the population rises; its only input
    r.push(popToNbr * 1); // × net birth rate → population, the only flow: +1
    b.push(popToFgr * fgrToNbr * 1);
  }
  return { r, b, pop, nbr };
}

describe("loop dominance (Loops That Matter)", () => {
  const result = loopDominance(logistic);
  const hand = handComputation();
  const R = result.loops.find((l) => l.polarity === "R")!;
  const B = result.loops.find((l) => l.polarity === "B")!;

  it("finds the reinforcing and the balancing loop of logistic growth", () => {
    expect(result.loops.map((l) => l.id).sort()).toEqual(["B1", "R1"]);
    expect(R.variables).toEqual(["net_birth_rate", "population"]);
    expect(B.variables).toEqual(["fractional_growth_rate", "net_birth_rate", "population"]);
  });

  it("matches the hand computation of the loop scores at every step", () => {
    for (let k = 1; k <= 100; k++) {
      expect(R.score[k]).toBeCloseTo(hand.r[k]!, 9);
      expect(B.score[k]).toBeCloseTo(hand.b[k]!, 9);
      const total = Math.abs(hand.r[k]!) + Math.abs(hand.b[k]!);
      expect(R.relative[k]).toBeCloseTo(hand.r[k]! / total, 12);
    }
  });

  it("has the reinforcing loop dominate early and the balancing loop late, crossing near the inflection point", () => {
    expect(result.dominance[0]).toMatchObject({ from: 1, loops: ["R1"] });
    expect(result.dominance.at(-1)).toMatchObject({ to: 100, loops: ["B1"] });
    const cross = result.dominance.find((p) => p.loops.includes("B1"))!.from;
    // Inflection: the step at which the net birth rate peaks (population ≈ 500). Scores at t
    // describe the step from t − 1 to t, so with dt = 1 the crossing trails the peak by a step
    // or two (the relative scores are 0.501 and 0.499 at t = 47: the crossing is at ~47.5).
    const peak = hand.nbr.indexOf(Math.max(...hand.nbr));
    expect(Math.abs(cross - peak)).toBeLessThanOrEqual(2);
    expect(hand.pop[peak]).toBeGreaterThan(450);
    expect(hand.pop[peak]).toBeLessThan(550);
  });

  it("keeps relative scores within [−1, 1]", () => {
    for (const loop of result.loops)
      for (const x of loop.relative) expect(Math.abs(x)).toBeLessThanOrEqual(1);
  });

  it("equals the pathway participation metric for a single-stock model", () => {
    // dx/dt = b·x − d·x²: PPM of births = b / (b + 2·d·x), of deaths = −2·d·x / (b + 2·d·x).
    const b = 0.1;
    const d = 0.0002;
    const m = model({ start: 0, stop: 60, dt: 0.25 }, [
      stock("x", "10", ["births"], ["deaths"]),
      flow("births", "b * x"),
      flow("deaths", "d * x * x"),
      constant("b", b),
      constant("d", d),
    ]);
    const dominance = loopDominance(m);
    const x = runModel(m).series("x");
    const births = dominance.loops.find((l) => l.polarity === "R")!;
    const deaths = dominance.loops.find((l) => l.polarity === "B")!;
    for (let k = 1; k < x.length; k++) {
      // Over one step the metric is taken at the midpoint of the step's two states.
      const mid = (x[k]! + x[k - 1]!) / 2;
      expect(births.relative[k]).toBeCloseTo(b / (b + 2 * d * mid), 12);
      expect(deaths.relative[k]).toBeCloseTo((-2 * d * mid) / (b + 2 * d * mid), 12);
    }
  });

  it("collapses a delay into one link through the macro", () => {
    const m = model({ start: 0, stop: 30, dt: 0.25 }, [
      stock("inventory", "100", ["production"], ["shipments"]),
      flow("production", "delay3(orders, 2)"),
      aux("orders", "shipments + (100 - inventory) / 4"),
      flow("shipments", "10 + step(5, 3)"),
    ]);
    const dominance = loopDominance(m);
    expect(dominance.loops.map((l) => l.variables)).toEqual([
      ["inventory", "orders", "production"],
    ]);
    const loop = dominance.loops[0]!;
    expect(loop.polarity).toBe("B");
    expect(Array.from(loop.relative.slice(20)).some((s) => s === -1)).toBe(true);
  });

  it("finds the same loops by strongest-path discovery on a small model", () => {
    const discovered = loopDominance(logistic, { discovery: "strongest-path" });
    expect(discovered.method).toBe("strongest-path");
    expect(discovered.loops.map((l) => l.variables)).toEqual(result.loops.map((l) => l.variables));
  });
});
