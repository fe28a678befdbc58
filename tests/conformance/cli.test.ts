import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

/** A tiny suite: one case whose stock grows by 1 a step, in a right and a wrong XMILE file. */
function tinySuite(): string {
  const root = mkdtempSync(join(tmpdir(), "stockflow-conformance-"));
  const dir = join(root, "tests", "growth");
  mkdirSync(dir, { recursive: true });
  const model = (
    inflow: string,
  ) => `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs><start>0</start><stop>3</stop><dt>1</dt></sim_specs>
  <model><variables>
    <stock name="Stock A"><eqn>10</eqn><inflow>inflow</inflow></stock>
    <flow name="inflow"><eqn>${inflow}</eqn></flow>
  </variables></model>
</xmile>`;
  writeFileSync(join(dir, "right.xmile"), model("1"));
  writeFileSync(join(dir, "wrong.xmile"), model("2"));
  writeFileSync(join(dir, "conveyor.stmx"), model("CONVEYOR(x, 1)"));
  writeFileSync(join(dir, "growth.mdl"), "stock = INTEG(1, 10) ~~|");
  writeFileSync(
    join(dir, "output.csv"),
    "Time,Stock A,INITIAL TIME\n0,10,0\n1,11,0\n2,12,0\n3,13,0\n",
  );
  const bare = `${root}-bare`;
  mkdirSync(bare);
  writeFileSync(join(bare, "alone.xmile"), model("1"));
  writeFileSync(join(bare, "lost.xmile"), model("???"));
  writeFileSync(join(bare, "lost.csv"), "Time,Stock A\n0,10\n");
  return root;
}

describe("stockflow conformance DIR", () => {
  let root = "";
  beforeAll(() => {
    root = tinySuite();
  });

  it("--format json prints exactly one JSON object with a summary and every file", () => {
    const r = cli(["conformance", root, "--only", "xmile", "--format", "json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    const counts = {
      total: 3,
      pass: 1,
      fail: 1,
      error: 0,
      unsupported: 1,
      noReference: 0,
      withReference: 3,
      notIntact: 0,
      passRate: 33.33,
    };
    expect(report.summary).toEqual({ ...counts, byLayout: { sdxorg: { xmile: counts } } });
    expect(report.cases).toEqual([
      {
        case: "tests/growth",
        file: "conveyor.stmx",
        format: "xmile",
        layout: "sdxorg",
        status: "unsupported",
        detail: "unsupported: CONVEYOR",
      },
      {
        case: "tests/growth",
        file: "right.xmile",
        format: "xmile",
        layout: "sdxorg",
        status: "pass",
        detail: "",
      },
      {
        case: "tests/growth",
        file: "wrong.xmile",
        format: "xmile",
        layout: "sdxorg",
        status: "fail",
        detail: "Stock A at time 1: expected 11, got 12",
      },
    ]);
    expect(r.stderr).toContain("conformance: 3 file(s) run");
  });

  it("the table lists each file and ends with the pass rate; --case picks one file", () => {
    const r = cli(["conformance", root, "--case", "right.xmile"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pass\s+tests\/growth\s+right\.xmile$/m);
    expect(r.stdout).toContain("1/1 intact files with a reference passed (100.0%)");
  });

  it("a file without reference runs as no-reference; one with ??? is named not intact", () => {
    const r = cli(["conformance", `${root}-bare`, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.cases.map((c: { status: string }) => c.status)).toEqual([
      "no-reference",
      "error",
    ]);
    expect(report.cases[1].layout).toBe("named-csv");
    expect(report.cases[1].defect).toMatch(/^not intact: line \d+ holds an untranslated equation/);
    expect(report.summary).toMatchObject({ withReference: 1, notIntact: 1, noReference: 1 });
  });

  it("--only mdl reports Vensim files", () => {
    const r = cli(["conformance", root, "--only", "mdl", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.cases.map((c: { file: string }) => c.file)).toEqual(["growth.mdl"]);
  });

  it("a folder that does not exist is a usage error", () => {
    const r = cli(["conformance", join(root, "nope")]);
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("no such folder")]);
  });

  it("an unknown option value is a usage error", () => {
    expect(cli(["conformance", root, "--only", "json"]).status).toBe(2);
  });

  it("a case that matches nothing is a usage error", () => {
    const r = cli(["conformance", root, "--case", "nothing"]);
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("no case matches")]);
  });
});
