import { describe, expect, it } from "vitest";
import { ExplorerEngine } from "../../src/explore/explorer-engine.js";
import { runEnsemble } from "../../src/explore/explorer-ensemble.js";
import {
  activeMeasureIds,
  explorerScenario,
  switchedOn,
  switchMeasures,
} from "../../src/explore/explorer-scenario.js";
import { defaultState, type ExplorerState } from "../../src/explore/explorer-state.js";
import { runScenarios } from "../../src/scenario/run-scenarios.js";
import { logisticModel, logisticSpec } from "./explorer-fixture.js";

const spec = logisticSpec();
const on = (state: ExplorerState, ...ids: string[]): ExplorerState => ({
  ...state,
  switches: Object.fromEntries(
    Object.entries(state.switches).map(([id, s]) => [id, { ...s, on: ids.includes(id) }]),
  ),
});

describe("explorer scenarios", () => {
  it("makes a switch per measure and a package per file with several", () => {
    expect(spec.switches.map((s) => s.id)).toEqual(["room", "room_1", "room_2"]);
    expect(spec.switches[0]!.members).toEqual(["room_1", "room_2"]);
    expect(spec.parameters).toMatchObject([
      { id: "carrying_capacity", min: 800, max: 1200, value: 1000 },
    ]);
  });

  it("puts package members first, in package order, and counts a member once", () => {
    expect(activeMeasureIds(spec, ["room_2", "room"])).toEqual(["room_1", "room_2"]);
    expect(activeMeasureIds(spec, ["room_2"])).toEqual(["room_2"]);
  });

  it("keeps a measure unchanged at its plan, scales and shifts it otherwise", () => {
    const s = spec.switches[2]!;
    expect(switchMeasures(s, { on: true, size: 1, start: 20 })[0]).toBe(s.measures[0]);
    expect(switchMeasures(s, { on: true, size: 2, start: 25 })[0]).toMatchObject({
      change: { multiply: 2 },
      from: 25,
      until: 65,
    });
    const add = switchMeasures(spec.switches[1]!, { on: true, size: 0.5, start: 30 })[0]!;
    expect(add.change).toEqual({ add: 250 });
  });

  it("runs what runScenarios runs, bit for bit, and sets only moved sliders", () => {
    const state = {
      ...on(defaultState(spec), "room"),
      params: { carrying_capacity: 950 },
    };
    const scenario = explorerScenario(spec, state, ["room"], "choice");
    expect(scenario.set).toEqual({ carrying_capacity: 950 });
    expect(explorerScenario(spec, defaultState(spec), [], "b").set).toBeUndefined();
    const engine = new ExplorerEngine(spec);
    const [mine] = engine.run([scenario]);
    const [theirs] = runScenarios(logisticModel(), [scenario], { save: ["population"] });
    expect(Array.from(mine!.series("population"))).toEqual(
      Array.from(theirs!.run.series("population")),
    );
    // a second run reuses the compiled model of its signature
    expect(engine.prepare([scenario])[0]!.compiled).toBe(engine.prepare([scenario])[0]!.compiled);
  });

  it("gives a seeded ensemble band that holds the median and depends on the seed only", () => {
    const engine = new ExplorerEngine(spec);
    const scenario = explorerScenario(spec, defaultState(spec), [], "b");
    const progress: number[] = [];
    const a = runEnsemble(spec, engine, scenario, (done) => progress.push(done), 10);
    const b = runEnsemble(spec, new ExplorerEngine(spec), scenario);
    expect(progress).toEqual([10, 20]);
    const band = a.indicators.population!;
    expect(Array.from(band.p05)).toEqual(Array.from(b.indicators.population!.p05));
    const end = band.p50.length - 1;
    expect(band.p05[end]!).toBeLessThan(band.p50[end]!);
    expect(band.p95[end]!).toBeGreaterThan(band.p50[end]!);
    // the carrying capacity ranges over 800…1200, and the population ends near it
    expect(band.p05[end]!).toBeGreaterThan(790);
    expect(band.p95[end]!).toBeLessThan(1210);
  });
});

describe("explorer scenarios with neutral measures", () => {
  const neutralSpec = {
    ...spec,
    neutralOff: true,
    switches: spec.switches.map((s) => (s.id === "room_1" ? { ...s, on: true } : s)),
  };

  it("holds every measure in page order, the off ones neutral, and starts from the baseline's switches", () => {
    const state = defaultState(neutralSpec);
    expect(state.switches.room_1!.on).toBe(true);
    const scenario = explorerScenario(neutralSpec, state, switchedOn(neutralSpec, state), "b");
    expect(scenario.measures?.map((m) => m.change)).toEqual([{ add: 500 }, { multiply: 1 }]);
    const both = explorerScenario(neutralSpec, state, ["room"], "c");
    expect(both.measures?.map((m) => m.change)).toEqual([{ add: 500 }, { multiply: 1.5 }]);
  });

  it("neutral measures change nothing: the runs equal those without them, bit for bit", () => {
    const state = on(defaultState(neutralSpec));
    const engine = new ExplorerEngine(neutralSpec);
    const [neutralRun] = engine.run([explorerScenario(neutralSpec, state, [], "n")]);
    const [plain] = runScenarios(logisticModel(), [{ name: "p" }], { save: ["population"] });
    expect(Array.from(neutralRun!.series("population"))).toEqual(
      Array.from(plain!.run.series("population")),
    );
  });
});
