import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

describe("stockflow run", () => {
  it("prints the teacup as CSV ending at t = 30 with the Euler recurrence 70 + 110·(1 − 0.125/10)^240", () => {
    const { status, stdout } = cli(["run", "examples/models/teacup.json", "--format", "csv"]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "time,Teacup Temperature,Heat Loss to Room,Room Temperature,Characteristic Time",
    );
    const last = lines.at(-1)!.split(",").map(Number);
    expect(last[0]).toBe(30);
    expect(Math.abs(last[1]! - (70 + 110 * (1 - 0.125 / 10) ** 240))).toBeLessThan(1e-10);
  });

  it("takes --set by display name or id, case-insensitively, and --method/--dt/--stop", () => {
    const byName = cli([
      "run",
      "examples/models/teacup.json",
      "--set",
      "Room Temperature=20",
      "--format",
      "json",
    ]);
    const byId = cli([
      "run",
      "examples/models/teacup.json",
      "--set",
      "ROOM_TEMPERATURE=20",
      "--format",
      "json",
    ]);
    expect(byName.status).toBe(0);
    expect(byName.stdout).toBe(byId.stdout);
    const parsed = JSON.parse(byName.stdout);
    expect(
      parsed.variables.find((v: { id: string }) => v.id === "room_temperature").values[0],
    ).toBe(20);
    const rk4 = cli([
      "run",
      "examples/models/teacup.json",
      "--method",
      "rk4",
      "--dt",
      "0.5",
      "--stop",
      "10",
      "--format",
      "tsv",
    ]);
    const rows = rk4.stdout.trim().split("\n");
    expect(rows).toHaveLength(22);
    expect(Number(rows.at(-1)!.split("\t")[1])).toBeCloseTo(70 + 110 * Math.exp(-1), 5);
  });

  it("runs a causal map as the stock-and-flow model MARVEL compiles it into", () => {
    const { status, stdout } = cli([
      "run",
      "examples/marvel/software-release.json",
      "--stop",
      "2",
      "--format",
      "csv",
    ]);
    expect(status).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^time,/);
    expect(stdout.trim().split("\n").length).toBeGreaterThan(2);
  });

  it("writes the whole output to --output, and nothing when the run fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-run-"));
    const out = join(dir, "teacup.csv");
    expect(cli(["run", "examples/models/teacup.json", "--format", "csv", "-o", out]).status).toBe(
      0,
    );
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^time,/);
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        stockflow: 1,
        kind: "stock-flow",
        specs: { start: 0, stop: 5, dt: 1 },
        variables: [{ kind: "aux", id: "ratio", equation: "1 / (3 - time)" }],
      }),
    );
    const failed = cli(["run", bad, "-o", join(dir, "never.csv")]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("time 3: ratio is Infinity");
    expect(existsSync(join(dir, "never.csv"))).toBe(false);
  });

  it("exits 2 with a message for bad usage and 1 with located diagnostics for a bad model", () => {
    const usage = cli(["run", "examples/models/teacup.json", "--format", "xml"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format takes one of table, csv, tsv, json, xlsx, got "xml"');
    const unknownConstant = cli(["run", "examples/models/teacup.json", "--set", "room_temp=1"]);
    expect(unknownConstant.status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), "stockflow-run-"));
    const loop = join(dir, "loop.json");
    writeFileSync(
      loop,
      JSON.stringify({
        stockflow: 1,
        kind: "stock-flow",
        specs: { start: 0, stop: 5, dt: 1 },
        variables: [
          { kind: "aux", id: "a", equation: "b + 1" },
          { kind: "aux", id: "b", equation: "c * 2" },
          { kind: "aux", id: "c", equation: "a" },
        ],
      }),
    );
    const typo = join(dir, "typo.json");
    writeFileSync(
      typo,
      [
        "{",
        '  "stockflow": 1, "kind": "stock-flow", "specs": { "start": 0, "stop": 1, "dt": 1 },',
        '  "variables": [',
        '    { "kind": "aux", "id": "alpha", "equation": "1" },',
        '    { "kind": "aux", "id": "beta", "equation": "alpah + 2" }',
        "  ]",
        "}",
      ].join("\n"),
    );
    const located = cli(["run", typo]);
    expect(located.status).toBe(1);
    expect(located.stderr).toContain(
      `${typo}:5:49: variables[1].equation: beta: unknown name \`alpah\` (did you mean \`alpha\`?)`,
    );
    const failed = cli(["run", loop]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/algebraic loop: (a → b → c → a|b → c → a → b|c → a → b → c)/);
    expect(failed.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("stockflow run MODEL.mdl --data FILE…", () => {
  const model = "examples/vensim/care-from-run-data.mdl";

  it("reads the data variable from the file and runs", () => {
    const r = cli([
      "run",
      model,
      "--data",
      "examples/vensim/nrm-registered.csv",
      "--format",
      "csv",
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[2]).toMatch(/^2014,1256,/);
  });

  it("a data file that does not exist is a usage error and nothing is written", () => {
    const r = cli(["run", model, "--data", "examples/vensim/nope.csv"]);
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("no such data file");
  });

  it("a malformed data file is a located error", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-data-"));
    const bad = join(dir, "bad.dat");
    writeFileSync(bad, "1\t2\nregistered\n0\t1\n");
    const r = cli(["run", model, "--data", bad]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${bad}:1:1`);
    expect(r.stderr).toContain("a data line comes before any variable name");
  });
});
