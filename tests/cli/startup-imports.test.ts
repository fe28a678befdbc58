/**
 * Issue 18: `stockflow --help` and `--version` load the command table and nothing heavy. The
 * static imports of the CLI's entry (what Node loads before it can print the help) must not
 * reach the model compiler's parser (mathjs), the schemas (zod), graphs (graphology) or the
 * workbook writer (xlsx): each command loads those with `import()` when it runs.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the CLI's start-up", () => {
  it("loads no heavy package before a command runs", async () => {
    const result = await build({
      entryPoints: [`${root}src/cli/main.ts`],
      bundle: true,
      write: false,
      splitting: true,
      format: "esm",
      platform: "node",
      outdir: "/tmp/stockflow-startup-imports",
      packages: "external",
      metafile: true,
      logLevel: "silent",
    });
    const inputs = result.metafile.inputs;
    const loaded = new Set<string>();
    const queue = ["src/cli/main.ts"];
    while (queue.length > 0) {
      const file = queue.pop()!;
      for (const i of inputs[file]?.imports ?? []) {
        if (i.kind !== "import-statement" || loaded.has(i.path)) continue;
        loaded.add(i.path);
        if (!i.external) queue.push(i.path);
      }
    }
    const heavy = [...loaded].filter((p) =>
      /^(mathjs|zod|yaml|graphology|@e965\/xlsx|elkjs|d3-|@resvg|piscina|fast-xml-parser)/.test(p),
    );
    expect(heavy).toEqual([]);
    expect([...loaded].filter((p) => p.startsWith("src/")).length).toBeLessThan(40);
  });
});
