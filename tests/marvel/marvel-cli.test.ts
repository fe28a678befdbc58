import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function stockflow(args: readonly string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "marvel-cli-"));
const chain = join(dir, "chain.yaml");
writeFileSync(
  chain,
  `stockflow: 1
kind: causal-map
factors: [{ id: a }, { id: b }, { id: c }]
links:
  - { from: a, to: b, polarity: "+", strength: strong, speed: high }
  - { from: b, to: c, polarity: "-", strength: average, speed: low }
`,
);

describe("stockflow marvel", () => {
  it("prints one JSON object with the change, ok, pattern and robustness of each indicator", () => {
    const args = [
      "marvel",
      chain,
      "--intervene",
      "a=1@0",
      "--indicator",
      "c:down",
      "--format",
      "json",
    ];
    const r = stockflow([...args, "--moments", "1,5", "--robustness", "20", "--seed", "9"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.moments).toEqual([1, 5]);
    expect(out.interventions).toEqual(["intervene_a"]);
    const [c] = out.indicators;
    expect(c.factor).toBe("c");
    expect(c.desired).toBe("down");
    expect(c.change[0]).toBeLessThan(0);
    expect(c.change[1]).toBeLessThan(c.change[0]);
    expect(c.ok).toEqual([true, true]);
    expect(c.pattern).toBe("monotone");
    expect(c.robustness).toEqual([1, 1]);
    expect(out.score).toBeGreaterThan(0);
  });

  it("runs several --intervene together as one package", () => {
    const r = stockflow([
      "marvel",
      chain,
      "--intervene",
      "a=1",
      "--intervene",
      "b=-1@2",
      "--indicator",
      "c:up",
      "--format",
      "json",
    ]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scenario).toBe("command_line");
    expect(out.interventions).toEqual(["intervene_a", "intervene_b"]);
  });

  it("prints a table ranking the declared packages and interventions", () => {
    const r = stockflow(["marvel", "examples/marvel/software-release.json", "--moments", "5,10"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1\. package all_controls/m);
    expect(r.stdout).toContain("software_usage");
  });

  it("fails with exit code 2 and a hint for an unknown factor", () => {
    const r = stockflow(["marvel", chain, "--intervene", "aa=1", "--indicator", "c:down"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown factor "aa"');
    expect(r.stderr).toContain('did you mean "a"');
  });
});

describe("stockflow marvel run window", () => {
  it("refuses an intervention that lies after the window, naming the window", () => {
    const r = stockflow([
      "marvel",
      chain,
      "--intervene",
      "a=1@30",
      "--start",
      "0",
      "--indicator",
      "c:down",
    ]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/outside the run window 0–10/);
    expect(r.stderr).not.toMatch(/ at .*\.ts:\d+/);
  });

  it("takes --stop instead of --horizon, and starts at the earliest intervention by default", () => {
    const r = stockflow([
      "marvel",
      chain,
      "--intervene",
      "a=1@2030",
      "--stop",
      "2040",
      "--indicator",
      "c:down",
      "--format",
      "json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.start).toBe(2030);
    expect(out.horizon).toBe(10);
  });
});
