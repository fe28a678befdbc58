import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputFormat } from "../../src/cli/output-format.js";
import { UsageError } from "../../src/diagnostics/errors.js";
import { cli } from "../helpers/cli.js";

const RUN = ["table", "csv", "tsv", "json", "xlsx"] as const;

describe("-o FILE chooses the format from its extension", () => {
  it("reads .csv .tsv .json .xlsx (any case) and falls back on others", () => {
    expect(outputFormat(RUN, "table", undefined, "a.CSV")).toBe("csv");
    expect(outputFormat(RUN, "table", undefined, "dir/a.tsv")).toBe("tsv");
    expect(outputFormat(RUN, "table", undefined, "a.json")).toBe("json");
    expect(outputFormat(RUN, "table", undefined, "a.xlsx")).toBe("xlsx");
    expect(outputFormat(RUN, "table", undefined, "a.out")).toBe("table");
    expect(outputFormat(RUN, "table", undefined, undefined)).toBe("table");
  });

  it("lets --format win over the extension", () => {
    expect(outputFormat(RUN, "table", "json", "a.csv")).toBe("json");
  });

  it("refuses an extension naming a format the command cannot write", () => {
    expect(() => outputFormat(RUN, "table", undefined, "a.svg")).toThrow(UsageError);
    expect(() => outputFormat(["table", "json"] as const, "table", undefined, "a.html")).toThrow(
      /writes table, json, not html/,
    );
  });

  it("stockflow run -o x.csv writes CSV, -o x.xlsx a workbook, -o x.svg nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "stockflow-o-"));
    expect(cli(["run", "examples/models/teacup.json", "-o", join(dir, "t.csv")]).status).toBe(0);
    expect(readFileSync(join(dir, "t.csv"), "utf8")).toMatch(/^time,Teacup Temperature,/);
    expect(cli(["run", "examples/models/teacup.json", "-o", join(dir, "t.xlsx")]).status).toBe(0);
    // An xlsx file is a zip archive: it starts with "PK".
    expect(readFileSync(join(dir, "t.xlsx")).subarray(0, 2).toString()).toBe("PK");
    const svg = cli(["run", "examples/models/teacup.json", "-o", join(dir, "t.svg")]);
    expect(svg.status).toBe(2);
    expect(svg.stderr).toMatch(/not svg/);
  });

  it("stockflow --version prints the package version", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(cli(["--version"]).stdout.trim()).toBe(pkg.version);
  });
});
