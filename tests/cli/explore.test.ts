import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExplorerSpec } from "../../src/explore/explorer-spec.js";
import { SCENARIO_YAML } from "../explore/explorer-fixture.js";
import { cli } from "../helpers/cli.js";

const MODEL = "examples/models/logistic-growth.json";

/** The spec a page embeds. */
function embeddedSpec(html: string): ExplorerSpec {
  const match = /<script id="stockflow-spec" type="application\/json">(.*?)<\/script>/s.exec(html);
  if (match === null) throw new Error("no spec in the page");
  return JSON.parse(match[1]!);
}

describe("stockflow explore", () => {
  it("writes one self-contained page with the measures, sliders and data of its inputs", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-explore-"));
    const scenario = join(dir, "room.yaml");
    writeFileSync(scenario, SCENARIO_YAML);
    const data = join(dir, "observed.csv");
    writeFileSync(data, "time,population,unknown_column\n10,30,1\n20,120,2\n");
    const out = join(dir, "verkenner.html");
    const r = cli([
      "explore",
      MODEL,
      "--scenarios",
      scenario,
      "--data",
      data,
      "--lang",
      "en",
      "-o",
      out,
    ]);
    expect(r.stderr).toContain("column unknown_column is not an indicator");
    expect(r.status).toBe(0);
    const html = readFileSync(out, "utf8");
    // nothing to fetch: no external script, stylesheet or image, and a policy that forbids it
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|img|link)[^>]+(src|href)="(?!data:)/);
    const spec = embeddedSpec(html);
    expect(spec.lang).toBe("en");
    expect(spec.switches.map((s) => s.id)).toEqual(["room", "room_1", "room_2"]);
    expect(spec.parameters.map((p) => p.id)).toEqual(["carrying_capacity"]);
    expect(spec.observed).toMatchObject([{ indicator: "population", values: [30, 120] }]);
    expect(spec.map?.loops.length).toBeGreaterThan(0);
  });

  it("refuses a scenario with set values, a constant it cannot find, or another format", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-explore-"));
    const out = join(dir, "x.html");
    const set = join(dir, "set.yaml");
    writeFileSync(set, "set:\n  carrying_capacity: 900\n");
    const a = cli(["explore", MODEL, "--scenarios", set, "-o", out]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain("set and tables are not switches");
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "distributions:\n  carying_capacity: uniform(1, 2)\n");
    const b = cli(["explore", MODEL, "--scenarios", bad, "-o", out]);
    expect(b.status).toBe(1);
    expect(b.stderr).toContain("carying_capacity");
    expect(b.stderr).toContain("carrying_capacity");
    expect(b.stderr).toContain("bad.yaml");
    const c = cli(["explore", MODEL, "-o", join(dir, "x.svg")]);
    expect(c.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
