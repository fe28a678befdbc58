import { describe, expect, it } from "vitest";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { JUPYTER_DISPLAY } from "../../src/display/html-view.js";
import { loopsView } from "../../src/display/loops-view.js";
import type { CausalMap } from "../../src/model/types.js";
import { escapedOnly, NASTY } from "./nasty.js";

// a ⇄ b is balancing (+, −); b ⇄ c is reinforcing (+, +).
const map: CausalMap = {
  kind: "causal-map",
  labels: { nl: "Kaart" },
  factors: ["a", "b", "c"].map((id) => ({
    kind: "factor" as const,
    id,
    labels: { nl: id === "a" ? NASTY : id.toUpperCase() },
  })),
  links: [
    { kind: "link", from: "a", to: "b", polarity: "+" },
    { kind: "link", from: "b", to: "a", polarity: "-" },
    { kind: "link", from: "b", to: "c", polarity: "+" },
    { kind: "link", from: "c", to: "b", polarity: "+" },
  ],
};
const result = findLoops(causalGraph(map));

describe("the notebook view of a loop list", () => {
  it("is a text/html and text/plain bundle whose HTML escapes names", () => {
    const bundle = loopsView(result, { model: map })[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(escapedOnly(bundle["text/html"]!)).toBe(true);
  });

  it("lists each loop with its polarity and length, in the map's language", () => {
    const text = loopsView(result, { model: map }).toString();
    expect(text.split("\n")[0]).toBe("Terugkoppellussen: 2 (1 R, 1 B)");
    expect(text).toMatch(/B1\s+balancerend\s+2/);
    expect(text).toMatch(/R1\s+versterkend\s+2\s+\S+\s+B → C → B/);
    expect(loopsView(result.loops, { lang: "en" }).toString()).toMatch(/R1\s+reinforcing/);
  });
});
