import { describe, expect, it } from "vitest";
import { links } from "../../models/mensenhandel/links.js";
import { type NamedLoop, namedLoops } from "../../models/mensenhandel/loops.js";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { canonicalRotation } from "../../src/analysis/loops/loop.js";

const polarityOf = new Map(links.map((l) => [`${l.from}>${l.to}`, l.polarity]));

/** The links of a loop in order, the last one closing it; undefined where a link is missing. */
function loopLinks(loop: NamedLoop): ("+" | "-" | undefined)[] {
  return loop.variables.map((from, i) => {
    const to = loop.variables[(i + 1) % loop.variables.length];
    return polarityOf.get(`${from}>${to}`);
  });
}

describe("the named feedback loops", () => {
  it("include the loops issue 10 names, with unique ids", () => {
    const ids = namedLoops.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "zichtbaarheid_prioriteit",
      "capaciteitsoverbelasting",
      "afschrikking",
      "draaideur_opvang",
      "daderrecidive",
      "vertrouwen_aangifte",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(namedLoops.map((l) => [l.id, l] as const))("%s is a cycle of the map", (_, loop) => {
    expect(loop.variables.length).toBeGreaterThanOrEqual(2);
    expect(new Set(loop.variables).size).toBe(loop.variables.length);
    expect(loopLinks(loop)).not.toContain(undefined);
  });

  it.each(namedLoops.map((l) => [l.id, l] as const))(
    "%s has the polarity of the product of its link signs",
    (_, loop) => {
      const negatives = loopLinks(loop).filter((p) => p === "-").length;
      expect(negatives % 2 === 0 ? "R" : "B").toBe(loop.polarity);
    },
  );

  it("each tell a story of at least three sentences in English and Dutch", () => {
    for (const loop of namedLoops) {
      expect(loop.name_nl).not.toBe(loop.name_en);
      expect(loop.story_en.split(/[.:] /).length, loop.id).toBeGreaterThanOrEqual(3);
      expect(loop.story_nl?.split(/[.:] /).length ?? 0, loop.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("are five reinforcing and six balancing loops", () => {
    const count = (p: "R" | "B") => namedLoops.filter((l) => l.polarity === p).length;
    expect(count("R")).toBe(5);
    expect(count("B")).toBe(6);
  });
});

describe("the named loops against the structural analysis", () => {
  it("are each found by the loop search of the whole map, with the same polarity", () => {
    const { loops, truncated } = findLoops(causalGraph(systeemkaart), { timeLimitMs: 20_000 });
    expect(truncated).toBe(false);
    const found = new Map(loops.map((l) => [l.variables.join(">"), l.polarity]));
    for (const loop of namedLoops) {
      expect(found.get(canonicalRotation(loop.variables).join(">")), loop.id).toBe(loop.polarity);
    }
  });
});

describe("the loop check itself", () => {
  it("rejects a sequence of factors that is not closed by a link", () => {
    const open: NamedLoop = {
      id: "open",
      name_nl: "open",
      name_en: "open",
      polarity: "R",
      variables: ["werkelijke_slachtoffers", "verborgen_slachtoffers"],
      story_en: "",
    };
    expect(loopLinks(open)).toEqual(["+", undefined]);
  });
});
