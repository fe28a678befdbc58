import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ModelError, UsageError } from "../../src/diagnostics/errors.js";
import { loadModel } from "../../src/io/load-model.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

const yamlModel = `stockflow: 1
kind: stock-flow
specs: { start: 0, stop: 4, dt: 1 }
variables:
  - { kind: constant, id: c, value: 3 }
`;

describe("loadModel", () => {
  it("reads the teacup example and records where it came from", async () => {
    const model = await loadModel("examples/models/teacup.json");
    expect(model.kind).toBe("stock-flow");
    expect(model.source).toBe("examples/models/teacup.json");
    expect(model.kind === "stock-flow" && model.variables.map((v) => v.id)).toEqual([
      "teacup_temperature",
      "heat_loss_to_room",
      "room_temperature",
      "characteristic_time",
    ]);
  });

  it("reads the logistic growth example", async () => {
    const model = await loadModel("examples/models/logistic-growth.json");
    expect(model.kind === "stock-flow" && model.specs).toEqual({
      start: 0,
      stop: 100,
      dt: 1,
      method: "euler",
      timeUnits: "years",
    });
  });

  it("reads .yaml and .yml alike, whatever the case of the extension", async () => {
    for (const name of ["m.yaml", "m.yml", "M.YAML"]) {
      const model = await loadModel(file(name, yamlModel));
      expect(model.kind === "stock-flow" && model.variables).toEqual([
        { kind: "constant", id: "c", value: 3 },
      ]);
    }
  });

  it("hands the warnings of a valid model to onWarnings", async () => {
    const path = file(
      "warn.yaml",
      `${yamlModel}  - { kind: flow, id: f, equation: "1" }\n  - { kind: stock, id: s, initial: "0", inflows: [f], outflows: [f] }\n`,
    );
    const seen: string[] = [];
    const model = await loadModel(path, {
      onWarnings: (ws) => seen.push(...ws.map((w) => w.message)),
    });
    expect(model.kind).toBe("stock-flow");
    expect(seen).toEqual(['stock "s" names flow "f" as an inflow and an outflow; they cancel']);
  });

  it("reads a causal-map edge list from .csv", async () => {
    const map = await loadModel(file("map.csv", "from,to,polarity\nA,B,+\nB,A,-\n"));
    expect(map.kind).toBe("causal-map");
    expect(map.source).toMatch(/map\.csv$/);
    expect(
      map.kind === "causal-map" && map.links.map((l) => `${l.from}${l.polarity}${l.to}`),
    ).toEqual(["a+b", "b-a"]);
  });

  it("reads XMILE (.xmile, .stmx) through the XMILE reader, loaded on first use", async () => {
    const xmile = `<?xml version="1.0" encoding="utf-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><name>drain</name><vendor>test</vendor><product version="1">test</product></header>
  <sim_specs><start>0</start><stop>4</stop><dt>0.5</dt></sim_specs>
  <model>
    <variables>
      <stock name="Water"><eqn>10</eqn><outflow>Drain</outflow></stock>
      <flow name="Drain"><eqn>Water / 2</eqn></flow>
    </variables>
  </model>
</xmile>
`;
    for (const name of ["drain.xmile", "drain.stmx"]) {
      const path = file(name, xmile);
      const model = await loadModel(path);
      expect(model.source).toBe(path);
      expect(model.kind === "stock-flow" && model.specs).toMatchObject({
        start: 0,
        stop: 4,
        dt: 0.5,
      });
      expect(model.kind === "stock-flow" && model.variables.map((v) => [v.kind, v.id])).toEqual([
        ["stock", "water"],
        ["flow", "drain"],
      ]);
    }
  });

  it("gives located diagnostics naming the file for an invalid model", async () => {
    const path = file("bad.yaml", yamlModel.replace("value: 3", "value: three"));
    const error = await rejection(loadModel(path));
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics).toMatchObject([
      { code: "wrong-type", file: path, line: 5, column: 37, path: "variables[0].value" },
    ]);
  });

  it("reads a Vensim model through the lazily loaded Vensim reader, with located errors", async () => {
    const warnings: string[] = [];
    const model = await loadModel(file("m.mdl", "x = 1\n~~|\n"), {
      onWarnings: (list) => warnings.push(...list.map((d) => d.code)),
    });
    // The file has no control section: three warnings, and the defaults.
    expect(warnings).toEqual(["missing-control", "missing-control", "missing-control"]);
    expect(model).toMatchObject({
      kind: "stock-flow",
      variables: [{ kind: "constant", id: "x", value: 1 }],
    });
    const path = file("bad.mdl", "x = (1\n~~|\n");
    const error = await rejection(loadModel(path));
    expect(error).toBeInstanceOf(ModelError);
    const errors = (error as ModelError).diagnostics.filter((d) => d.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "vensim-syntax",
        file: path,
        line: 1,
        column: 7,
        variable: "x",
      }),
    ]);
  });

  it("is a usage error for a missing file, naming its path", async () => {
    const error = await rejection(loadModel(join(dir, "nothing.json")));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`no such model file: ${join(dir, "nothing.json")}`);
  });

  it("is a usage error for an unknown extension, naming it", async () => {
    const error = await rejection(loadModel(file("model.txt", "{}")));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^unknown model file extension "\.txt"/);
  });

  it("refuses a file above the size limit with a diagnostic", async () => {
    const path = file("big.json", `{"stockflow": 1, "pad": "${"x".repeat(2000)}"}`);
    const error = await rejection(loadModel(path, { maxBytes: 1000 }));
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics[0]).toMatchObject({
      code: "file-too-large",
      file: path,
      value: "2027",
    });
  });
});
