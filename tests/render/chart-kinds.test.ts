import { describe, expect, it } from "vitest";
import { bandChart } from "../../src/render/chart/band-chart.js";
import { loopScoreChart } from "../../src/render/chart/loop-score-chart.js";
import { smallMultiples } from "../../src/render/chart/small-multiples.js";
import { tornadoChart } from "../../src/render/chart/tornado-chart.js";
import { expectValidSvg, normaliseSvg } from "./svg-check.js";

const time = [0, 1, 2, 3, 4, 5];
const bands = {
  time,
  p05: time.map((t) => 10 + t),
  p25: time.map((t) => 10 + 2 * t),
  p50: time.map((t) => 10 + 3 * t),
  p75: time.map((t) => 10 + 4 * t),
  p95: time.map((t) => 10 + 5 * t),
};
const scores = {
  time,
  loops: [
    { id: "R1", polarity: "R", relative_score: [0.8, 0.6, 0.4, 0.2, 0.1, 0] },
    { id: "B1", polarity: "B", relative_score: [-0.2, -0.4, -0.6, -0.8, -0.9, -1] },
  ],
};

describe("bandChart", () => {
  it("draws the outer band, the inner band and the median, nested", () => {
    const svg = bandChart(bands, {
      name: "victims",
      observed: { time: [1, 3], values: [14, 20] },
    }).svg;
    expectValidSvg(svg);
    expect(svg).toMatch(/class="band-outer" d="M/);
    expect(svg).toMatch(/class="band-inner" d="M/);
    expect(svg).toMatch(/class="median" d="M/);
    expect(svg.match(/<circle /g)).toHaveLength(3); // 2 observed + legend swatch
  });

  it("matches the snapshot", async () => {
    await expect(
      normaliseSvg(bandChart(bands, { title: "Victims: 200 samples", name: "victims" }).svg),
    ).toMatchFileSnapshot("__snapshots__/bands.svg");
  });
});

describe("tornadoChart", () => {
  const bars = [
    { name: "small", low: 98, high: 103 },
    { name: "large", low: 60, high: 150 },
    { name: "medium", low: 90, high: 120 },
  ];

  it("sorts bars by swing, widest first, and draws the base line", () => {
    const svg = tornadoChart(bars, 100, { xLabel: "victims in 2030" }).svg;
    expectValidSvg(svg);
    const names = [...svg.matchAll(/text-anchor="end">(\w+)<\/text>/g)].map((m) => m[1]);
    expect(names).toEqual(["large", "medium", "small"]);
    expect(svg).toContain('class="base"');
  });

  it("low bars end at the base and high bars start there", () => {
    const svg = tornadoChart([{ name: "a", low: 50, high: 150 }], 100, { width: 400 }).svg;
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const [low, high] = rects.slice(-2) as [[number, number], [number, number]];
    expect(low[0] + low[1]).toBeCloseTo(high[0], 1);
    expect(low[1]).toBeCloseTo(high[1], 1);
  });

  it("matches the snapshot", async () => {
    await expect(
      normaliseSvg(tornadoChart(bars, 100, { title: "Sensitivity" }).svg),
    ).toMatchFileSnapshot("__snapshots__/tornado.svg");
  });
});

describe("loopScoreChart", () => {
  it("draws a line per loop, blue for reinforcing and red for balancing", () => {
    const svg = loopScoreChart(scores).svg;
    expectValidSvg(svg);
    expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#1f5fa8"/);
    expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#c0392b"/);
  });

  it("labels loops with their titles when given", () => {
    const titled = {
      ...scores,
      loops: scores.loops.map((l, i) => ({
        ...l,
        title: i === 0 ? "Zichtbaarheid" : "Afschrikking",
      })),
    };
    const svg = loopScoreChart(titled).svg;
    expect(svg).toContain(`>Zichtbaarheid (${scores.loops[0]!.id})</text>`);
    expect(svg).toContain("<title>Afschrikking</title>");
  });

  it("stacks absolute shares up to the top of the plot", () => {
    const svg = loopScoreChart(scores, { mode: "stacked", height: 300, title: "Dominance" }).svg;
    expectValidSvg(svg);
    const areas = [...svg.matchAll(/<path d="(M[^"]+)" fill="#/g)].map((m) => m[1]!);
    expect(areas).toHaveLength(2);
    // the second area's upper edge is the top of the plot (y = 40) at every time
    expect(areas[1]!.startsWith("M64,40L")).toBe(true);
  });

  it("matches the snapshot", async () => {
    await expect(normaliseSvg(loopScoreChart(scores, { mode: "stacked" }).svg)).toMatchFileSnapshot(
      "__snapshots__/loop-scores.svg",
    );
  });
});

describe("smallMultiples", () => {
  const data = {
    time,
    series: ["a", "b", "c", "d"].map((name, k) => ({ name, values: time.map((t) => t * (k + 1)) })),
  };

  it("lays out one panel per variable in rows of `columns`", () => {
    const svg = smallMultiples(data, { columns: 3 }).svg;
    expectValidSvg(svg);
    expect(svg.match(/class="panel"/g)).toHaveLength(4);
    expect(svg).toContain("translate(0,170)");
    expect(svg).toContain('viewBox="0 0 720 340"');
  });

  it("matches the snapshot", async () => {
    await expect(
      normaliseSvg(smallMultiples(data, { title: "Four variables", columns: 2 }).svg),
    ).toMatchFileSnapshot("__snapshots__/small-multiples.svg");
  });
});
