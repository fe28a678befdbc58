/**
 * Item 4 of issue 20: an output file is the old file or the whole new one, never half of one; a
 * write error is one plain line (no stack trace); `-o` never overwrites the input model.
 */
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "../../src/cli/write-file-atomic.js";
import { OutputError } from "../../src/diagnostics/errors.js";
import { cli } from "../helpers/cli.js";

/** When set, the n-th byte-writing call fails with ENOSPC after writing part of its bytes. */
let failAfterBytes: number | undefined;
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const writeSync = (fd: number, buffer: Uint8Array, offset = 0, length = buffer.length) => {
    if (failAfterBytes !== undefined) {
      const n = Math.min(length, failAfterBytes);
      real.writeSync(fd, buffer, offset, n);
      failAfterBytes = undefined;
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }
    return real.writeSync(fd, buffer, offset, length);
  };
  return { ...real, default: { ...real, writeSync }, writeSync };
});

const dir = mkdtempSync(join(tmpdir(), "stockflow-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  failAfterBytes = undefined;
});

describe("writeFileAtomic", () => {
  it("leaves an existing file whole when the disk fills mid-write, and no temporary file", () => {
    const target = join(dir, "out.csv");
    const old = "time,x\n".repeat(40_000);
    writeFileSync(target, old);
    failAfterBytes = 100_000;
    expect(() => writeFileAtomic(target, "time,y\n".repeat(50_000))).toThrow(
      new OutputError(`cannot write ${target}: no space left on the device`),
    );
    expect(readFileSync(target, "utf8")).toBe(old);
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("replaces the file whole when the write succeeds", () => {
    const target = join(dir, "whole.csv");
    writeFileSync(target, "old");
    writeFileAtomic(target, "new text");
    expect(readFileSync(target, "utf8")).toBe("new text");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("says plainly why a path cannot be written", () => {
    expect(() => writeFileAtomic("/nonexistent/x.csv", "a")).toThrow(
      "cannot write /nonexistent/x.csv: no such folder",
    );
    expect(() => writeFileAtomic(dir, "a")).toThrow(`cannot write ${dir}: it is a folder`);
    expect(() => writeFileAtomic("/dev/full", "a")).toThrow(
      "cannot write /dev/full: no space left on the device",
    );
    // A device is written in place, never replaced by a rename.
    writeFileAtomic("/dev/null", "a");
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("stockflow -o", () => {
  it("refuses to overwrite the input model, and reports a bad folder without a stack trace", () => {
    const model = join(dir, "teacup.json");
    const text = readFileSync("examples/models/teacup.json", "utf8");
    writeFileSync(model, text);
    const self = cli(["run", model, "-o", model]);
    expect(self.status).toBe(1);
    expect(self.stderr).toBe(`stockflow: cannot write ${model}: it is an input of this command\n`);
    expect(readFileSync(model, "utf8")).toBe(text);
    const nowhere = cli(["run", model, "-o", "/nonexistent/x.csv"]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toBe("stockflow: cannot write /nonexistent/x.csv: no such folder\n");
  });
});
