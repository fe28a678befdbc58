import { describe, expect, it } from "vitest";
import { analyzeStructure } from "../../src/analysis/analyze-structure.js";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { descendingRanks, leverageRanking } from "../../src/analysis/leverage/leverage-ranking.js";
import { structuralTable } from "../../src/analysis/leverage/structural-table.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { loopsThrough, shortestLoopThrough } from "../../src/analysis/loops/loop-queries.js";
import { causalTree } from "../../src/analysis/paths/causal-tree.js";
import { findPaths } from "../../src/analysis/paths/find-paths.js";
import { resolveNode } from "../../src/analysis/resolve-node.js";
import { UsageError } from "../../src/diagnostics/errors.js";
import type { CausalLink, CausalMap } from "../../src/model/types.js";

const link = (
  from: string,
  to: string,
  polarity: "+" | "-",
  extra: Partial<CausalLink> = {},
): CausalLink => ({
  kind: "link",
  from,
  to,
  polarity,
  ...extra,
});

/**
 * A small trafficking-flavoured map: exploitation → victims → signals → investigations →
 * exploitation (-), signals → trust (+) → signals (+), and a measure feeding investigations.
 */
const map: CausalMap = {
  kind: "causal-map",
  factors: [
    { kind: "factor", id: "exploitation", name: "Exploitation" },
    { kind: "factor", id: "victims", name: "Victims", labels: { nl: "Slachtoffers" } },
    { kind: "factor", id: "signals", name: "Signals" },
    { kind: "factor", id: "investigations", name: "Investigations" },
    { kind: "factor", id: "trust", name: "Trust in reporting" },
    { kind: "factor", id: "training", name: "Training" },
  ],
  links: [
    link("exploitation", "victims", "+", { strength: "strong", speed: "high" }),
    link("victims", "signals", "+", { strength: "average", speed: "average" }),
    link("signals", "investigations", "+", { strength: "average", speed: "low" }),
    link("investigations", "exploitation", "-", { strength: "weak", delay: 2 }),
    link("signals", "trust", "+", { strength: "weak" }),
    link("trust", "signals", "+", { strength: "average" }),
    link("training", "signals", "+", { strength: "strong", speed: "very_high" }),
  ],
};
const graph = causalGraph(map);

describe("paths", () => {
  it("lists every simple path with its polarity and total delay, shortest first", () => {
    const { paths, truncated } = findPaths(graph, "training", "exploitation");
    expect(truncated).toBe(false);
    expect(paths).toEqual([
      {
        variables: ["training", "signals", "investigations", "exploitation"],
        length: 3,
        polarity: "-",
        delay: 0.25 + 3 + 2,
      },
    ]);
    expect(findPaths(graph, "victims", "trust").paths.map((p) => p.variables)).toEqual([
      ["victims", "signals", "trust"],
    ]);
    expect(findPaths(graph, "exploitation", "training").paths).toEqual([]);
  });

  it("stops at the path limit and says so", () => {
    expect(findPaths(graph, "signals", "signals", { maxPaths: 1 })).toMatchObject({
      truncated: true,
    });
    expect(findPaths(graph, "signals", "signals").paths.map((p) => p.length)).toEqual([2, 4]);
  });
});

describe("trees", () => {
  it("grows a causes tree to a depth and marks branches that close a loop", () => {
    const tree = causalTree(graph, "signals", "causes", 2);
    expect(tree.children.map((c) => [c.id, c.polarity])).toEqual([
      ["training", "+"],
      ["trust", "+"],
      ["victims", "+"],
    ]);
    expect(tree.children[1]?.children).toEqual([
      { id: "signals", label: "Signals", polarity: "+", loop: true, children: [] },
    ]);
    expect(tree.children[2]?.children.map((c) => c.id)).toEqual(["exploitation"]);
    expect(tree.children[2]?.children[0]?.children).toEqual([]);
  });

  it("grows a uses tree forwards", () => {
    const tree = causalTree(graph, "investigations", "uses", 1);
    expect(tree).toEqual({
      id: "investigations",
      label: "Investigations",
      children: [{ id: "exploitation", label: "Exploitation", polarity: "-", children: [] }],
    });
  });
});

describe("loop queries", () => {
  const { loops } = findLoops(graph);

  it("finds the loops through a factor", () => {
    expect(loops.map((l) => `${l.id}:${l.variables.join(">")}`)).toEqual([
      "R1:signals>trust",
      "B1:exploitation>victims>signals>investigations",
    ]);
    expect(loopsThrough(loops, "signals").map((l) => l.id)).toEqual(["R1", "B1"]);
    expect(loopsThrough(loops, "training")).toEqual([]);
  });

  it("finds the shortest loop through a factor without enumerating all loops", () => {
    expect(shortestLoopThrough(graph, "victims")?.variables).toEqual([
      "exploitation",
      "victims",
      "signals",
      "investigations",
    ]);
    expect(shortestLoopThrough(graph, "signals")).toMatchObject({
      polarity: "R",
      length: 2,
      variables: ["signals", "trust"],
    });
    expect(shortestLoopThrough(graph, "training")).toBeUndefined();
  });
});

describe("structural table and leverage", () => {
  const { loops } = findLoops(graph);
  const table = structuralTable(graph, { loops });
  const row = (id: string) => table.find((r) => r.id === id)!;

  it("sums link strengths into Vester's active and passive sums, product and quotient", () => {
    expect(row("signals")).toMatchObject({
      inDegree: 3,
      outDegree: 2,
      activeSum: 0.7,
      passiveSum: 2,
      product: 1.4,
      loops: 2,
    });
    expect(row("signals").quotient).toBeCloseTo(0.35, 12);
    expect(row("training")).toMatchObject({
      activeSum: 1,
      passiveSum: 0,
      quotient: Number.POSITIVE_INFINITY,
      loops: 0,
    });
  });

  it("gives Vester's roles by comparing the sums with their means", () => {
    // Mean active sum = mean passive sum = 3.9 / 6 = 0.65.
    expect(Object.fromEntries(table.map((r) => [r.id, r.role]))).toEqual({
      exploitation: "active",
      victims: "reactive",
      signals: "critical",
      investigations: "buffering",
      trust: "buffering",
      training: "active",
    });
  });

  it("computes betweenness over directed paths", () => {
    expect(row("signals").betweenness).toBeGreaterThan(row("trust").betweenness);
    expect(row("training").betweenness).toBe(0);
  });

  it("ranks leverage candidates by the rank-sum of loops, betweenness and Vester product", () => {
    expect(descendingRanks([3, 1, 3, 2])).toEqual([1.5, 4, 1.5, 3]);
    const ranking = leverageRanking(table);
    expect(ranking[0]).toMatchObject({ id: "signals", rank: 1 });
    expect(ranking.at(-1)?.id).toBe("training");
  });

  it("summarises factors, links, loops by polarity and the top candidates", () => {
    const analysis = analyzeStructure(graph, { top: 2 });
    expect(analysis.summary).toEqual({
      factors: 6,
      links: 7,
      loops: { total: 2, R: 1, B: 1, "?": 0 },
      truncated: false,
    });
    expect(analysis.leverage.map((c) => c.id)).toHaveLength(2);
  });
});

describe("names", () => {
  it("resolves ids, display names and labels case-insensitively", () => {
    expect(resolveNode(graph, "signals")).toBe("signals");
    expect(resolveNode(graph, "Trust in Reporting")).toBe("trust");
    expect(resolveNode(graph, "slachtoffers")).toBe("victims");
  });

  it("throws a usage error with a suggestion for an unknown name", () => {
    expect(() => resolveNode(graph, "signal")).toThrow(UsageError);
    expect(() => resolveNode(graph, "signal")).toThrow("did you mean `signals`?");
  });
});
