import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

describe("stockflow sensitivity --shard and stockflow merge", () => {
  const study = [
    "sensitivity",
    "examples/models/teacup.json",
    "--param",
    "characteristic_time=uniform(5,15)",
    "--param",
    "room_temperature=normal(70,3)",
    "--runs",
    "31",
    "--seed",
    "7",
    "--tornado",
    "teacup_temperature",
  ];

  it("shards 1/3, 2/3 and 3/3 merged print the unsharded output byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-shard-"));
    const whole = cli([...study, "--format", "csv"]);
    expect(whole.status).toBe(0);
    const shards = [1, 2, 3].map((i) => {
      const file = join(dir, `shard-${i}.json`);
      const r = cli([...study, "--shard", `${i}/3`, "-o", file]);
      expect(r.status, r.stderr).toBe(0);
      return file;
    });
    // Each shard holds its own third of the runs (31 = 10 + 10 + 11).
    const sizes = shards.map((f) => JSON.parse(readFileSync(f, "utf8")).size);
    expect(sizes).toEqual([10, 10, 11]);
    const merged = cli(["merge", shards[2]!, shards[0]!, shards[1]!, "--format", "csv"]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    const wholeJson = cli([...study, "--format", "json"]);
    const mergedJson = cli(["merge", ...shards, "--format", "json"]);
    expect(mergedJson.stdout).toBe(wholeJson.stdout);
  }, 300_000);

  it("refuses a missing shard and shards of another study", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-shard-"));
    const write = (args: string[], name: string) => {
      const file = join(dir, name);
      expect(cli([...args, "-o", file]).status).toBe(0);
      return file;
    };
    const one = write([...study, "--shard", "1/2"], "a1.json");
    const other = write([...study.slice(0, -4), "--seed", "8", "--shard", "2/2"], "b2.json");
    const missing = cli(["merge", one]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/1 of 2 shards given/);
    const mixed = cli(["merge", one, other]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/another study/);
  }, 300_000);
});
