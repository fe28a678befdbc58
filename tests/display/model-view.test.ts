import { describe, expect, it } from "vitest";
import { JUPYTER_DISPLAY } from "../../src/display/html-view.js";
import { modelView } from "../../src/display/model-view.js";
import type { CausalMap } from "../../src/model/types.js";
import { constant, flow, model, stock } from "../helpers/models.js";
import { escapedOnly, NASTY } from "./nasty.js";

const tank = model({ stop: 10, dt: 0.5, timeUnits: "days" }, [
  stock("water", "10", [], ["drain"], { name: NASTY }),
  flow("drain", "water / residence"),
  constant("residence", 4),
]);

const map: CausalMap = {
  kind: "causal-map",
  labels: { nl: "Kaart" },
  factors: [
    { kind: "factor", id: "a", labels: { nl: NASTY } },
    { kind: "factor", id: "b" },
  ],
  links: [
    { kind: "link", from: "a", to: "b", polarity: "+" },
    { kind: "link", from: "b", to: "a", polarity: "-" },
  ],
};

describe("the notebook view of a model", () => {
  it("is a text/html and text/plain bundle whose HTML escapes names", () => {
    for (const m of [tank, map]) {
      const bundle = modelView(m)[JUPYTER_DISPLAY]();
      expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
      expect(escapedOnly(bundle["text/html"]!)).toBe(true);
    }
  });

  it("summarises variables by kind and the time axis, with the stock-and-flow diagram", () => {
    const view = modelView(tank);
    expect(view.kinds().map((r) => r.slice(0, 2))).toEqual([
      ["stocks", "1"],
      ["flows", "1"],
      ["constants", "1"],
    ]);
    expect(view.specs()).toBe("time axis: 0–10 days, dt 0.5");
    const html = view.toHTML();
    expect(html).toContain("warnings: none");
    expect(html).toMatch(/<svg[^>]*>/);
  });

  it("shows a Dutch causal map in Dutch, with its causal-loop diagram and warnings", () => {
    const view = modelView(map);
    expect(view.kinds().map((r) => r[0])).toEqual(["factoren", "verbanden"]);
    // Links are named by the factors' labels, not their ids.
    expect(view.kinds()[1]![2]).toBe(`${NASTY} → b (+), b → ${NASTY} (-)`);
    expect(view.toHTML()).toContain("<svg");
    const broken: CausalMap = {
      ...map,
      links: [...map.links, { kind: "link", from: "a", to: "zz", polarity: "+" }],
    };
    expect(modelView(broken).warnings().join("\n")).toMatch(/zz/);
  });
});
