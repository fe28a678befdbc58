import { describe, expect, it } from "vitest";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { changeCorrelation } from "../../src/analysis/polarity/settle-polarity.js";
import { ModelError } from "../../src/diagnostics/errors.js";
import { loadModel } from "../../src/io/load-model.js";
import type { Model } from "../../src/model/types.js";
import { Run } from "../../src/simulate/run.js";
import { runModel } from "../../src/simulate/simulate.js";

/** Logistic growth with a crowding lookup: one reinforcing and one balancing loop. */
const population: Model = {
  kind: "stock-flow",
  specs: { start: 0, stop: 10, dt: 1 },
  variables: [
    {
      kind: "stock",
      id: "population",
      initial: "initial_population",
      inflows: ["births"],
      outflows: ["deaths"],
    },
    {
      kind: "flow",
      id: "births",
      equation: "population * birth_rate * crowding_effect(population / capacity)",
    },
    { kind: "flow", id: "deaths", equation: "population / lifetime" },
    { kind: "constant", id: "birth_rate", value: 0.1 },
    { kind: "constant", id: "lifetime", value: 50 },
    { kind: "constant", id: "capacity", value: 1000 },
    { kind: "constant", id: "initial_population", value: 10 },
    { kind: "lookup", id: "crowding_effect", gf: { x: [0, 1, 2], y: [1, 0.5, 0] } },
    { kind: "aux", id: "wiggle", name: "Wiggle", equation: "sin(population)" },
  ],
};

describe("causal graph of a stock-and-flow model", () => {
  it("links equation inputs to the variables they define, with derived polarity", () => {
    const graph = causalGraph(population);
    expect(graph.order).toBe(8);
    expect(graph.hasNode("crowding_effect")).toBe(false);
    const attrs = (from: string, to: string) => graph.getEdgeAttributes(`${from}->${to}`);
    expect(attrs("population", "births")).toEqual({ polarity: "?", derived: "equation" });
    expect(attrs("capacity", "births").polarity).toBe("+");
    expect(attrs("lifetime", "deaths").polarity).toBe("-");
    expect(attrs("population", "deaths").polarity).toBe("+");
    expect(attrs("population", "wiggle").polarity).toBe("?");
    expect(graph.getNodeAttributes("wiggle")).toEqual({ kind: "aux", label: "Wiggle" });
  });

  it("derives the teacup's links from its equation (heat loss = (teacup - room) / time)", async () => {
    const graph = causalGraph(await loadModel("examples/models/teacup.json"));
    const polarity = (from: string) =>
      graph.getEdgeAttribute(`${from}->heat_loss_to_room`, "polarity");
    expect([
      polarity("teacup_temperature"),
      polarity("room_temperature"),
      polarity("characteristic_time"),
      // The time constant divides a difference of unknown sign (the cup may be colder than the
      // room), so its direction is honestly undecided.
    ]).toEqual(["+", "-", "?"]);
    expect(findLoops(graph).loops.map((l) => `${l.id} ${l.name}`)).toEqual([
      "B1 Heat Loss to Room → Teacup Temperature",
    ]);
  });

  it("links flows to their stocks: inflows +, outflows -", () => {
    const graph = causalGraph(population);
    expect(graph.getEdgeAttributes("births->population")).toEqual({
      polarity: "+",
      flowToStock: true,
      derived: "equation",
    });
    expect(graph.getEdgeAttribute("deaths->population", "polarity")).toBe("-");
  });

  it("does not treat initial-value equations as links", () => {
    expect(causalGraph(population).hasEdge("initial_population->population")).toBe(false);
  });

  it("finds the loops of the model", () => {
    const { loops } = findLoops(causalGraph(population));
    expect(loops.map((l) => `${l.id} ${l.variables.join(" ")}`)).toEqual([
      "U1 births population",
      "B1 deaths population",
    ]);
  });

  it("reads the sign of a constant and the direction of a flow's own graphical function", () => {
    const model: Model = {
      ...population,
      variables: [
        { kind: "constant", id: "k", value: -2 },
        { kind: "aux", id: "x", equation: "1" },
        { kind: "aux", id: "y", equation: "k * x" },
        { kind: "aux", id: "z", equation: "x", gf: { x: [0, 1], y: [1, 0] } },
      ],
    };
    const graph = causalGraph(model);
    expect(graph.getEdgeAttribute("x->y", "polarity")).toBe("-");
    expect(graph.getEdgeAttribute("x->z", "polarity")).toBe("-");
  });

  it("reports equations that do not parse as located diagnostics", () => {
    const broken: Model = {
      ...population,
      variables: [{ kind: "aux", id: "a", equation: "1 +* 2" }],
    };
    try {
      causalGraph(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).diagnostics[0]?.variable).toBe("a");
    }
  });

  it("settles ? links over a run by nudging only the input, and keeps ? where the sign flips", () => {
    const time = Float64Array.from([0, 1, 2, 3, 4]);
    const pop = Float64Array.from([10, 12, 15, 19, 24]);
    const run = new Run(
      time,
      [
        { id: "population", name: "population", kind: "stock" },
        { id: "births", name: "births", kind: "flow" },
        { id: "wiggle", name: "Wiggle", kind: "aux" },
      ],
      [pop, Float64Array.from([1, 1.2, 1.5, 1.9, 2.4]), Float64Array.from(pop, Math.sin)],
    );
    const graph = causalGraph(population, { run });
    // births = population · 0.1 · crowding(population / 1000) grows with population while the
    // crowding effect stays near 1.
    expect(graph.getEdgeAttributes("population->births")).toMatchObject({
      polarity: "+",
      settled: "partial",
    });
    // sin(population) rises and falls between 10 and 24: no polarity, even though the run has data.
    expect(graph.getEdgeAttributes("population->wiggle")).toEqual({
      polarity: "?",
      derived: "equation",
    });
  });

  it("settles the teacup's time constant as - over a run where the cup stays warmer than the room", async () => {
    const teacup = (await loadModel("examples/models/teacup.json")) as Model;
    const graph = causalGraph(teacup, { run: runModel(teacup) });
    expect(graph.getEdgeAttributes("characteristic_time->heat_loss_to_room")).toMatchObject({
      polarity: "-",
      settled: "partial",
    });
  });

  it("falls back to the co-movement of the series where an equation cannot be re-evaluated", () => {
    const model: Model = {
      ...population,
      variables: [
        { kind: "aux", id: "x", equation: "time" },
        { kind: "aux", id: "y", equation: "smooth(sin(x), 1)" },
      ],
    };
    const run = new Run(
      Float64Array.from([0, 1, 2, 3]),
      [
        { id: "x", name: "x", kind: "aux" },
        { id: "y", name: "y", kind: "aux" },
      ],
      [Float64Array.from([0, 1, 2, 3]), Float64Array.from([0, 0.5, 0.9, 1.2])],
    );
    expect(causalGraph(model).getEdgeAttribute("x->y", "polarity")).toBe("?");
    expect(causalGraph(model, { run }).getEdgeAttributes("x->y")).toMatchObject({
      polarity: "+",
      settled: "correlation",
    });
    expect(changeCorrelation([0, 1, 2], [5, 3, 1])).toBeCloseTo(-1, 12);
  });
});
