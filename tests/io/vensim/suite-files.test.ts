/**
 * Every `.mdl` file of the SDXorg test-models copy beside the repository either reads into a
 * model or reports errors that are all located (line and column) and, where a feature is
 * missing, named (`unsupported: GET 123 DATA`), or, where a data file the model names is not in
 * the suite, the file named. Skipped when the copy is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readVensimWithDiagnostics } from "../../../src/io/vensim/index.js";

const suite = fileURLToPath(new URL("../../../../shared/test-models/tests", import.meta.url));

function mdlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? mdlFiles(join(dir, e.name))
      : /\.mdl$/i.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe("the suite's .mdl files", () => {
  if (!existsSync(suite)) {
    it.skip(`skipped: no test-models copy at ${suite}`, () => {});
    return;
  }
  const files = mdlFiles(suite).sort();
  const readings = files.map((file) => ({
    file: file.slice(suite.length + 1),
    reading: readVensimWithDiagnostics(readFileSync(file, "utf8"), {
      file,
      readDataFile: (name) => {
        const path = join(dirname(file), name);
        if (!existsSync(path)) throw new Error(`no such file: ${path}`);
        return readFileSync(path);
      },
    }),
  }));

  it("finds the files", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("reads most of them into models", () => {
    const read = readings.filter((r) => r.reading.model !== undefined).length;
    expect(read / files.length).toBeGreaterThan(0.8);
  });

  it.each(readings.map((r) => [r.file, r.reading] as const))(
    "%s reads or reports located problems",
    (_file, reading) => {
      if (reading.model !== undefined) {
        expect(reading.model.variables.length).toBeGreaterThan(0);
        return;
      }
      const errors = reading.diagnostics.filter((d) => d.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      for (const d of errors) {
        expect(d.line, d.message).toBeGreaterThanOrEqual(1);
        expect(d.column, d.message).toBeGreaterThanOrEqual(1);
        expect(d.message).toMatch(
          /^unsupported: [A-Z]|^unsupported: (subscripted lookups|data variables)|^cannot read data file '[^']+': no such file/,
        );
      }
    },
  );
});
