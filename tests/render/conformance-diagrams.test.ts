/**
 * Acceptance (issues 9 and 16): every model of the conformance copy that reads gives a valid SVG
 * for both kinds of diagram, and a readable one: no link through a foreign box or across a label
 * not its own ends' and no overlapping labels in the causal-loop diagram, nor in an
 * automatically laid-out stock-and-flow diagram (a stored view is drawn as its author made it,
 * so it is only counted).
 * Models that do not read (unsupported features) are counted, not drawn. Each model is drawn
 * once per kind, and the geometry is read from that one drawing.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/io/load-model.js";
import type { AnyModel } from "../../src/model/types.js";
import { modelCld, modelStockFlow } from "../../src/render/model-pictures.js";
import { pictureMetrics } from "../helpers/picture-metrics.js";
import { svgProblems } from "./svg-check.js";

const ROOT = resolve("../shared/test-models/tests");

/**
 * Diagrams known to fall short, pinned so that any change shows. None since the causal-loop
 * layout spreads a crowded layout where pushing boxes off links goes round in circles (issue 16):
 * vector_select's structural diagram, a dense star of 150 factors, used to keep a few links
 * across foreign boxes.
 */
const KNOWN_UNREADABLE: string[] = [];

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
    const unreadable: string[] = [];
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
          const svg = draw().svg;
          const found = svgProblems(svg);
          if (found.length > 0) problems.push(`${name} ${kind}: ${found.slice(0, 3).join("; ")}`);
          const stored = kind === "stock-flow" && model.kind === "stock-flow" && model.view;
          const m = pictureMetrics(svg);
          if (!stored && m.edgeBox + m.edgeLabel + m.labelLabel + m.labelBox > 0) {
            unreadable.push(`${name} ${kind}`);
          }
        } catch (error) {
          problems.push(
            `${name} ${kind}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          );
        }
      }
      drawn++;
    }
    expect(problems).toEqual([]);
    expect(unreadable).toEqual(KNOWN_UNREADABLE);
    expect(drawn).toBeGreaterThan(30);
    // about 130 diagrams; on a busy shared machine this passes a minute
  }, 180_000);
});
