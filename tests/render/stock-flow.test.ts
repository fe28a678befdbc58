import { describe, expect, it } from "vitest";
import type { Model } from "../../src/model/types.js";
import { modelLinks } from "../../src/render/stock-flow/model-links.js";
import { stockFlowDiagram } from "../../src/render/stock-flow/stock-flow-diagram.js";
import { pictureGeometry, type Rect } from "../helpers/picture-geometry.js";
import { pictureMetrics } from "../helpers/picture-metrics.js";
import { expectValidSvg, normaliseSvg } from "./svg-check.js";

const teacup: Model = {
  kind: "stock-flow",
  name: "Teacup",
  specs: { start: 0, stop: 30, dt: 0.125 },
  variables: [
    {
      kind: "stock",
      id: "teacup_temperature",
      name: "Teacup Temperature",
      labels: { nl: "Theetemperatuur" },
      initial: "180",
      inflows: [],
      outflows: ["heat_loss"],
    },
    {
      kind: "flow",
      id: "heat_loss",
      name: "Heat Loss",
      equation: "(teacup_temperature - room_temperature) / characteristic_time",
    },
    { kind: "constant", id: "room_temperature", name: "Room Temperature", value: 70 },
    { kind: "constant", id: "characteristic_time", name: "Characteristic Time", value: 10 },
  ],
};

const chain: Model = {
  kind: "stock-flow",
  name: "Victims",
  specs: { start: 0, stop: 10, dt: 1 },
  variables: [
    {
      kind: "stock",
      id: "hidden",
      initial: "100",
      inflows: ["recruitment"],
      outflows: ["identification"],
    },
    {
      kind: "stock",
      id: "identified",
      initial: "initial_identified",
      inflows: ["identification"],
      outflows: ["recovery"],
    },
    { kind: "flow", id: "recruitment", equation: "recruitment_rate * hidden" },
    { kind: "flow", id: "identification", equation: "hidden * identification_rate" },
    { kind: "flow", id: "recovery", equation: "identified / recovery_time" },
    { kind: "constant", id: "recruitment_rate", value: 0.1 },
    { kind: "constant", id: "identification_rate", value: 0.2 },
    { kind: "constant", id: "recovery_time", value: 3 },
    { kind: "constant", id: "initial_identified", value: 5 },
    { kind: "aux", id: "total", equation: "hidden + identified" },
  ],
};

describe("modelLinks", () => {
  it("lists who reads whom, with initial-value links marked", () => {
    expect(modelLinks(chain)).toEqual([
      { from: "initial_identified", to: "identified", kind: "initial" },
      { from: "recruitment_rate", to: "recruitment", kind: "equation" },
      { from: "hidden", to: "recruitment", kind: "equation" },
      { from: "hidden", to: "identification", kind: "equation" },
      { from: "identification_rate", to: "identification", kind: "equation" },
      { from: "identified", to: "recovery", kind: "equation" },
      { from: "recovery_time", to: "recovery", kind: "equation" },
      { from: "hidden", to: "total", kind: "equation" },
      { from: "identified", to: "total", kind: "equation" },
    ]);
  });
});

describe("stockFlowDiagram", () => {
  it("draws the teacup: one stock, one flow to a cloud, two constants and three connectors", () => {
    const svg = stockFlowDiagram(teacup).svg;
    expectValidSvg(svg);
    expect(svg.match(/class="stock"/g)).toHaveLength(1);
    expect(svg.match(/class="flow"/g)).toHaveLength(1);
    expect(svg.match(/class="cloud"/g)).toHaveLength(1);
    expect(svg.match(/class="constant"/g)).toHaveLength(2);
    expect(svg.match(/class="connector"/g)).toHaveLength(3);
    expect(svg).toContain('<title id="sfd-title">Teacup</title>');
  });

  it("lays a flow chain out left to right with the connecting flow between the stocks", () => {
    const svg = stockFlowDiagram(chain).svg;
    expectValidSvg(svg);
    const x = (id: string) =>
      Number(new RegExp(`data-id="${id}"><rect class="shape" x="(-?[\\d.]+)"`).exec(svg)?.[1]);
    expect(x("identified")).toBeGreaterThan(x("hidden"));
    const valve = Number(/data-id="identification">.*?class="valve" d="M(-?[\d.]+)/.exec(svg)?.[1]);
    expect(valve).toBeGreaterThan(x("hidden"));
    expect(valve).toBeLessThan(x("identified"));
    expect(svg.match(/class="cloud"/g)).toHaveLength(2); // recruitment from, recovery to the outside
    expect(svg).toMatch(
      /data-from="initial_identified" data-to="identified"><path [^>]*stroke-dasharray/,
    );
  });

  it("routes a backward flow below the row, with its valve across the pipe", () => {
    const cycle: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 1, dt: 1 },
      variables: [
        {
          kind: "stock",
          id: "victims",
          initial: "0",
          inflows: ["relapse"],
          outflows: ["recovery"],
        },
        {
          kind: "stock",
          id: "recovered",
          initial: "0",
          inflows: ["recovery"],
          outflows: ["relapse"],
        },
        { kind: "flow", id: "recovery", equation: "victims / 2" },
        { kind: "flow", id: "relapse", equation: "recovered / 5" },
      ],
    };
    const svg = stockFlowDiagram(cycle).svg;
    expectValidSvg(svg);
    // the chain runs left to right: victims, recovery's valve, recovered
    const g = pictureGeometry(svg);
    const box = (id: string) => g.nodes.find((n) => n.id === id)!.rect;
    expect(box("recovery").x).toBeGreaterThan(box("victims").x + box("victims").w);
    expect(box("recovered").x).toBeGreaterThan(box("recovery").x);
    // relapse turns back: its pipe leaves recovered and enters victims, clear of every box
    const pipe = g.edges.find((e) => e.via.includes("relapse"))!.points;
    const [first, last] = [pipe[0]!, pipe[pipe.length - 1]!];
    const near = (p: { x: number; y: number }, r: Rect) =>
      p.x >= r.x - 2 && p.x <= r.x + r.w + 2 && p.y >= r.y - 2 && p.y <= r.y + r.h + 2;
    expect(near(first, box("recovered"))).toBe(true);
    expect(near(last, box("victims"))).toBe(true);
    expect(pictureMetrics(svg).edgeBox).toBe(0);
  });

  it("uses the model's view when it places every variable", () => {
    const withView: Model = {
      ...teacup,
      view: {
        elements: [
          { kind: "node", variable: "teacup_temperature", x: 300, y: 200, width: 100, height: 60 },
          { kind: "node", variable: "heat_loss", x: 450, y: 200 },
          {
            kind: "pipe",
            flow: "heat_loss",
            points: [
              { x: 300, y: 200 },
              { x: 600, y: 200 },
            ],
          },
          { kind: "cloud", flow: "heat_loss", x: 600, y: 200 },
          { kind: "node", variable: "room_temperature", x: 450, y: 100 },
          { kind: "node", variable: "characteristic_time", x: 520, y: 300 },
          { kind: "connector", from: "room_temperature", to: "heat_loss", angle: -90 },
        ],
      },
    };
    const svg = stockFlowDiagram(withView).svg;
    expectValidSvg(svg);
    // stock 100 × 60 at (300, 200); the pipe starts at the stock's right edge, not its centre
    expect(svg).toMatch(
      /data-id="teacup_temperature"><rect class="shape" x="250" y="170" width="100" height="60"/,
    );
    expect(svg).toMatch(/data-id="heat_loss"><g class="pipe"[^>]*><path d="M350,200L600,200"/);
    // the connector leaves straight down (angle −90°): start and control share x
    expect(svg).toMatch(
      /data-from="room_temperature" data-to="heat_loss"><path d="M450,[\d.]+Q450,/,
    );
  });

  it("labels in Dutch with lang nl", () => {
    expect(stockFlowDiagram(teacup, { lang: "nl" }).svg).toContain(">Theetemperatuur</tspan>");
  });

  it("is deterministic", () => {
    expect(stockFlowDiagram(chain, { seed: 3 }).svg).toBe(stockFlowDiagram(chain, { seed: 3 }).svg);
  });

  it("matches the snapshot", async () => {
    await expect(
      normaliseSvg(stockFlowDiagram(chain, { title: "Victims" }).svg),
    ).toMatchFileSnapshot("__snapshots__/stock-flow.svg");
  });
});
