import { describe, expect, it } from "vitest";
import { mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { checkModel } from "../../../src/compile/compile-model.js";
import { runModel } from "../../../src/simulate/simulate.js";

const model = mensenhandelSfd();
const run = runModel(model, { saveper: 0.5 });

describe("the stock-and-flow model of human trafficking", () => {
  it("has no diagnostics", () => {
    expect(checkModel(model)).toEqual([]);
  });

  it("runs 2010–2030 with victims arrayed by form and age", () => {
    expect(model.specs).toMatchObject({ start: 2010, stop: 2030, dt: 1 / 16 });
    expect(model.dimensions?.map((d) => [d.id, d.elements])).toEqual([
      ["form", ["sexual", "labour", "criminal", "other"]],
      ["age", ["minor", "adult"]],
      ["channel", ["police", "kmar", "iszw", "care", "others"]],
    ]);
    for (const id of [
      "at_risk",
      "hidden",
      "waiting",
      "shelter",
      "in_care",
      "recovered",
      "revictimised",
    ]) {
      const stock = model.variables.find((v) => v.id === id);
      expect(stock?.kind, id).toBe("stock");
      expect(stock?.dims, id).toEqual(["form", "age"]);
    }
    for (const id of [
      "active_perpetrators",
      "under_investigation",
      "prosecuted",
      "convicted",
      "released",
    ])
      expect(model.variables.find((v) => v.id === id)?.kind, id).toBe("stock");
  });

  it("labels every variable in Dutch and English, the Dutch label as its display name", () => {
    for (const v of model.variables) {
      expect(v.labels?.nl, v.id).toBeTruthy();
      expect(v.labels?.en, v.id).toBeTruthy();
      expect(v.name, v.id).toBe(v.labels?.nl);
    }
  });

  it("sees about one victim in five in 2014–15 and fewer minors than adults", () => {
    const share = run.at("share_seen", 2014.5);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.3);
    const minors = run.at("registered_minors", 2014.5) / run.at("registered_victims", 2014.5);
    expect(minors).toBeGreaterThan(0.1);
    expect(minors).toBeLessThan(0.3);
  });

  it("replays the GDPR misreading: care reports fall by 73 % in 2018", () => {
    expect(run.at("channel_effort[care]", 2017.5)).toBeCloseTo(1, 6);
    expect(run.at("channel_effort[care]", 2018.5)).toBeCloseTo(0.27, 6);
    expect(run.at("channel_effort[iszw]", 2018.5)).toBeCloseTo(1, 6);
  });

  it("keeps shelter occupancy within 95 beds and sends the rest to the waiting list", () => {
    const occupancy = run.series("shelter_occupancy");
    expect(Math.max(...occupancy)).toBeLessThanOrEqual(95 + 1e-6);
    expect(run.at("total_waiting", 2016)).toBeGreaterThan(0);
  });

  it("convicts about as many perpetrators a year as the courts did in 2012–2016 (103–156, S32)", () => {
    for (const year of [2012, 2013, 2014, 2015, 2016]) {
      const c = run.at("convictions", year + 0.5);
      expect(c, String(year)).toBeGreaterThan(90);
      expect(c, String(year)).toBeLessThan(170);
    }
  });
});
