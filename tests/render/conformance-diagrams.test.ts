/**
 * Acceptance (issue 9): every model of the conformance copy that reads gives a valid SVG for
 * both kinds of diagram. Models that do not read (unsupported features) are counted, not drawn.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/io/load-model.js";
import type { AnyModel } from "../../src/model/types.js";
import { modelCld, modelStockFlow } from "../../src/render/model-pictures.js";
import { svgProblems } from "./svg-check.js";

const ROOT = resolve("../shared/test-models/tests");

function modelFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modelFiles(path);
    return /\.(xmile|stmx|mdl)$/i.test(name) ? [path] : [];
  });
}

/** The model, or undefined when it does not read (the readers' own tests cover why). */
async function tryLoad(file: string): Promise<AnyModel | undefined> {
  try {
    return await loadModel(file);
  } catch {
    return undefined;
  }
}

describe.skipIf(!existsSync(ROOT))("diagrams of the conformance models", () => {
  it("every model that reads gives a valid causal-loop and stock-and-flow diagram", async () => {
    const files = modelFiles(ROOT).sort();
    const problems: string[] = [];
    let drawn = 0;
    for (const file of files) {
      const model = await tryLoad(file);
      if (model === undefined) continue;
      const name = relative(ROOT, file);
      for (const [kind, draw] of [
        ["cld", () => modelCld(model)],
        ["stock-flow", () => modelStockFlow(model)],
      ] as const) {
        try {
          const found = svgProblems(draw().svg);
          if (found.length > 0) problems.push(`${name} ${kind}: ${found.slice(0, 3).join("; ")}`);
        } catch (error) {
          problems.push(
            `${name} ${kind}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          );
        }
      }
      drawn++;
    }
    expect(problems).toEqual([]);
    expect(drawn).toBeGreaterThan(30);
  });
});
