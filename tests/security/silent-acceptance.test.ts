/** Item 6 of issue 20: inputs that were quietly accepted are now refused with a located error. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import { parseModelText } from "../../src/io/read-model-text.js";
import type { Model } from "../../src/model/types.js";
import { readScenarioText } from "../../src/scenario/read-scenario.js";
import { cli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-silent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (specs: string, variables: string) =>
  `{"stockflow": 1, "kind": "stock-flow", "specs": ${specs}, "dimensions": [{"id": "d", "elements": ["x", "y"]}], "variables": ${variables}}`;

describe("refused where they were accepted", () => {
  it("diagram exits 1 on an equation that does not parse, writing nothing", () => {
    const path = join(dir, "broken.json");
    writeFileSync(
      path,
      file(
        '{"start": 0, "stop": 1, "dt": 1}',
        '[{"kind": "aux", "id": "a", "equation": "1"}, {"kind": "aux", "id": "b", "equation": "a * (2"}]',
      ),
    );
    const out = join(dir, "broken.svg");
    const result = cli(["diagram", path, "-o", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.json:1:\d+: b: syntax error/);
    expect(() => writeFileSync(join(out, "x"), "")).toThrow();
  });

  it("an equation for an element the dimension lacks", () => {
    const model = parseModelText(
      file(
        '{"start": 0, "stop": 1, "dt": 1}',
        '[{"kind": "aux", "id": "a", "dims": ["d"], "equation": "1", "elements": {"x": "2", "zz": "5"}}]',
      ),
    ).model as Model;
    expect(() => compileModel(model)).toThrow(
      "a: elements names [zz], which is not an element of d (elements are written as x | y)",
    );
  });

  it('a scenario setting "__proto__"', () => {
    expect(() =>
      readScenarioText('{"name": "s", "set": {"__proto__": 1}}', { file: "s.json" }),
    ).toThrow('s.json:1:23: the key "__proto__" is not allowed');
    expect(() => readScenarioText("name: s\nset:\n  __proto__: 1\n", { file: "s.yaml" })).toThrow(
      's.yaml:3:3: the key "__proto__" is not allowed',
    );
  });

  it("a number too large for JSON (1e999) says so", () => {
    const { diagnostics } = parseModelText(file('{"start": 0, "stop": 1, "dt": 1e999}', "[]"), {
      file: "m.json",
    });
    expect(diagnostics).toMatchObject([
      { path: "specs.dt", message: "expected number, got Infinity (out of range)" },
    ]);
  });
});
