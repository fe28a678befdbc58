/**
 * The picture commands, driven in-process through commander: `diagram`, `chart` and `report`
 * write whole files, and refuse bad usage with a UsageError before doing any work.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { registerChart } from "../../src/cli/commands/chart.js";
import { registerDiagram } from "../../src/cli/commands/diagram.js";
import { registerReport } from "../../src/cli/commands/report.js";
import { UsageError } from "../../src/diagnostics/errors.js";
import { expectValidSvg } from "./svg-check.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model = join(dir, "decay.json");
writeFileSync(
  model,
  JSON.stringify({
    stockflow: 1,
    kind: "stock-flow",
    name: "Decay",
    labels: { nl: "Verval" },
    specs: { start: 0, stop: 4, dt: 1 },
    variables: [
      {
        kind: "stock",
        id: "victims",
        name: "Victims",
        labels: { nl: "Slachtoffers" },
        initial: "100",
        inflows: ["inflow"],
        outflows: ["exit"],
      },
      { kind: "flow", id: "inflow", equation: "10" },
      { kind: "flow", id: "exit", equation: "victims * exit_rate" },
      { kind: "constant", id: "exit_rate", value: 0.5 },
    ],
  }),
);
const map = join(dir, "map.json");
writeFileSync(
  map,
  JSON.stringify({
    stockflow: 1,
    kind: "causal-map",
    name: "Map",
    factors: [
      { id: "a", name: "Awareness" },
      { id: "b", name: "Reports" },
    ],
    links: [
      { from: "a", to: "b", polarity: "+" },
      { from: "b", to: "a", polarity: "+" },
    ],
  }),
);

async function cli(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerDiagram(program);
  registerChart(program);
  registerReport(program);
  await program.parseAsync(["node", "stockflow", ...args]);
}

describe("stockflow diagram", () => {
  it("writes a stock-and-flow diagram", async () => {
    const out = join(dir, "sf.svg");
    await cli("diagram", model, "--kind", "stock-flow", "--lang", "nl", "-o", out);
    const svg = readFileSync(out, "utf8");
    expectValidSvg(svg);
    expect(svg).toContain(">Slachtoffers</tspan>");
    expect(svg).toContain(">Verval</title>");
  });

  it("writes a causal-loop diagram of a causal map with its loop highlighted", async () => {
    const out = join(dir, "cld.svg");
    await cli("diagram", map, "--highlight", "R1", "-o", out);
    const svg = readFileSync(out, "utf8");
    expectValidSvg(svg);
    expect(svg).toContain('data-loop="R1"');
  });

  it("refuses a stock-and-flow diagram of a causal map, an unknown loop and a .gif name", async () => {
    await expect(
      cli("diagram", map, "--kind", "stock-flow", "-o", join(dir, "x.svg")),
    ).rejects.toThrow(UsageError);
    await expect(
      cli("diagram", map, "--highlight", "B9", "-o", join(dir, "x.svg")),
    ).rejects.toThrow(/no loop "B9"/);
    await expect(
      cli("diagram", model, "--kind", "stock-flow", "--highlight", "R1"),
    ).rejects.toThrow(/--highlight only apply to --kind cld/);
    await expect(cli("diagram", map, "-o", join(dir, "x.gif"))).rejects.toThrow(
      /written as \.svg or \.png/,
    );
  });

  it("writes a PNG at twice the SVG's size when the file name ends in .png", async () => {
    const out = join(dir, "sf.png");
    await cli("diagram", model, "--kind", "stock-flow", "-o", out);
    const png = readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await cli("diagram", model, "--kind", "stock-flow", "-o", join(dir, "sf-same.svg"));
    const width = Number(
      /viewBox="0 0 ([\d.]+)/.exec(readFileSync(join(dir, "sf-same.svg"), "utf8"))?.[1],
    );
    expect(png.readUInt32BE(16)).toBe(Math.round(width * 2));
  });
});

describe("stockflow chart", () => {
  it("runs the model and charts the chosen variables with observed data", async () => {
    const data = join(dir, "data.csv");
    writeFileSync(data, "time,Victims\n0,100\n2,50\n4,\n");
    const out = join(dir, "chart.svg");
    await cli("chart", model, "--variables", "victims,exit", "--data", data, "-o", out);
    const svg = readFileSync(out, "utf8");
    expectValidSvg(svg);
    const lines = /<g class="series"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!;
    expect(lines.match(/<path d="M/g)).toHaveLength(2);
    const observed = /<g class="observed">(.*?)<\/g>/s.exec(svg)![1]!;
    // two observed points, each its series marker (the blank is skipped)
    expect(observed.match(/<(?:circle|rect|polygon|path) /g)).toHaveLength(2);
  });

  it("draws the base run and each scenario with its own dash pattern", async () => {
    const scenario = join(dir, "slow-exit.yaml");
    writeFileSync(scenario, "name: slow exit\nset:\n  exit_rate: 0.1\n");
    const out = join(dir, "scenarios.svg");
    await cli("chart", model, "--scenario", scenario, "--variables", "victims", "-o", out);
    const svg = readFileSync(out, "utf8");
    expectValidSvg(svg);
    expect(svg).toContain("<title>Victims (base)</title>");
    expect(svg).toContain("<title>Victims (slow exit)</title>");
    expect(svg).toMatch(/<path d="M[^"]+" stroke="#0072b2" stroke-dasharray="6 3">/);
  });

  it("names an unknown variable and reports bad data cells", async () => {
    await expect(
      cli("chart", model, "--variables", "nope", "-o", join(dir, "x.svg")),
    ).rejects.toThrow(/no variable "nope"/);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "time,victims\n0,abc\n1,2\n2,x\n");
    await expect(cli("chart", model, "--data", bad, "-o", join(dir, "x.svg"))).rejects.toThrow(
      /2 error\(s\) in data/,
    );
    await expect(cli("chart", model, "--data", join(dir, "none.csv"))).rejects.toThrow(
      /no such file/,
    );
  });
});

describe("stockflow report", () => {
  it("writes one self-contained HTML file with both diagrams, the stocks and loop dominance", async () => {
    const out = join(dir, "report.html");
    await cli("report", model, "--lang", "nl", "-o", out);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<html lang="nl">');
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).toContain(">Voorraad-stroomdiagram</figcaption>");
    expect(html).not.toMatch(/<script/);
  });

  it("compares scenarios in a table and charts loop dominance", async () => {
    const scenario = join(dir, "fast-exit.yaml");
    writeFileSync(scenario, "name: fast exit\nset:\n  exit_rate: 0.9\n");
    const out = join(dir, "scenarios.html");
    await cli("report", model, "--scenarios", scenario, "-o", out);
    const html = readFileSync(out, "utf8");
    // victims(t+1) = victims + 10 − rate·victims from 100: base 0.5 → 100, 60, 40, 30, 25
    expect(html).toMatch(/<th class="num">base<\/th><th class="num">fast exit<\/th>/);
    expect(html).toMatch(
      /<tr><td>Victims<\/td><td class="num">25<\/td><td class="num">[\d.]+<\/td><\/tr>/,
    );
    expect(html).toContain('<title id="fig4-dominance-title">Loop dominance</title>');
  });

  it("writes the report of a causal map, with its loops", async () => {
    const out = join(dir, "map.html");
    await cli("report", map, "-o", out);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<td class="loop-R">R1</td>');
    expect(html.match(/<svg /g)).toHaveLength(1);
  });
});
