import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EQUATIONS_DOC, withBuiltinTables } from "../../scripts/gen-equations-doc.js";
import { BUILTINS } from "../../src/expr/builtins.js";

describe("docs/equations.md", () => {
  const doc = readFileSync(EQUATIONS_DOC, "utf8");

  it("holds the builtin tables as generated from the builtin table", () => {
    expect(withBuiltinTables(doc)).toBe(doc);
  });

  it("documents every builtin with its arguments", () => {
    for (const spec of Object.values(BUILTINS)) {
      const call = spec.maxArgs === 0 ? `| \`${spec.name}\` |` : `| \`${spec.name}(`;
      expect(doc).toContain(call);
    }
  });
});
