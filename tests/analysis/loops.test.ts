import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { chainPolarity } from "../../src/analysis/loops/loop-polarity.js";
import type { CausalMap, Polarity } from "../../src/model/types.js";
import { oracleCycles } from "./loop-oracle.js";

type Edge = readonly [string, string, Polarity];

function mapOf(edges: readonly Edge[]): CausalMap {
  const ids = [...new Set(edges.flatMap(([a, b]) => [a, b] as const))];
  return {
    kind: "causal-map",
    factors: ids.map((id) => ({ kind: "factor", id })),
    links: edges.map(([from, to, polarity]) => ({ kind: "link", from, to, polarity })),
  };
}

describe("feedback loops", () => {
  it("finds one B loop of length 3 and one R loop of length 2 in a→b (+), b→c (+), c→a (-), b→a (+)", () => {
    const graph = causalGraph(
      mapOf([
        ["a", "b", "+"],
        ["b", "c", "+"],
        ["c", "a", "-"],
        ["b", "a", "+"],
      ]),
    );
    const { loops, truncated } = findLoops(graph);
    expect(truncated).toBe(false);
    expect(loops.map((l) => [l.id, l.polarity, l.length, l.variables])).toEqual([
      ["R1", "R", 2, ["a", "b"]],
      ["B1", "B", 3, ["a", "b", "c"]],
    ]);
    expect(loops[1]?.name).toBe("a → b → c");
  });

  it("numbers loops the same whatever order the links come in", () => {
    const edges: Edge[] = [
      ["x", "y", "+"],
      ["y", "x", "-"],
      ["y", "z", "+"],
      ["z", "y", "+"],
      ["z", "x", "?"],
      ["x", "z", "+"],
    ];
    const ids = (es: Edge[]) =>
      findLoops(causalGraph(mapOf(es))).loops.map((l) => `${l.id}:${l.variables.join("")}`);
    expect(ids([...edges].reverse())).toEqual(ids(edges));
    expect(ids(edges)).toEqual(["B1:xy", "U1:xz", "R1:yz", "U2:xyz", "B2:xzy"]);
  });

  it("names a long loop after its three best-connected factors, in loop order", () => {
    const ring: Edge[] = [
      ["a", "b", "+"],
      ["b", "c", "+"],
      ["c", "d", "+"],
      ["d", "e", "+"],
      ["e", "a", "+"],
    ];
    const spokes: Edge[] = [
      ["x", "c", "+"],
      ["y", "c", "+"],
      ["x", "e", "+"],
      ["y", "a", "+"],
      ["x", "a", "+"],
    ];
    const { loops } = findLoops(causalGraph(mapOf([...ring, ...spokes])));
    expect(loops.map((l) => l.name)).toEqual(["a → … → c → … → e"]);
  });

  it("counts self-loops as loops of length 1", () => {
    const { loops } = findLoops(
      causalGraph(
        mapOf([
          ["a", "a", "-"],
          ["a", "b", "+"],
        ]),
      ),
    );
    expect(loops.map((l) => [l.id, l.length])).toEqual([["B1", 1]]);
  });

  it("adds the delays of the links around a loop", () => {
    const map = mapOf([
      ["a", "b", "+"],
      ["b", "a", "+"],
    ]);
    const slow: CausalMap = {
      ...map,
      links: [
        { ...map.links[0]!, speed: "low" },
        { ...map.links[1]!, delay: 0.5 },
      ],
    };
    expect(findLoops(causalGraph(slow)).loops[0]?.delay).toBe(3.5);
  });

  it("respects a length limit without reporting truncation", () => {
    const edges: Edge[] = [
      ["a", "b", "+"],
      ["b", "a", "+"],
      ["b", "c", "+"],
      ["c", "a", "+"],
    ];
    const { loops, truncated } = findLoops(causalGraph(mapOf(edges)), { maxLength: 2 });
    expect(loops.map((l) => l.length)).toEqual([2]);
    expect(truncated).toBe(false);
  });

  it("stops at the loop limit and says so", () => {
    const names = ["a", "b", "c", "d", "e", "f"];
    const complete: Edge[] = names.flatMap((a) =>
      names.filter((b) => b !== a).map((b) => [a, b, "+"] as const),
    );
    const { loops, truncated } = findLoops(causalGraph(mapOf(complete)), { maxLoops: 10 });
    expect(loops).toHaveLength(10);
    expect(truncated).toBe(true);
    expect(findLoops(causalGraph(mapOf(complete)), { maxLoops: 409 }).truncated).toBe(false);
    // The complete digraph on 6 nodes has sum over k of C(6,k)(k-1)! = 409 elementary cycles.
    expect(findLoops(causalGraph(mapOf(complete))).loops).toHaveLength(409);
  });

  it("stops at the time limit and says so instead of hanging", () => {
    const names = Array.from({ length: 14 }, (_, i) => `f${i}`);
    const complete: Edge[] = names.flatMap((a) =>
      names.filter((b) => b !== a).map((b) => [a, b, "+"] as const),
    );
    const graph = causalGraph(mapOf(complete));
    const started = performance.now();
    const { truncated } = findLoops(graph, { maxLoops: Number.POSITIVE_INFINITY, timeLimitMs: 50 });
    expect(truncated).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("agrees with the slow oracle on random graphs of up to 12 nodes, with and without a length limit", () => {
    const edge = fc.tuple(fc.nat(11), fc.nat(11), fc.constantFrom<Polarity>("+", "-", "?"));
    fc.assert(
      fc.property(
        fc.array(edge, { maxLength: 30 }),
        fc.integer({ min: 1, max: 13 }),
        (raw, maxLength) => {
          const seen = new Set<string>();
          const edges: Edge[] = raw
            .map(([a, b, p]): Edge => [`n${a}`, `n${b}`, p])
            .filter(([a, b]) => !seen.has(`${a}>${b}`) && seen.add(`${a}>${b}`));
          const sign = new Map(edges.map(([a, b, p]) => [`${a}>${b}`, p]));
          const expected = oracleCycles(edges.map(([a, b]) => [a, b] as const))
            .filter((c) => c.length <= maxLength)
            .map((c) => {
              const p = chainPolarity(c.map((v, i) => sign.get(`${v}>${c[(i + 1) % c.length]}`)!));
              return `${p === "+" ? "R" : p === "-" ? "B" : "?"}:${c.join(",")}`;
            })
            .sort();
          const { loops, truncated } = findLoops(causalGraph(mapOf(edges)), { maxLength });
          expect(truncated).toBe(false);
          expect(loops.map((l) => `${l.polarity}:${l.variables.join(",")}`).sort()).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 300, seed: 20260529 },
    );
  });
});
