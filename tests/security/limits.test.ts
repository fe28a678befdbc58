/**
 * Item 2 of issue 20: nothing in a model file makes stockflow allocate or loop without bound.
 * Each limit is a clear error before the large allocation, and can be raised.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { LimitError, ModelError, UsageError } from "../../src/diagnostics/errors.js";
import { LIMIT_DEFAULTS, setLimits } from "../../src/diagnostics/limits.js";
import { loadModel } from "../../src/io/load-model.js";
import { readXmile } from "../../src/io/xmile/read-xmile.js";
import type { Model } from "../../src/model/types.js";
import { modelStockFlow } from "../../src/render/model-pictures.js";
import { svgToPng } from "../../src/render/svg/svg-to-png.js";
import { runSensitivity } from "../../src/sensitivity/run-sensitivity.js";
import { runModel } from "../../src/simulate/simulate.js";

const dir = mkdtempSync(join(tmpdir(), "stockflow-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  setLimits(LIMIT_DEFAULTS);
});

const CONTROL = "INITIAL TIME = 0 ~~|\nFINAL TIME = 1 ~~|\nTIME STEP = 1 ~~|\nSAVEPER = 1 ~~|\n";
function mdl(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${body}\n${CONTROL}`);
  return path;
}

const decay: Model = {
  kind: "stock-flow",
  specs: { start: 0, stop: 10, dt: 1 },
  variables: [
    { kind: "stock", id: "s", initial: "100", inflows: [], outflows: ["out"] },
    { kind: "flow", id: "out", equation: "s / 10" },
  ],
};

describe("steps and saved values of a run", () => {
  it("refuses dt = 1e-12 (1e13 steps) before allocating, naming the option", () => {
    expect(() => runModel(decay, { dt: 1e-12, saveper: 1 })).toThrow(
      new LimitError(
        "the number of time steps",
        10_000_000_000_000,
        10_000_000,
        "--limit steps=N, or the limits option / setLimits({ steps })",
        "run",
      ),
    );
  });

  it("refuses stop = 99999999 with dt = 1 (the saved table), and runs once it is raised", () => {
    const long = { ...decay, specs: { start: 0, stop: 99_999_999, dt: 1 } };
    expect(() => runModel(long, { limits: { steps: 1e9 } })).toThrow(
      /run: the number of saved values \(rows × columns\) would be 300000000, more than the limit of 50000000/,
    );
    const run = runModel(
      { ...decay, specs: { start: 0, stop: 20, dt: 1 } },
      { limits: { steps: 20 } },
    );
    expect(run.time.length).toBe(21);
    expect(() =>
      runModel({ ...decay, specs: { start: 0, stop: 21, dt: 1 } }, { limits: { steps: 20 } }),
    ).toThrow(LimitError);
    setLimits({ steps: 5 });
    expect(() => runModel(decay)).toThrow(
      /more than the limit of 5 \(raise it with --limit steps=N/,
    );
  });
});

describe("array elements after expansion", () => {
  it("reads D: (1-200000) without overflowing the stack", async () => {
    const model = (await loadModel(mdl("wide.mdl", "D: (1-200000) ~~|\nx[D] = 1 ~~|"))) as Model;
    expect(model.dimensions?.[0]?.elements.length).toBe(200_000);
  });

  it("refuses a sequence past the limit as a located diagnostic", async () => {
    const error = await loadModel(mdl("huge.mdl", "D: (1-2000000) ~~|\nx[D] = 1 ~~|")).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics[0]).toMatchObject({
      line: 1,
      message:
        "the sequence (1-2000000): the number of array elements would be 2000000, more than the limit of 1000000 (raise it with --limit arrayElements=N)",
    });
  });

  it("refuses three nested ranges of 1,000 (a billion elements) before making them", async () => {
    const path = mdl(
      "cube.mdl",
      "A: (a1-a1000) ~~|\nB: (b1-b1000) ~~|\nC: (c1-c1000) ~~|\nx[A,B,C] = 1 ~~|",
    );
    await expect(loadModel(path)).rejects.toThrow(
      /variable x: the number of array elements would be 1000000000, more than the limit of 1000000/,
    );
  });
});

describe("cells scanned in a data file", () => {
  it("reads GET DIRECT SUBSCRIPT up to 'ZZZ99999999' only as far as the file goes", async () => {
    writeFileSync(join(dir, "names.csv"), "north\nsouth\n");
    const path = mdl(
      "cells.mdl",
      "R: GET DIRECT SUBSCRIPT('names.csv', ',', 'A1', 'ZZZ99999999', '') ~~|\nx[R] = 1 ~~|",
    );
    const model = (await loadModel(path)) as Model;
    expect(model.dimensions?.[0]?.elements).toEqual(["north", "south"]);
  });

  it("refuses a range of more cells than the limit", async () => {
    writeFileSync(join(dir, "grid.csv"), Array.from({ length: 40 }, () => "a,b,c").join("\n"));
    setLimits({ cells: 100 });
    const path = mdl(
      "grid.mdl",
      "R: GET DIRECT SUBSCRIPT('grid.csv', ',', 'A1', 'C40', '') ~~|\nx[R] = 1 ~~|",
    );
    const error = await loadModel(path).catch((e) => e);
    expect((error as ModelError).diagnostics[0]?.message).toMatch(
      /the number of cells scanned would be 120, more than the limit of 100/,
    );
  });
});

describe("picture pixels", () => {
  const viewAt = (c: string) =>
    readXmile(
      `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"><sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs><model><variables><stock name="s"><eqn>1</eqn></stock><aux name="a"><eqn>1</eqn></aux></variables><views><view><stock name="s" x="0" y="0"/><aux name="a" x="${c}" y="${c}"/></view></views></model></xmile>`,
    );

  it("refuses a view coordinate of 20,000 or 1e300 before drawing", () => {
    expect(() => modelStockFlow(viewAt("20000"))).toThrow(
      /diagram of 20\d{3} × 20\d{3} units: the number of pixels would be 40\d{7}, more than the limit/,
    );
    expect(() => modelStockFlow(viewAt("1e300"))).toThrow(/the number of pixels would be Infinity/);
    expect(modelStockFlow(viewAt("400")).svg).toMatch(/^<svg/);
  });

  it("refuses a PNG of more pixels than the limit before rendering", async () => {
    setLimits({ pixels: 10_000 });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"></svg>';
    await expect(svgToPng(svg)).rejects.toThrow(
      /a PNG of 200 × 200 pixels: the number of pixels would be 40000/,
    );
  });
});

describe("workers", () => {
  it("refuses more workers than cores unless forced", async () => {
    await expect(
      runSensitivity(decay, [{ name: "s", distribution: { kind: "uniform", lo: 0, hi: 1 } }], {
        workers: 1000,
      }),
    ).rejects.toThrow(
      /sensitivity: workers is 1000, more than the \d+ core\(s\) of this machine \(force it with --force-workers/,
    );
  });
});

describe("setLimits", () => {
  it("takes only known limits and positive numbers", () => {
    expect(() => setLimits({ bogus: 1 } as never)).toThrow(UsageError);
    expect(() => setLimits({ steps: -1 })).toThrow(
      "setLimits: steps takes a positive number, got -1",
    );
  });
});
