import { describe, expect, it } from "vitest";
import { JUPYTER_DISPLAY } from "../../src/display/html-view.js";
import { marvelView } from "../../src/display/marvel-view.js";
import { evaluateMarvel } from "../../src/marvel/evaluate-marvel.js";
import type { CausalMap } from "../../src/model/types.js";
import { chainMap, raiseA } from "../marvel/maps.js";
import { escapedOnly, NASTY } from "./nasty.js";

const base = chainMap([raiseA]);
const map: CausalMap = {
  ...base,
  labels: { nl: "Keten" },
  factors: base.factors.map((f) => (f.id === "c" ? { ...f, labels: { nl: NASTY } } : f)),
};
const evaluation = evaluateMarvel(map, {
  interventions: ["raise_a"],
  indicators: [
    { factor: "b", desired: "up" },
    { factor: "c", desired: "up" },
  ],
  moments: [1, 5],
});

describe("the notebook view of MARVEL results", () => {
  it("is a text/html and text/plain bundle whose HTML escapes names", () => {
    const bundle = marvelView(evaluation, { map })[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(escapedOnly(bundle["text/html"]!)).toBe(true);
  });

  it("tabulates every indicator with its change and verdict at each moment, in Dutch", () => {
    const text = marvelView(evaluation, { map }).toString();
    // b rises by 1 − e^{−2} = 0,8647 after 1 year: good; c falls while wanted up: not good.
    expect(text).toMatch(/^b\s+omhoog\s+0,8647 \(goed\)/m);
    expect(text).toMatch(/niet goed/);
    expect(text).toMatch(/eenduidig$/m);
    expect(text).toMatch(/aandeel goed 50,0 %/);
    expect(marvelView(evaluation, { lang: "en" }).toString()).toMatch(/share good 50.0 %/);
  });
});
