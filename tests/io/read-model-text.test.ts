import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/diagnostics/errors.js";
import { parseModelText, readModelText } from "../../src/io/read-model-text.js";

/** The diagnostics of a text that must not read, with their location fields only. */
function problems(text: string, file = "model.json") {
  const { model, diagnostics } = parseModelText(text, { file });
  expect(model).toBeUndefined();
  return diagnostics.map(({ code, line, column, path, value, file }) => ({
    code,
    file,
    line,
    column,
    path,
    value,
  }));
}

const HEAD = `{
  "stockflow": 1,
  "kind": "stock-flow",
  "specs": { "start": 0, "stop": 10, "dt": 1 },`;

describe("readModelText", () => {
  it("reads a stock-and-flow model from JSON and drops the version field", () => {
    const model = readModelText(
      `${HEAD}
  "variables": [
    { "kind": "stock", "id": "s", "initial": "1", "inflows": ["f"] },
    { "kind": "flow", "id": "f", "equation": "0.1 * s" }
  ]
}`,
    );
    expect(model).toEqual({
      kind: "stock-flow",
      specs: { start: 0, stop: 10, dt: 1 },
      variables: [
        { kind: "stock", id: "s", initial: "1", inflows: ["f"], outflows: [] },
        { kind: "flow", id: "f", equation: "0.1 * s" },
      ],
    });
  });

  it("reads the same model from YAML", () => {
    const model = readModelText(
      `stockflow: 1
kind: stock-flow
specs: { start: 0, stop: 10, dt: 1 }
variables:
  - { kind: constant, id: c, value: 2.5 }
`,
      { file: "m.yaml" },
    );
    expect(model.kind === "stock-flow" && model.variables[0]).toEqual({
      kind: "constant",
      id: "c",
      value: 2.5,
    });
  });

  it("locates a value of the wrong type at the value", () => {
    const text = `${HEAD}
  "variables": [
    { "kind": "constant", "id": "c", "value": "2" }
  ]
}`;
    expect(problems(text)).toEqual([
      {
        code: "wrong-type",
        file: "model.json",
        line: 6,
        column: 47,
        path: "variables[0].value",
        value: '"2"',
      },
    ]);
  });

  it("locates an unknown key at the key and a missing field at its object", () => {
    const text = `${HEAD}
  "variables": [
    { "kind": "aux", "id": "a", "equation": "1", "colour": "red" },
    { "kind": "flow", "id": "f" }
  ]
}`;
    expect(problems(text)).toEqual([
      {
        code: "unknown-key",
        file: "model.json",
        line: 6,
        column: 50,
        path: "variables[0].colour",
        value: '"red"',
      },
      {
        code: "missing-field",
        file: "model.json",
        line: 7,
        column: 5,
        path: "variables[1].equation",
        value: undefined,
      },
    ]);
  });

  it("reports every problem at once: duplicate id and a flow that does not exist", () => {
    const text = `${HEAD}
  "variables": [
    { "kind": "stock", "id": "s", "initial": "0", "outflows": ["drain"] },
    { "kind": "constant", "id": "s", "value": 1 }
  ]
}`;
    const found = problems(text);
    expect(found).toEqual([
      {
        code: "unknown-flow",
        file: "model.json",
        line: 6,
        column: 64,
        path: "variables[0].outflows[0]",
        value: '"drain"',
      },
      {
        code: "duplicate-id",
        file: "model.json",
        line: 7,
        column: 33,
        path: "variables[1].id",
        value: '"s"',
      },
    ]);
  });

  it("locates a malformed graphical function in YAML at the offending point", () => {
    const text = `stockflow: 1
kind: stock-flow
specs: { start: 0, stop: 10, dt: 1 }
variables:
  - kind: lookup
    id: effect
    gf:
      x: [0, 2, 1]
      y: [1, 0.5, 0]
`;
    expect(problems(text, "m.yml")).toEqual([
      {
        code: "bad-graphical-function",
        file: "m.yml",
        line: 8,
        column: 17,
        path: "variables[0].gf.x[2]",
        value: "1",
      },
    ]);
  });

  it("gives a JSON syntax error the position where the parser stopped", () => {
    const text = `{
  "stockflow": 1,
  "kind": "stock-flow"
  "specs": {}
}`;
    const [d] = parseModelText(text, { file: "bad.json" }).diagnostics;
    expect(d).toMatchObject({ code: "syntax-error", file: "bad.json", line: 4, column: 3 });
    expect(d?.message).toMatch(/^invalid json: expected ','/);
  });

  it("locates a JSON syntax error that JSON.parse gives no position for", () => {
    const text = `{ "stockflow": 1,\n  "kind": tru }`;
    const [d] = parseModelText(text, { file: "bad.json" }).diagnostics;
    expect(d).toMatchObject({ code: "syntax-error", line: 2, column: 11 });
  });

  it("reports a duplicate key, which JSON.parse would let pass", () => {
    const text = `{ "stockflow": 1, "kind": "stock-flow",\n  "kind": "causal-map" }`;
    expect(parseModelText(text, { file: "dup.json" }).diagnostics[0]).toMatchObject({
      code: "duplicate-key",
      line: 2,
      column: 3,
    });
  });

  it("rejects another version of the format, and an unknown kind", () => {
    expect(
      problems(
        `{ "stockflow": 2, "kind": "stock-flow", "specs": { "start": 0, "stop": 1, "dt": 1 }, "variables": [] }`,
      ),
    ).toEqual([
      {
        code: "unsupported-version",
        file: "model.json",
        line: 1,
        column: 16,
        path: "stockflow",
        value: "2",
      },
    ]);
    expect(problems(`stockflow: 1\nkind: stock-and-flow\n`, "m.yaml")).toEqual([
      {
        code: "unknown-kind",
        file: "m.yaml",
        line: 2,
        column: 7,
        path: "kind",
        value: '"stock-and-flow"',
      },
    ]);
  });

  it("throws a ModelError carrying all diagnostics", () => {
    const text = `${HEAD}\n  "variables": [{ "kind": "constant", "id": "Bad Id", "value": 1 }]\n}`;
    const error = (() => {
      try {
        readModelText(text, { file: "m.json" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics).toMatchObject([
      { code: "non-canonical-id", hint: 'use "bad_id" and keep "Bad Id" as the name' },
    ]);
    expect((error as ModelError).message).toContain("m.json:5:45: variables[0].id");
  });

  it("reads a causal map by its kind", () => {
    const map = readModelText(
      `stockflow: 1
kind: causal-map
factors:
  - { kind: factor, id: a }
  - { kind: factor, id: b }
links:
  - { kind: link, from: a, to: b, polarity: "+" }
`,
      { file: "map.yaml" },
    );
    expect(map.kind).toBe("causal-map");
    expect(map.kind === "causal-map" && map.links).toHaveLength(1);
  });
  it("accepts a byte-order mark before JSON", () => {
    const text = `\uFEFF{ "stockflow": 1, "kind": "stock-flow", "specs": { "start": 0, "stop": 1, "dt": 1 }, "variables": [] }`;
    expect(readModelText(text, { file: "bom.json" }).kind).toBe("stock-flow");
  });

  it("reports empty files, several YAML documents and dangling aliases as located errors", () => {
    expect(problems("", "empty.yaml")).toEqual([
      { code: "wrong-type", file: "empty.yaml", line: 1, column: 1, path: "", value: "null" },
    ]);
    expect(problems("", "empty.json")[0]).toMatchObject({ code: "syntax-error", line: 1 });
    expect(problems("kind: stock-flow\n---\nkind: causal-map\n", "two.yaml")[0]).toMatchObject({
      code: "syntax-error",
      line: 2,
      column: 1,
    });
    const [alias] = parseModelText("a: *later\nb: &later 1\n", { file: "a.yaml" }).diagnostics;
    expect(alias).toMatchObject({ code: "syntax-error", file: "a.yaml" });
    expect(alias?.message).toMatch(/^invalid yaml: unresolved alias/);
  });
});
