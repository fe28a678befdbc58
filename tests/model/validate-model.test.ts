import { describe, expect, it } from "vitest";
import { validateModel, validateModelFile } from "../../src/model/validate-model.js";

const specs = { start: 0, stop: 10, dt: 1 };

describe("validateModel", () => {
  it("returns the model with defaults filled in when it is valid", () => {
    const { value, diagnostics } = validateModel({
      kind: "stock-flow",
      specs,
      variables: [{ kind: "stock", id: "s", initial: "1" }],
    });
    expect(diagnostics).toEqual([]);
    expect(value?.variables[0]).toEqual({
      kind: "stock",
      id: "s",
      initial: "1",
      inflows: [],
      outflows: [],
    });
  });

  it("suggests the field a misspelt key was meant to be, from the keys of that very object", () => {
    const { value, diagnostics } = validateModel({
      kind: "stock-flow",
      specs: { ...specs, savper: 2 },
      variables: [
        { kind: "flow", id: "f", equation: "1", nonNegativ: true },
        { kind: "lookup", id: "l", gf: { x: [0, 1], y: [0, 1], typ: "discrete" } },
        { kind: "constant", id: "c", value: 1, colour: "red" },
      ],
    });
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, d.hint])).toEqual([
      ["specs.savper", "did you mean `saveper`?"],
      ["variables[0].nonNegativ", "did you mean `nonNegative`?"],
      ["variables[1].gf.typ", "did you mean `type`?"],
      ["variables[2].colour", undefined],
    ]);
  });

  it("names the kinds a variable may have", () => {
    const { diagnostics } = validateModel({
      kind: "stock-flow",
      specs,
      variables: [{ kind: "level", id: "s" }],
    });
    expect(diagnostics).toEqual([
      {
        severity: "error",
        code: "unknown-kind",
        message: 'unknown kind "level"',
        path: "variables[0].kind",
        value: '"level"',
        hint: "expected one of stock, flow, aux, constant, lookup",
      },
    ]);
  });

  it("refuses a save period that is not a whole multiple of dt (the saved times would be wrong)", () => {
    const { value, diagnostics } = validateModel({
      kind: "stock-flow",
      specs: { ...specs, saveper: 1.5 },
      variables: [],
    });
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(["error bad-specs"]);
  });
});

describe("validateModelFile", () => {
  it("wants the version field and drops it from the model", () => {
    const model = { kind: "stock-flow", specs, variables: [] };
    expect(validateModelFile(model).diagnostics).toMatchObject([
      { code: "missing-field", path: "stockflow", message: 'missing field "stockflow"' },
    ]);
    const { value } = validateModelFile({ stockflow: 1, $schema: "x.json", ...model });
    expect(value).toEqual(model);
  });

  it("refuses a model without the version field only in files, not as plain data", () => {
    expect(validateModel({ kind: "stock-flow", specs, variables: [] }).diagnostics).toEqual([]);
    expect(
      validateModel({ stockflow: 1, kind: "stock-flow", specs, variables: [] }).diagnostics,
    ).toMatchObject([{ code: "unknown-key", path: "stockflow" }]);
  });
});
