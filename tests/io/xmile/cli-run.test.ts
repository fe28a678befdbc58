import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../helpers/cli.js";

const model = `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs>
  <model><variables>
    <stock name="Stock A"><eqn>10</eqn><inflow>growth</inflow></stock>
    <flow name="growth"><eqn>Stock_A * 0.5</eqn></flow>
  </variables></model>
</xmile>`;

describe("stockflow run accepts XMILE and STMX files", () => {
  const dir = mkdtempSync(join(tmpdir(), "stockflow-xmile-"));

  it.each(["model.xmile", "model.stmx"])("%s", (name) => {
    const file = join(dir, name);
    writeFileSync(file, model);
    const r = cli(["run", file, "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("2,22.5,11.25");
  });

  it("a bad XMILE file is a located diagnostic and exit code 1", () => {
    const file = join(dir, "bad.xmile");
    writeFileSync(file, model.replace("Stock_A * 0.5", "Stock_A *"));
    const r = cli(["run", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.xmile:6:");
    expect(r.stderr).toContain("unexpected end of equation");
  });
});
