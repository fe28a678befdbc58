import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { expectClose } from "../helpers/close.js";
import { constant, flow, model, stock } from "../helpers/models.js";

describe("stockflow sensitivity --spec", () => {
  it("samples the spec's distributions on top of its measures, and ranks them in a tornado", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-spec-"));
    const m = model({ start: 0, stop: 10, dt: 1 }, [
      constant("rate", 2),
      constant("other", 1),
      flow("inflow", "rate"),
      stock("level", "0", ["inflow"]),
    ]);
    const file = join(dir, "fill.json");
    writeFileSync(file, JSON.stringify({ stockflow: 1, ...m }));
    const spec = join(dir, "spec.yaml");
    writeFileSync(
      spec,
      "measures:\n  - { variable: inflow, change: { multiply: 2 }, from: 5 }\ndistributions:\n  rate: uniform(1, 3)\n  other: uniform(0, 1)\n",
    );
    const { status, stdout } = cli([
      "sensitivity",
      file,
      "--spec",
      spec,
      "--runs",
      "101",
      "--variables",
      "level",
      "--tornado",
      "level",
      "--format",
      "json",
    ]);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    // level(10) = 5·rate + 5·2·rate = 15·rate, and the median of U(1, 3) is 2.
    expectClose(json.variables.level.p50.at(-1), 30, 0.01);
    expectClose(json.variables.level.p05.at(-1), 15 * 1.1, 0.02);
    expect(json.tornado.base).toBe(30);
    expect(json.tornado.bars.map((b: { parameter: string }) => b.parameter)).toEqual([
      "rate",
      "other",
    ]);
    expectClose(json.tornado.bars[0].swing, 15 * (2.9 - 1.1));
  });
});
