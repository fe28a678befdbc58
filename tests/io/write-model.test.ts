import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readModelText } from "../../src/io/read-model-text.js";
import { writeModelJson, writeModelYaml } from "../../src/io/write-model.js";
import type { CausalMap, Model } from "../../src/model/types.js";

const model: Model = {
  kind: "stock-flow",
  name: "Drain",
  source: "somewhere/drain.json",
  variables: [
    {
      outflows: ["outflow"],
      inflows: [],
      initial: "100",
      id: "water",
      kind: "stock",
      labels: { en: "Water", nl: "Water" },
      nonNegative: true,
    },
    {
      equation: "water / drain_time",
      kind: "flow",
      id: "outflow",
      gf: { y: [0, 1, 1], x: [0, 5, 10], type: "discrete" },
    },
    { value: 4, kind: "constant", id: "drain_time", units: "minutes" },
    { kind: "lookup", id: "effect", gf: { xscale: { max: 2, min: 0 }, y: [1, 0.5, 0] } },
  ],
  specs: { dt: 0.25, stop: 8, start: 0, method: "rk4" },
};

describe("writeModelJson", () => {
  it("puts the version field first and keys in the fixed order", () => {
    const text = writeModelJson(model);
    expect(
      text.startsWith('{\n  "stockflow": 1,\n  "kind": "stock-flow",\n  "name": "Drain",\n'),
    ).toBe(true);
    expect(text).toContain('"specs": {\n    "start": 0,\n    "stop": 8,\n    "dt": 0.25,');
    expect(text).toContain(
      '"kind": "constant",\n      "id": "drain_time",\n      "units": "minutes",\n      "value": 4',
    );
    expect(text).toContain('"x": [0, 5, 10],');
    expect(text).not.toContain("somewhere");
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("round-trips: reading the text gives the model back, without its source", () => {
    const { source: _source, ...withoutSource } = model;
    expect(readModelText(writeModelJson(model), { format: "json" })).toEqual(withoutSource);
  });

  it("writes the same text for the same model whatever its key order", () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const reordered = reversed(model) as Model;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(model));
    expect(writeModelJson(reordered)).toBe(writeModelJson(model));
  });

  it("writes an optional $schema after the version", () => {
    expect(writeModelJson(model, { schema: "./model.schema.json" })).toMatch(
      /^\{\n {2}"stockflow": 1,\n {2}"\$schema": "\.\/model\.schema\.json",\n {2}"kind"/,
    );
  });

  it("writes the teacup example exactly as it is stored", () => {
    const text = readFileSync(
      new URL("../../examples/models/teacup.json", import.meta.url),
      "utf8",
    );
    const teacup = readModelText(text, { file: "teacup.json" }) as Model;
    expect(writeModelJson(teacup)).toBe(text);
  });
});

describe("writeModelYaml", () => {
  it("round-trips through YAML", () => {
    const { source: _source, ...withoutSource } = model;
    const text = writeModelYaml(model);
    expect(text.startsWith("stockflow: 1\nkind: stock-flow\nname: Drain\n")).toBe(true);
    expect(text).toContain("outflows: [outflow]");
    expect(readModelText(text, { format: "yaml" })).toEqual(withoutSource);
  });

  it("quotes equations and numbers-as-text that YAML would otherwise read differently", () => {
    const tricky: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 1, dt: 1 },
      variables: [
        { kind: "stock", id: "s", initial: "1e3", inflows: [], outflows: [] },
        { kind: "aux", id: "a", equation: "- s: 2 # not a comment" },
        { kind: "aux", id: "b", equation: "true" },
      ],
    };
    expect(readModelText(writeModelYaml(tricky), { format: "yaml" })).toEqual(tricky);
  });
});

describe("writing a causal map", () => {
  const map: CausalMap = {
    kind: "causal-map",
    name: "Two factors",
    factors: [
      { kind: "factor", id: "a", name: "A", labels: { nl: "A", en: "A" }, actors: ["police"] },
      { kind: "factor", id: "b", accumulating: true },
    ],
    links: [
      {
        to: "b",
        from: "a",
        kind: "link",
        polarity: "-",
        strength: "strong",
        evidence: { reasoning: "assumed", kind: "assumption" },
      },
    ],
  };

  it("orders factors and links readably and round-trips through JSON and YAML", () => {
    const text = writeModelJson(map);
    expect(text).toContain(
      '"kind": "link",\n      "from": "a",\n      "to": "b",\n      "polarity": "-"',
    );
    expect(text.indexOf('"factors"')).toBeLessThan(text.indexOf('"links"'));
    expect(readModelText(text, { format: "json" })).toEqual(map);
    expect(readModelText(writeModelYaml(map), { format: "yaml" })).toEqual(map);
  });
});
