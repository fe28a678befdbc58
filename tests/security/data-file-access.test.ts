/**
 * Item 1 of issue 20: a model file reads data files only inside its own folder (after following
 * links) or a folder the user allowed; special files are refused; a refusal never quotes the
 * file. Every file the reader opens is recorded, so the tests can say nothing outside was read.
 */
import type * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ModelError } from "../../src/diagnostics/errors.js";
import { loadModel } from "../../src/io/load-model.js";
import type { Model } from "../../src/model/types.js";
import { cli } from "../helpers/cli.js";

const opened: string[] = [];
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const openSync = (path: fs.PathLike, ...rest: unknown[]) => {
    opened.push(String(path));
    return (real.openSync as (...a: unknown[]) => number)(path, ...rest);
  };
  return { ...real, default: { ...real, openSync }, openSync };
});

const root = mkdtempSync(join(tmpdir(), "stockflow-confine-"));
const folder = join(root, "model");
const outside = join(root, "outside");
mkdirSync(folder);
mkdirSync(outside);
const SECRET = "s3cr3t-marker-42";
writeFileSync(join(outside, "secret.csv"), `${SECRET}\n1,2\n`);
writeFileSync(join(folder, "ok.csv"), "time,value\n0,1\n10,11\n");
symlinkSync(join(outside, "secret.csv"), join(folder, "link.csv"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  opened.length = 0;
});

const CONTROL = "INITIAL TIME = 0 ~~|\nFINAL TIME = 1 ~~|\nTIME STEP = 1 ~~|\nSAVEPER = 1 ~~|\n";

function mdl(name: string, body: string, settings = ""): string {
  const path = join(folder, name);
  writeFileSync(path, `${body}\n${CONTROL}${settings}`);
  return path;
}

async function refusal(path: string, options = {}): Promise<string> {
  const error = (await loadModel(path, options).then(
    () => expect.fail("the model was read"),
    (e: unknown) => e,
  )) as ModelError;
  const messages = error.diagnostics.map((d) => `${d.message} ${d.value ?? ""}`).join("\n");
  expect(messages).not.toContain(SECRET);
  expect(messages).not.toContain("root:");
  return messages;
}

/** No file outside the model's folder was opened. */
function nothingOutsideRead(): void {
  expect(opened.filter((p) => !p.startsWith(folder))).toEqual([]);
}

describe("data files a model names", () => {
  it("refuses GET DIRECT SUBSCRIPT of /etc/passwd", async () => {
    const path = mdl(
      "passwd.mdl",
      "users: GET DIRECT SUBSCRIPT('/etc/passwd', ':', 'A1', 'A60', '') ~~|\nX[users] = 1 ~~|",
    );
    expect(await refusal(path)).toMatch(
      /cannot read data file '\/etc\/passwd': refused: the file is outside the model's folder/,
    );
    nothingOutsideRead();
  });

  it("refuses GET XLS CONSTANTS of /etc/passwd without quoting a line of it", async () => {
    const path = mdl("xls.mdl", "x = GET XLS CONSTANTS('/etc/passwd','Sheet1','A1') ~~|");
    expect(await refusal(path)).toMatch(/outside the model's folder/);
    nothingOutsideRead();
  });

  it("refuses a relative path out of the folder, a link out of it and a ?ref settings line", async () => {
    const up = mdl("up.mdl", "x = GET DIRECT CONSTANTS('../outside/secret.csv', ',', 'B2') ~~|");
    expect(await refusal(up)).toMatch(/outside the model's folder/);
    const link = mdl("link.mdl", "x = GET DIRECT CONSTANTS('link.csv', ',', 'B2') ~~|");
    expect(await refusal(link)).toMatch(/outside the model's folder/);
    const ref = mdl(
      "ref.mdl",
      "x = GET DIRECT CONSTANTS('?ref', ',', 'B2') ~~|",
      `\\\\\\---/// Sketch information\nV300\n*View 1\n///---\\\\\\\n:L<%^E!@\n30:?ref=${join(outside, "secret.csv")}\n`,
    );
    expect(await refusal(ref)).toMatch(/outside the model's folder/);
    nothingOutsideRead();
  });

  it("refuses /proc, devices and folders, even when their folder is allowed", async () => {
    const environ = mdl(
      "proc.mdl",
      "x = GET DIRECT CONSTANTS('/proc/self/environ', ',', 'A1') ~~|",
    );
    expect(await refusal(environ, { allowRead: ["/"] })).toMatch(/special files/);
    const zero = mdl("dev.mdl", "x = GET DIRECT CONSTANTS('/dev/zero', ',', 'A1') ~~|");
    expect(await refusal(zero, { allowRead: ["/"] })).toMatch(/special files/);
    const dir = mdl("dir.mdl", "x = GET DIRECT CONSTANTS('.', ',', 'A1') ~~|");
    expect(await refusal(dir)).toMatch(/not a regular file/);
  });

  it("reads a file in the model's folder, and one outside when its folder is allowed", async () => {
    const inside = mdl("in.mdl", "x = GET DIRECT CONSTANTS('ok.csv', ',', 'B2') ~~|");
    expect((await loadModel(inside)) as Model).toMatchObject({ kind: "stock-flow" });
    expect(opened).toEqual([join(folder, "ok.csv")]);
    const up = mdl(
      "allowed.mdl",
      "x = GET DIRECT CONSTANTS('../outside/secret.csv', ',', 'B2') ~~|",
    );
    const model = (await loadModel(up, { allowRead: [outside] })) as Model;
    expect(model.variables.find((v) => v.id === "x")).toMatchObject({ value: 2 });
  });

  it("takes a readDataFile of the caller's own in place of the confined reader", async () => {
    const path = mdl("own.mdl", "x = GET DIRECT CONSTANTS('virtual.csv', ',', 'B1') ~~|");
    const asked: string[] = [];
    const model = (await loadModel(path, {
      readDataFile: (name) => {
        asked.push(name);
        return new TextEncoder().encode("a,5\n");
      },
    })) as Model;
    expect(asked).toEqual(["virtual.csv"]);
    expect(model.variables.find((v) => v.id === "x")).toMatchObject({ value: 5 });
  });
});

describe("stockflow --allow-read", () => {
  it("refuses the file by default and reads it with --allow-read DIR", () => {
    const path = mdl("cli.mdl", "x = GET DIRECT CONSTANTS('../outside/secret.csv', ',', 'B2') ~~|");
    const refused = cli(["run", path, "--format", "csv"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /outside the model's folder \(allow its folder with --allow-read DIR/,
    );
    expect(refused.stderr).not.toContain(SECRET);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const allowed = cli(["run", path, "--allow-read", outside, "--format", "csv"]);
    expect(allowed.stderr).toBe("");
    expect(allowed.stdout.trim().split("\n")[1]).toBe("0,2");
  });
});
