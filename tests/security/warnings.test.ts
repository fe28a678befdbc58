/**
 * Item 3 of issue 20: the warnings of reading, compiling and running reach the user, each once,
 * saying how to silence it; where the result would be wrong, it is an error instead.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { ModelError } from "../../src/diagnostics/errors.js";
import { loadModel } from "../../src/io/load-model.js";
import { readXmileWithDiagnostics } from "../../src/io/xmile/read-xmile.js";
import type { Model } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";
import { cli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-warn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const tank = (outflows: string[], specs = { start: 0, stop: 4, dt: 1 }): Model => ({
  kind: "stock-flow",
  specs,
  variables: [
    { kind: "stock", id: "tank", initial: "100", inflows: [], outflows },
    { kind: "flow", id: "drain", equation: "10" },
  ],
});

async function warningsOf(path: string): Promise<Diagnostic[]> {
  const seen: Diagnostic[] = [];
  await loadModel(path, { onWarnings: (w) => seen.push(...w) });
  return seen;
}

describe("results that would be wrong are errors", () => {
  it("a duplicated outflow (it would drain twice as fast)", () => {
    expect(() => compileModel(tank(["drain", "drain"]))).toThrow(
      /stock tank names flow drain more than once; it would count twice/,
    );
    expect(
      runModel(tank(["drain"]))
        .series("tank")
        .at(-1),
    ).toBe(60);
  });

  it("a save period that is not a whole multiple of dt (1.5 with dt 1 saved at 0 and 2)", () => {
    expect(() => runModel(tank(["drain"]), { saveper: 1.5 })).toThrow(
      "run: saveper 1.5 is not a whole multiple of dt 1: saved times would fall between steps (make saveper a multiple of dt)",
    );
  });

  it("a second TIME STEP in a .mdl, and a second <dt> in XMILE", async () => {
    const mdl = write(
      "two.mdl",
      "x = 1 ~~|\nINITIAL TIME = 0 ~~|\nFINAL TIME = 2 ~~|\nTIME STEP = 1 ~~|\nTIME STEP = 0.5 ~~|\nSAVEPER = 1 ~~|\n",
    );
    const error = await loadModel(mdl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics).toMatchObject([
      { code: "duplicate-definition", message: "TIME STEP is defined more than once", line: 5 },
    ]);
    const xmile = readXmileWithDiagnostics(
      '<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"><sim_specs><start>0</start><stop>2</stop><dt>1</dt><dt>0.5</dt></sim_specs><model><variables><aux name="x"><eqn>1</eqn></aux></variables></model></xmile>',
    );
    expect(xmile.model).toBeUndefined();
    expect(xmile.diagnostics).toMatchObject([
      { code: "duplicate-element", message: "<dt> is given more than once", value: "0.5" },
    ]);
  });
});

describe("warnings reach the user", () => {
  const noStep = write(
    "nostep.mdl",
    "x = 1 ~~|\nINITIAL TIME = 0 ~~|\nFINAL TIME = 2 ~~|\nSAVEPER = 1 ~~|\n",
  );

  it("loadModel hands over a missing TIME STEP and skipped text cells of a data file", async () => {
    expect((await warningsOf(noStep)).map((d) => d.message)).toEqual([
      "the model has no TIME STEP; using 1",
    ]);
    write("data.csv", "time,0,1,2\nvalue,1,n/a,3\n");
    const data = write(
      "data.mdl",
      "d := GET DIRECT DATA('data.csv', ',', '1', 'B2') ~~|\nINITIAL TIME = 0 ~~|\nFINAL TIME = 2 ~~|\nTIME STEP = 1 ~~|\n",
    );
    expect(await warningsOf(data)).toMatchObject([
      {
        code: "data-cell",
        message: "cell C2 of 'data.csv' holds text, not a number; skipped",
        value: "C2",
      },
    ]);
  });

  it("a variable of a model named TIME STEP keeps its own value", () => {
    const reading = readXmileWithDiagnostics(
      '<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"><sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs><model><variables><aux name="TIME STEP"><eqn>7</eqn></aux><aux name="y"><eqn>TIME_STEP * 2</eqn></aux></variables></model></xmile>',
    );
    expect(runModel(reading.model!).series("y").at(-1)).toBe(14);
  });

  it("every command prints each warning once with how to silence it; check counts it", () => {
    const run = cli(["run", noStep, "--format", "csv"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `${noStep}:1:1: warning: the model has no TIME STEP; using 1 [silence with --silence missing-control]\n`,
    );
    const quiet = cli(["run", noStep, "--format", "csv", "--silence", "missing-control"]);
    expect(quiet.stderr).toBe("");
    const check = cli(["check", noStep]);
    expect(check.stdout).toContain("ok: 0 error(s), 1 warning(s)");
  });
});
