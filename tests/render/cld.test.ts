import { randomLcg } from "d3-random";
import { describe, expect, it } from "vitest";
import type { CausalMap } from "../../src/model/types.js";
import { causalLoopDiagram } from "../../src/render/cld/causal-loop-diagram.js";
import { type CldInput, cldFromCausalMap } from "../../src/render/cld/cld-input.js";
import { linkCurve } from "../../src/render/cld/edge-geometry.js";
import { boxesOverlap } from "../../src/render/cld/label-box.js";
import { layoutCld } from "../../src/render/cld/layout-cld.js";
import { labelCrossings, routeLink } from "../../src/render/cld/route-link.js";
import { expectValidSvg, normaliseSvg } from "./svg-check.js";

const map: CausalMap = {
  kind: "causal-map",
  factors: [
    {
      kind: "factor",
      id: "victims",
      name: "Hidden victims",
      labels: { nl: "Verborgen slachtoffers" },
      group: "victims",
    },
    { kind: "factor", id: "identified", name: "Identified victims", group: "police" },
    { kind: "factor", id: "investigations", name: "Police investigations", group: "police" },
    { kind: "factor", id: "traffickers", name: "Active traffickers", group: "crime" },
  ],
  links: [
    { kind: "link", from: "traffickers", to: "victims", polarity: "+", strength: "strong" },
    { kind: "link", from: "victims", to: "identified", polarity: "+" },
    { kind: "link", from: "identified", to: "investigations", polarity: "+", speed: "low" },
    { kind: "link", from: "investigations", to: "traffickers", polarity: "-" },
  ],
};
const loop = {
  id: "B1",
  polarity: "B",
  variables: ["traffickers", "victims", "identified", "investigations"],
};

/** A seeded random map: `n` factors with two-to-four-word names and `m` distinct links. */
function randomMap(n: number, m: number, seed: number): CldInput {
  const random = randomLcg(seed);
  const words = [
    "victim",
    "police",
    "shelter",
    "capacity",
    "trust",
    "reports",
    "demand",
    "profit",
    "risk",
    "awareness",
    "labour",
    "migration",
    "debt",
    "control",
    "cases",
  ];
  const nodes = Array.from({ length: n }, (_, i) => {
    const count = 2 + Math.floor(random() * 3);
    const label = Array.from(
      { length: count },
      () => words[Math.floor(random() * words.length)]!,
    ).join(" ");
    return { id: `f${i}`, label: `${label} ${i}` };
  });
  const seen = new Set<string>();
  const edges: CldInput["edges"][number][] = [];
  while (edges.length < m) {
    const from = Math.floor(random() * n);
    const to = Math.floor(random() * n);
    if (from === to || seen.has(`${from}-${to}`)) continue;
    seen.add(`${from}-${to}`);
    edges.push({ from: `f${from}`, to: `f${to}`, polarity: random() < 0.5 ? "+" : "-" });
  }
  return { nodes, edges, loops: [] };
}

function labelRects(svg: string): { x: number; y: number; w: number; h: number }[] {
  return [
    ...svg.matchAll(
      /<g class="factor"[^>]*><rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
    ),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) }));
}

describe("causalLoopDiagram", () => {
  it("draws every factor, every link with its sign, and the loop marker", () => {
    const svg = causalLoopDiagram(cldFromCausalMap(map, [loop])).svg;
    expectValidSvg(svg);
    expect(svg.match(/class="factor"/g)).toHaveLength(4);
    expect(svg.match(/class="link"/g)).toHaveLength(4);
    expect(svg.match(/class="sign"[^>]*>\+</g)).toHaveLength(3);
    expect(svg.match(/class="sign"[^>]*>\u2212</g)).toHaveLength(1);
    expect(svg).toContain('data-loop="B1"');
    expect(svg).toContain(">balancing loop<");
  });

  it("marks slow links (speed low or delay ≥ 1) with a delay mark, and only those", () => {
    const svg = causalLoopDiagram(cldFromCausalMap(map)).svg;
    expect(svg.match(/class="delay"/g)).toHaveLength(1);
    expect(svg).toMatch(
      /data-from="identified" data-to="investigations">(?:(?!<\/g>).)*class="delay"/,
    );
  });

  it("draws strong links wider than average ones", () => {
    const svg = causalLoopDiagram(cldFromCausalMap(map)).svg;
    const width = (from: string) =>
      Number(
        new RegExp(`data-from="${from}"[^>]*><path [^>]*stroke-width="([\\d.]+)"`).exec(svg)?.[1],
      );
    expect(width("traffickers")).toBeGreaterThan(width("victims"));
  });

  it("is deterministic for a seed", () => {
    const a = causalLoopDiagram(cldFromCausalMap(map, [loop]), { seed: 7 }).svg;
    const b = causalLoopDiagram(cldFromCausalMap(map, [loop]), { seed: 7 }).svg;
    expect(a).toBe(b);
  });

  it("prints Dutch labels with lang nl and falls back to the display name", () => {
    const svg = causalLoopDiagram(cldFromCausalMap(map, [loop]), { lang: "nl" }).svg;
    expect(svg).toContain("Verborgen");
    expect(svg).toContain(">Active</tspan>");
    expect(svg).toContain(">balancerende lus<");
  });

  it("fades everything outside a highlighted loop", () => {
    const input = cldFromCausalMap(
      {
        ...map,
        factors: [...map.factors, { kind: "factor", id: "media", name: "Media" }],
        links: [...map.links, { kind: "link", from: "media", to: "victims", polarity: "-" }],
      },
      [loop],
    );
    const svg = causalLoopDiagram(input, { highlight: { loop: "b1" } }).svg;
    expect(svg).toMatch(/data-id="media" opacity="0.15"/);
    expect(svg).toMatch(/data-from="media" data-to="victims" opacity="0.15"/);
    expect(svg).not.toMatch(/data-id="victims" opacity/);
    expect(() => causalLoopDiagram(input, { highlight: { loop: "R9" } })).toThrow(/no loop "R9"/);
  });

  it("highlights the paths from one factor", () => {
    const input = cldFromCausalMap(
      {
        ...map,
        factors: [...map.factors, { kind: "factor", id: "media", name: "Media" }],
        links: [...map.links, { kind: "link", from: "media", to: "victims", polarity: "-" }],
      },
      [],
    );
    const svg = causalLoopDiagram(input, { highlight: { from: "identified" } }).svg;
    expect(svg).toMatch(/data-id="media" opacity="0.15"/);
    expect(svg).not.toMatch(/data-id="traffickers" opacity/);
  });

  it("colours by group with a legend entry per group", () => {
    const svg = causalLoopDiagram(cldFromCausalMap(map), { colourBy: "group" }).svg;
    expectValidSvg(svg);
    for (const group of ["crime", "police", "victims"]) expect(svg).toContain(`>${group}</text>`);
  });

  it("escapes factor names", () => {
    const svg = causalLoopDiagram({
      nodes: [{ id: "a", label: `x<y & "z"` }, { id: "b" }],
      edges: [{ from: "a", to: "b", polarity: "?" }],
    }).svg;
    expectValidSvg(svg);
    expect(svg).toContain("x&lt;y &amp;");
  });

  it("a 30-factor, 60-link map has no overlapping factor labels", () => {
    const input = randomMap(30, 60, 0.42);
    const layout = layoutCld(input);
    for (let i = 0; i < layout.boxes.length; i++) {
      for (let j = i + 1; j < layout.boxes.length; j++) {
        expect(boxesOverlap(layout.boxes[i]!, layout.boxes[j]!), `${i} and ${j}`).toBe(false);
      }
    }
    const svg = causalLoopDiagram(input).svg;
    expectValidSvg(svg);
    const rects = labelRects(svg);
    expect(rects).toHaveLength(30);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
      }
    }
  });

  it("matches the snapshot", async () => {
    const svg = causalLoopDiagram(cldFromCausalMap(map, [loop]), { title: "Trafficking loop" }).svg;
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/cld.svg");
  });
});

describe("routeLink", () => {
  it("bends an arrow around a label that sits on the straight line", () => {
    const box = (id: string, x: number) => ({ id, lines: [id], x, y: 0, width: 60, height: 20 });
    const boxes = [box("a", 0), box("middle", 150), box("b", 300)];
    const curve = routeLink(boxes[0]!, boxes[2]!, 0.05, false, boxes);
    expect(labelCrossings(curve, boxes, ["a", "b"])).toBe(0);
    // the straight-ish preferred bend would have crossed the middle label
    expect(labelCrossings(linkCurve(boxes[0]!, boxes[2]!, 0.05), boxes, ["a", "b"])).toBe(1);
  });
});
