import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCausalMap } from "../../src/analysis/causal-map/write-causal-map.js";
import { randomCausalMap } from "../../src/analysis/random-causal-map.js";
import { cli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-analysis-"));
const abc = join(dir, "abc.csv");
writeFileSync(abc, "from,to,polarity,speed\na,b,+,low\nb,c,+,\nc,a,-,\nb,a,+,\n");

describe("stockflow loops", () => {
  it("prints exactly one JSON object with the loops, their count and truncation", () => {
    const { status, stdout } = cli(["loops", abc, "--format", "json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      loops: [
        { id: "R1", polarity: "R", length: 2, variables: ["a", "b"] },
        { id: "B1", polarity: "B", length: 3, variables: ["a", "b", "c"] },
      ],
      count: 2,
      truncated: false,
    });
  });

  it("filters loops through a factor named case-insensitively and limits their length", () => {
    const through = JSON.parse(cli(["loops", abc, "--through", "C", "--format", "json"]).stdout);
    expect(through.loops.map((l: { id: string }) => l.id)).toEqual(["B1"]);
    const short = JSON.parse(cli(["loops", abc, "--max-length", "2", "--format", "json"]).stdout);
    expect(short.count).toBe(1);
  });

  it("prints a table with a summary line", () => {
    const { stdout } = cli(["loops", abc]);
    expect(stdout).toMatch(/^B1 +B +3 +3 +a → b → c → a$/m);
    expect(stdout.trim().split("\n").at(-1)).toBe(
      "2 loop(s): 1 reinforcing, 1 balancing, 0 undetermined",
    );
  });

  it("rejects an unknown factor with a suggestion and exit code 2", () => {
    const { status, stderr, stdout } = cli(["loops", abc, "--through", "bb"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('no factor or variable "bb"');
  });

  it("finishes a 60-factor 180-link random map or reports truncation", () => {
    const file = join(dir, "random.json");
    writeFileSync(file, writeCausalMap(randomCausalMap(60, 180, 7)));
    const output = join(dir, "random-loops.json");
    const { status } = cli(["loops", file, "--format", "json", "-o", output]);
    expect(status).toBe(0);
    const result = JSON.parse(readFileSync(output, "utf8"));
    expect(result.truncated || result.count > 0).toBe(true);
    expect(result.count).toBe(result.loops.length);
  });
});

describe("stockflow paths", () => {
  it("lists paths with polarity and delay", () => {
    const { status, stdout } = cli(["paths", abc, "--from", "a", "--to", "C", "--format", "json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      from: "a",
      to: "c",
      paths: [{ variables: ["a", "b", "c"], length: 2, polarity: "+", delay: 3 }],
      count: 1,
      truncated: false,
    });
  });

  it("needs both --from and --to", () => {
    expect(cli(["paths", abc, "--from", "a"]).status).toBe(2);
  });
});

describe("stockflow analyze", () => {
  it("gives the summary, the structural table and the leverage candidates as JSON", () => {
    const { status, stdout } = cli(["analyze", abc, "--format", "json", "--top", "2"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.summary).toEqual({
      factors: 3,
      links: 4,
      loops: { total: 2, R: 1, B: 1, "?": 0 },
      truncated: false,
    });
    expect(result.table.find((r: { id: string }) => r.id === "b")).toMatchObject({
      inDegree: 1,
      outDegree: 2,
      activeSum: 2,
      passiveSum: 1,
      role: "active",
      loops: 2,
    });
    // a and b tie on loops (2), betweenness and product (2): more loops first, then by id.
    expect(result.leverage.map((c: { id: string }) => c.id)).toEqual(["a", "b"]);
  });

  it("analyses a stock-and-flow model through its equations, settling ? links over a run", () => {
    const { status, stdout } = cli(["analyze", "examples/models/teacup.json", "--settle"]);
    expect(status).toBe(0);
    expect(stdout).toContain("loops: 1 (0 reinforcing, 1 balancing, 0 undetermined)");
    expect(stdout).toContain("leverage candidates");
  });
});
