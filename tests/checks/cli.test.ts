import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { constant, flow, model, stock } from "../helpers/models.js";

describe("stockflow check", () => {
  it("reports units warnings and the reality checks beside the model, and exits 1 on a failure", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-check-"));
    const m = model({ start: 0, stop: 10, dt: 1, timeUnits: "years" }, [
      constant("rate", 0.1, { units: "1/year" }),
      flow("outflow", "level * rate", { units: "people" }),
      stock("level", "100", [], ["outflow"], { units: "people" }),
    ]);
    const file = join(dir, "decay.json");
    writeFileSync(file, JSON.stringify({ stockflow: 1, ...m }));
    writeFileSync(
      join(dir, "decay.checks.yaml"),
      "checks:\n  - name: never negative\n    expect: { variable: level, never_below: 0 }\n  - name: grows\n    expect: { variable: level, rises: true }\n",
    );
    const { status, stdout } = cli(["check", file, "--format", "json"]);
    expect(status).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.ok).toBe(false);
    expect(json.units.map((d: { message: string }) => d.message)).toEqual([
      "level * rate is in person/year, but outflow is declared in person",
      "flow outflow in person does not fill a stock in person",
    ]);
    expect(json.checks.map((c: { passed: boolean }) => c.passed)).toEqual([true, false]);
  });
});
