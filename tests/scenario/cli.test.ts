import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runModel } from "../../src/simulate/simulate.js";
import { cli } from "../helpers/cli.js";
import { constant, flow, model, stock } from "../helpers/models.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-g-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const growth = model({ start: 2018, stop: 2030, dt: 0.25 }, [
  constant("rate", 0.3),
  constant("capacity", 1000),
  flow("growth", "rate * population * (1 - population / capacity)"),
  stock("population", "10", ["growth"]),
]);
const modelFile = write("growth.json", JSON.stringify({ stockflow: 1, ...growth }));

describe("stockflow scenarios", () => {
  it("compares each scenario with the base at the chosen times", () => {
    const scenario = write(
      "slower.yaml",
      "measures:\n  - { variable: rate, change: { multiply: 0.5 }, from: 2020 }\n",
    );
    const { status, stdout } = cli([
      "scenarios",
      modelFile,
      scenario,
      "--times",
      "2018,2030",
      "--format",
      "json",
    ]);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout).rows;
    expect(rows.map((r: { scenario: string; time: number }) => [r.scenario, r.time])).toEqual([
      ["base", 2018],
      ["slower", 2018],
      ["base", 2030],
      ["slower", 2030],
    ]);
    expect(rows[3].difference).toBeLessThan(0);
    expect(rows[3].value).toBeCloseTo(rows[3].base + rows[3].difference, 9);
  });

  it("gives a located error and writes nothing for an unknown variable, a bad distribution or a time outside the run", () => {
    const output = join(dir, "never.csv");
    const cases = [
      ["unknown.yaml", "set:\n  capacty: 5\n", ":2:3: set.capacty: unknown constant"],
      [
        "dist.yaml",
        "distributions:\n  rate: uniform(1)\n",
        ":2:9: distributions.rate: uniform takes 2",
      ],
      [
        "late.yaml",
        "measures:\n  - variable: rate\n    change: { add: 1 }\n    from: 2040\n",
        ":4:11: measures[0].from: from 2040 is outside the run 2018..2030",
      ],
    ] as const;
    for (const [name, text, message] of cases) {
      const { status, stderr } = cli(["scenarios", modelFile, write(name, text), "-o", output]);
      expect(status).toBe(1);
      expect(stderr).toContain(`${join(dir, name)}${message}`);
      expect(existsSync(output)).toBe(false);
    }
  });
});

describe("stockflow sensitivity", () => {
  it("prints identical JSON with one worker and with two for the same seed", () => {
    const args = [
      "sensitivity",
      modelFile,
      "--param",
      "rate=uniform(0.1,0.5)",
      "--param",
      "capacity=triangular(500,1000,2000)",
      "--runs",
      "40",
      "--seed",
      "42",
      "--variables",
      "population",
      "--format",
      "json",
    ];
    const one = cli([...args, "--workers", "1"]);
    const two = cli([...args, "--workers", "2"]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toBe(""); // no progress bar when stderr is not a terminal
    const json = JSON.parse(one.stdout);
    expect(Object.keys(json)).toEqual(["time", "variables", "runs", "seed"]);
    expect(json.runs).toBe(40);
    expect(json.seed).toBe(42);
    expect(Object.keys(json.variables.population)).toEqual([
      "mean",
      "p05",
      "p25",
      "p50",
      "p75",
      "p95",
    ]);
    expect(json.variables.population.p50).toHaveLength(json.time.length);
  });

  it("refuses a bad distribution as bad usage", () => {
    const { status, stderr } = cli(["sensitivity", modelFile, "--param", "rate=uniform(2,1)"]);
    expect(status).toBe(2);
    expect(stderr).toContain("uniform needs LO < HI, got 2, 1");
  });
});

describe("stockflow calibrate", () => {
  it("recovers a known parameter value from noise-free data within 1 % and writes it as a scenario", () => {
    const truth = runModel(growth, { params: { rate: 0.42 } });
    const lines = ["time,population"];
    for (let t = 2018; t <= 2030; t++) lines.push(`${t},${truth.at("population", t)}`);
    const data = write("observed.csv", `${lines.join("\n")}\n`);
    const scenario = join(dir, "calibrated.yaml");
    const { status, stdout } = cli([
      "calibrate",
      modelFile,
      "--data",
      data,
      "--fit",
      "rate=0.05..1",
      "--format",
      "json",
      "--write-scenario",
      scenario,
    ]);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(Math.abs(json.parameters.rate / 0.42 - 1)).toBeLessThan(0.01);
    expect(Object.keys(json.fit.population)).toEqual([
      "mape",
      "r2",
      "theil_um",
      "theil_us",
      "theil_uc",
    ]);
    expect(json.fit.population.mape).toBeLessThan(0.001);
    expect(readFileSync(scenario, "utf8")).toMatch(/^kind: scenario\nname: calibrated\n/);
  });

  it("locates a bad data cell and writes no scenario", () => {
    const data = write("bad.csv", "time,population\n2018,10\n2019,abc\n");
    const scenario = join(dir, "not-written.yaml");
    const { status, stderr } = cli([
      "calibrate",
      modelFile,
      "--data",
      data,
      "--fit",
      "rate=0.05..1",
      "--write-scenario",
      scenario,
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${data}:3:6: population is not a number`);
    expect(existsSync(scenario)).toBe(false);
  });
});
