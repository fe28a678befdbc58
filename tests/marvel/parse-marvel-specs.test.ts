import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/diagnostics/errors.js";
import {
  parseIndicatorSpecs,
  parseInterventionSpecs,
  parseMoments,
} from "../../src/marvel/parse-marvel-specs.js";
import { chainMap, factor } from "./maps.js";

const map = { ...chainMap(), factors: [...chainMap().factors, factor("police_capacity")] };

describe("command-line specs", () => {
  it("reads FACTOR=CHANGE[@TIME] as steps with unique ids, matching display names", () => {
    expect(parseInterventionSpecs(map, ["a=1", "Police Capacity=-0.25@2019.5", "a=2e-1"])).toEqual([
      { kind: "step", id: "intervene_a", factor: "a", size: 1 },
      {
        kind: "step",
        id: "intervene_police_capacity",
        factor: "police_capacity",
        size: -0.25,
        start: 2019.5,
      },
      { kind: "step", id: "intervene_a_2", factor: "a", size: 0.2 },
    ]);
  });

  it("reads FACTOR:up|down[:WEIGHT] as indicators", () => {
    expect(parseIndicatorSpecs(map, ["c:down", "b:up:2"])).toEqual([
      { factor: "c", desired: "down" },
      { factor: "b", desired: "up", weight: 2 },
    ]);
  });

  it("rejects malformed specs and unknown factors with a usage error", () => {
    expect(() => parseInterventionSpecs(map, ["a+1"])).toThrow(/expected FACTOR=CHANGE/);
    expect(() => parseInterventionSpecs(map, ["a=one"])).toThrow(UsageError);
    expect(() => parseIndicatorSpecs(map, ["c:sideways"])).toThrow(/FACTOR:up or FACTOR:down/);
    expect(() => parseIndicatorSpecs(map, ["polce_capacity:up"])).toThrow(
      /did you mean "police_capacity"/,
    );
  });

  it("reads moments as positive numbers", () => {
    expect(parseMoments("1, 2,5,10")).toEqual([1, 2, 5, 10]);
    expect(() => parseMoments("1,-2")).toThrow(UsageError);
    expect(() => parseMoments("1,,2")).toThrow(UsageError);
  });
});
