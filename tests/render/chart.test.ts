import { describe, expect, it } from "vitest";
import { timeSeriesChart } from "../../src/render/chart/time-series-chart.js";
import { Run } from "../../src/simulate/run.js";
import { expectValidSvg, normaliseSvg } from "./svg-check.js";

const time = [0, 1, 2, 3, 4];
const decay = {
  time,
  series: [{ name: "stock", values: [100, 50, 25, 12.5, 6.25], units: "people" }],
};

function run(scale: number): Run {
  return new Run(
    Float64Array.from(time),
    [
      { id: "victims", name: "Victims", kind: "stock", units: "people" },
      { id: "identified", name: "Identified", kind: "stock", units: "people" },
    ],
    [Float64Array.from(time, (t) => scale * 10 * t), Float64Array.from(time, (t) => scale * t * t)],
  );
}

describe("timeSeriesChart", () => {
  it("draws one path per series with the y axis labelled by the shared units", () => {
    const svg = timeSeriesChart(decay, { title: "Decay" }).svg;
    expectValidSvg(svg);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain(">people</text>");
    expect(svg).toContain('<title id="chart-title">Decay</title>');
  });

  it("maps the first value to the bottom-left and a halving to the right heights", () => {
    const svg = timeSeriesChart(decay, { width: 400, height: 300 }).svg;
    const d = /<path d="M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/.exec(svg);
    expect(d).not.toBeNull();
    const [x0, y100, x1, y50] = d!.slice(1).map(Number) as [number, number, number, number];
    expect(x0).toBe(64);
    expect(x1).toBeGreaterThan(x0);
    // domain [0, 100] nice → y(50) is halfway between y(0) = bottom and y(100)
    const bottom = 300 - 46;
    expect(bottom - y50).toBeCloseTo((bottom - y100) / 2, 1);
  });

  it("gives each variable a colour and each run a dash pattern, with a legend", () => {
    const svg = timeSeriesChart([
      { name: "base", run: run(1) },
      { name: "measure", run: run(0.5) },
    ]).svg;
    expectValidSvg(svg);
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg.match(/stroke-dasharray="6 3"/g)?.length).toBe(4); // 2 paths + 2 legend swatches
    expect(svg).toContain("Victims (measure)");
  });

  it("draws observed data as points and skips NaN values", () => {
    const svg = timeSeriesChart(decay, {
      observed: [{ name: "stock", time: [0, 2, 4], values: [98, Number.NaN, 7] }],
    }).svg;
    expectValidSvg(svg);
    const observed = /<g class="observed">(.*?)<\/g>/s.exec(svg)![1]!;
    expect(observed.match(/<circle /g)).toHaveLength(2); // the NaN is skipped
  });

  it("gives every series its own colour and marker, observations with ranges error bars", () => {
    const svg = timeSeriesChart(
      {
        time: [0, 1, 2],
        series: [
          { name: "a", values: [1, 2, 3] },
          { name: "b", values: [3, 2, 1] },
        ],
      },
      {
        observed: [{ name: "c", time: [0, 2], values: [2, 2], low: [1, 1.5], high: [3, 2.5] }],
        ranges: [{ name: "estimate", time: [0, 1], low: [0.5, 1], high: [1.5, 2] }],
        legend: true,
      },
    ).svg;
    expectValidSvg(svg);
    const legendSvg = /<g class="legend".*?<\/g>\n/s.exec(svg)![0];
    const colours = [...legendSvg.matchAll(/stroke="(#[0-9a-f]{6})" stroke-width="2"/g)].map(
      (m) => m[1],
    );
    expect(new Set(colours).size).toBe(2);
    expect(legendSvg).toContain("<circle"); // a
    expect(legendSvg).toMatch(/<rect x="7\.85" y="[\d.]+" width="6\.3"/); // b: a square
    expect(svg.match(/class="error-bar"/g)).toHaveLength(2);
    expect(svg.match(/<g class="range"[^>]*fill-opacity="0.3"/g)).toHaveLength(1);
  });

  it("formats ticks in the report's language and pads a near-constant series", () => {
    const nl = timeSeriesChart(
      { time: [0, 1], series: [{ name: "x", values: [12000, 18000] }] },
      { lang: "nl" },
    ).svg;
    expect(nl).toContain(">12.000<");
    const flat = timeSeriesChart({
      time: [0, 1, 2],
      series: [{ name: "x", values: [1, 0.999999998, 1] }],
    }).svg;
    expect(flat).not.toMatch(/>0\.99999/);
    expect(flat).toContain(">1.00<");
  });

  it("puts the units in the y-axis title and a long legend below the plot", () => {
    const svg = timeSeriesChart(
      {
        time: [0, 1],
        series: [
          {
            name: "a very long series name that would squeeze the plot",
            values: [1, 2],
            units: "persons",
          },
          {
            name: "another long series name, equally wide as the first",
            values: [2, 1],
            units: "persons",
          },
        ],
      },
      { yLabel: "victims" },
    ).svg;
    expect(svg).toContain(">victims (persons)<");
    const [, lx, ly] = /<g class="legend" transform="translate\(([\d.]+),([\d.]+)\)/.exec(svg)!;
    expect(Number(lx)).toBeLessThan(100); // under the plot, not beside it
    expect(Number(ly)).toBeGreaterThan(300);
  });

  it("rejects a variable the data does not have", () => {
    expect(() => timeSeriesChart(decay, { variables: ["nope"] })).toThrow(/no series "nope"/);
  });

  it("escapes names taken from model files", () => {
    const svg = timeSeriesChart({
      time,
      series: [
        { name: `a<b&"c"`, values: time },
        { name: "d", values: time },
      ],
    }).svg;
    expectValidSvg(svg);
    expect(svg).toContain("a&lt;b&amp;&quot;c&quot;");
  });

  it("matches the snapshot", async () => {
    const svg = timeSeriesChart(
      [
        { name: "base", run: run(1) },
        { name: "measure", run: run(0.5) },
      ],
      {
        title: "Victims and identified victims",
      },
    ).svg;
    await expect(normaliseSvg(svg)).toMatchFileSnapshot("__snapshots__/time-series.svg");
  });
});
