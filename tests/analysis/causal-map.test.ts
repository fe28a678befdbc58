import { describe, expect, it } from "vitest";
import {
  parseCausalMapCsv,
  parseCausalMapObject,
  readCausalMapCsv,
  readCausalMapObject,
  readCausalMapText,
  writeCausalMap,
} from "../../src/analysis/causal-map/index.js";
import { ModelError } from "../../src/diagnostics/errors.js";

const yamlMap = `stockflow: 1
kind: causal-map
name: visibility
factors:
  - id: victims
    labels: { nl: slachtoffers, en: victims }
  - id: signals
  - id: police_capacity
links:
  - from: victims
    to: signals
    polarity: "+"
    strength: strong
    speed: high
    evidence: { kind: source, ids: [S3] }
  - from: signals
    to: police_capacity
    polarity: "-"
    evidence: { kind: assumption, reasoning: more cases take more time. }
`;

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ModelError) return error.diagnostics;
    throw error;
  }
  throw new Error("expected a ModelError");
}

describe("causal map from JSON or YAML", () => {
  it("reads factors and links, filling in kinds", () => {
    const map = readCausalMapText(yamlMap, { file: "m.yaml" });
    expect(map.kind).toBe("causal-map");
    expect(map.factors.map((f) => f.id)).toEqual(["victims", "signals", "police_capacity"]);
    expect(map.factors[0]).toEqual({
      kind: "factor",
      id: "victims",
      labels: { nl: "slachtoffers", en: "victims" },
    });
    expect(map.links[0]).toMatchObject({
      kind: "link",
      polarity: "+",
      strength: "strong",
      speed: "high",
    });
    expect(map.links[1]?.evidence).toEqual({
      kind: "assumption",
      reasoning: "more cases take more time.",
    });
  });

  it("reports every schema error with path, line, column and the offending value", () => {
    const bad = yamlMap
      .replace('polarity: "-"', 'polarity: "x"')
      .replace("speed: high", "speed: slow\n    colour: red");
    const ds = errorsOf(() => readCausalMapText(bad, { file: "m.yaml" }));
    const polarity = ds.find((d) => d.path === "links[1].polarity");
    expect(polarity).toMatchObject({ file: "m.yaml", line: 19, column: 15, value: '"x"' });
    const speed = ds.find((d) => d.path === "links[0].speed");
    expect(speed).toMatchObject({ line: 14, value: '"slow"' });
    expect(speed?.message).toContain('"very_high"');
    expect(ds.find((d) => d.path === "links[0].colour")).toMatchObject({
      code: "unknown-key",
      line: 15,
    });
  });

  it("locates positions in JSON text too", () => {
    const text =
      '{\n  "stockflow": 1,\n  "kind": "causal-map",\n  "factors": [{ "id": "a" }],\n  "links": [{ "from": "a", "to": "b", "polarity": "+" }]\n}';
    const ds = errorsOf(() => readCausalMapText(text, { file: "m.json", format: "json" }));
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      code: "unknown-factor",
      path: "links[0].to",
      line: 5,
      column: 34,
      value: "b",
    });
  });

  it("reports syntax errors with their position", () => {
    const ds = errorsOf(() =>
      readCausalMapText('{"stockflow": 1,, }', { file: "m.json", format: "json" }),
    );
    expect(ds[0]).toMatchObject({ code: "syntax-error", file: "m.json", line: 1, column: 17 });
    expect(ds[0]?.message).toMatch(/^invalid json: /);
  });

  it("reads JSON by the JSON rules and rejects duplicate keys", () => {
    const trailingComma = '{"stockflow": 1, "kind": "causal-map", "factors": [], "links": [],}';
    expect(errorsOf(() => readCausalMapText(trailingComma, { format: "json" }))[0]?.column).toBe(
      67,
    );
    const twice = "stockflow: 1\nkind: causal-map\nfactors: []\nfactors: []\nlinks: []\n";
    expect(errorsOf(() => readCausalMapText(twice))[0]).toMatchObject({
      code: "duplicate-key",
      line: 4,
    });
  });

  it("checks unknown factors with a suggestion, duplicate ids and links, and warns on self-loops", () => {
    const result = parseCausalMapObject({
      stockflow: 1,
      kind: "causal-map",
      factors: [{ id: "victims" }, { id: "signals" }, { id: "signals" }, { id: "Bad Id" }],
      links: [
        { from: "victim", to: "signals", polarity: "+" },
        { from: "signals", to: "signals", polarity: "+" },
        { from: "signals", to: "signals", polarity: "-" },
      ],
    });
    expect(result.map).toBeUndefined();
    const codes = result.diagnostics.map((d) => `${d.severity}:${d.code}:${d.path}`);
    expect(codes).toEqual(
      [
        "error:duplicate-id:factors[2].id",
        "error:bad-id:factors[3].id",
        "error:unknown-factor:links[0].from",
        "warning:self-loop:links[1]",
        "error:duplicate-link:links[2]",
        "warning:self-loop:links[2]",
      ].sort((a, b) => codes.indexOf(a) - codes.indexOf(b)),
    );
    expect(result.diagnostics.find((d) => d.code === "unknown-factor")?.hint).toBe(
      "did you mean `victims`?",
    );
    expect(result.diagnostics.find((d) => d.code === "bad-id")?.hint).toContain('"bad_id"');
  });

  it("keeps a valid map with only warnings", () => {
    const result = parseCausalMapObject({
      stockflow: 1,
      kind: "causal-map",
      factors: [{ id: "a" }],
      links: [{ from: "a", to: "a", polarity: "+" }],
    });
    expect(result.map?.links).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["self-loop"]);
  });

  it("rejects a wrong version", () => {
    const ds = errorsOf(() =>
      readCausalMapObject({ stockflow: 2, kind: "causal-map", factors: [], links: [] }),
    );
    expect(ds[0]).toMatchObject({ path: "stockflow", value: "2" });
  });

  it("accepts MARVEL interventions and indicators and checks the factors they name", () => {
    const withMarvel = `${yamlMap}interventions:\n  - { id: more_police, kind: step, factor: police_capacity, size: 0.2 }\nindicators:\n  - { factor: victim, desired: down }\n`;
    const ds = errorsOf(() => readCausalMapText(withMarvel));
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: "unknown-factor", path: "indicators[0].factor", line: 23 });
    const map = readCausalMapText(withMarvel.replace("victim,", "victims,"));
    expect(map.interventions?.[0]).toMatchObject({ kind: "step", factor: "police_capacity" });
    expect(readCausalMapText(writeCausalMap(map, "yaml"))).toEqual(map);
  });

  it("round-trips through JSON and YAML", () => {
    const map = readCausalMapText(yamlMap);
    for (const format of ["json", "yaml"] as const) {
      const text = writeCausalMap(map, format);
      expect(readCausalMapText(text, { format })).toEqual(map);
    }
    expect(
      writeCausalMap(map, "json").startsWith('{\n  "stockflow": 1,\n  "kind": "causal-map"'),
    ).toBe(true);
  });
});

describe("causal map from a CSV edge list", () => {
  it("creates factors from names, keeping display names, and reads the optional columns", () => {
    const csv =
      "from,to,polarity,strength,speed,delay,source,note\nVictims,Signals,+,strong,very high,,S1;S2,workshop 2\nSignals,Police capacity,-,,,2.5,,\n";
    const map = readCausalMapCsv(csv);
    expect(map.factors).toEqual([
      { kind: "factor", id: "victims", name: "Victims" },
      { kind: "factor", id: "signals", name: "Signals" },
      { kind: "factor", id: "police_capacity", name: "Police capacity" },
    ]);
    expect(map.links[0]).toEqual({
      kind: "link",
      from: "victims",
      to: "signals",
      polarity: "+",
      strength: "strong",
      speed: "very_high",
      evidence: { kind: "source", ids: ["S1", "S2"] },
      note: "workshop 2",
    });
    expect(map.links[1]).toEqual({
      kind: "link",
      from: "signals",
      to: "police_capacity",
      polarity: "-",
      delay: 2.5,
    });
  });

  it("reports all bad rows by line number with the offending value", () => {
    const csv = "from,to,polarity,strength\na,b,+,\nb,c,plus,\n\nc,a,-,hard\nc,,+,\n";
    const { map, diagnostics } = parseCausalMapCsv(csv, { file: "edges.csv" });
    expect(map).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.column, d.value])).toEqual([
      [3, 3, "plus"],
      [5, 4, "hard"],
      [6, 2, undefined],
    ]);
    expect(diagnostics.every((d) => d.file === "edges.csv")).toBe(true);
  });

  it("skips comment lines but keeps # inside cells", () => {
    const map = readCausalMapCsv("# workshop 2\nfrom,to,polarity,note\na,b,+,see issue #5\n");
    expect(map.links[0]?.note).toBe("see issue #5");
  });

  it("reports unknown and missing columns on the header line", () => {
    const { diagnostics } = parseCausalMapCsv("from,too,polarity\na,b,+\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["unknown-column", "missing-column"]);
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 2, value: "too" });
  });

  it("reports duplicate links and self-loops by line", () => {
    const { diagnostics } = parseCausalMapCsv("from,to,polarity\na,b,+\nA,B,-\nc,c,+\n");
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["duplicate-link", 3],
      ["self-loop", 4],
    ]);
  });

  it("adds labels, actors and groups from a second CSV and reports unknown ids", () => {
    const labels =
      "id,label_nl,label_en,actor,group\nvictims,slachtoffers,victims,CoMensha;politie,shelter_care\nPolice capacity,capaciteit politie,police capacity,politie,\n";
    const map = readCausalMapCsv("from,to,polarity\nVictims,Police capacity,+\n", { labels });
    expect(map.factors[0]).toEqual({
      kind: "factor",
      id: "victims",
      name: "Victims",
      labels: { nl: "slachtoffers", en: "victims" },
      actors: ["CoMensha", "politie"],
      group: "shelter_care",
    });
    expect(map.factors[1]?.labels).toEqual({ nl: "capaciteit politie", en: "police capacity" });
    const bad = parseCausalMapCsv("from,to,polarity\nVictims,Police capacity,+\n", {
      labels: "id,label_nl\nvictim,x\n",
      labelsFile: "labels.csv",
    });
    expect(bad.diagnostics[0]).toMatchObject({
      code: "unknown-factor",
      file: "labels.csv",
      line: 2,
      hint: "did you mean `victims`?",
    });
  });
});
