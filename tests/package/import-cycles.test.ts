/**
 * No import cycles (the project's structure rule): among the modules of `src/` and `models/`,
 * no module reaches itself through imports that run code. `import type` and `export type` lines
 * and imports of types only are erased by the compiler and do not count.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = normalize(join(dirname(fileURLToPath(import.meta.url)), "..", ".."));

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? modules(join(dir, e.name))
      : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")
        ? [join(dir, e.name)]
        : [],
  );
}

const STATEMENT =
  /^(?:import|export)\s+(type\s+)?(\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s+from\s+"(\.[^"]+)";/gms;

/** The relative modules `file` imports for their code. */
function codeImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const [, typeOnly, names, target] of text.matchAll(STATEMENT)) {
    if (typeOnly !== undefined) continue;
    if (names!.startsWith("{")) {
      const items = names!
        .slice(1, -1)
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");
      if (items.length > 0 && items.every((x) => x.startsWith("type "))) continue;
    }
    out.push(normalize(join(dirname(file), target!.replace(/\.js$/, ".ts"))));
  }
  return out;
}

/** The strongly connected groups of more than one module (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(relative(root, w));
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("imports", () => {
  it("reads a module's code imports and skips type-only ones", () => {
    const text = [
      'import type { A } from "./a.js";',
      'import { type B, type C } from "./b.js";',
      'import { d, type E } from "./d.js";',
      'export { f } from "./f.js";',
      'export type { G } from "./g.js";',
    ].join("\n");
    expect(codeImports("/x/m.ts", text)).toEqual(["/x/d.ts", "/x/f.ts"]);
  });

  it("form no cycles in src/ and models/", () => {
    const files = [...modules(join(root, "src")), ...modules(join(root, "models"))];
    const graph = new Map(files.map((f) => [f, codeImports(f, readFileSync(f, "utf8"))]));
    expect(cycles(graph)).toEqual([]);
  });
});
