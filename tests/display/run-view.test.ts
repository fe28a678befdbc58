import { describe, expect, it } from "vitest";
import { JUPYTER_DISPLAY } from "../../src/display/html-view.js";
import { runView } from "../../src/display/run-view.js";
import { runModel } from "../../src/simulate/simulate.js";
import { constant, flow, model, stock } from "../helpers/models.js";
import { escapedOnly, NASTY } from "./nasty.js";

const growth = model({ stop: 20, dt: 1 }, [
  stock("cash", "1000", ["interest"], [], { name: NASTY, units: "€" }),
  flow("interest", "cash * rate", { units: "€/year" }),
  constant("rate", 0.05),
]);
const run = runModel(growth);

describe("the notebook view of a run", () => {
  it("is a text/html and text/plain bundle whose HTML escapes names", () => {
    const bundle = runView(run)[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(escapedOnly(bundle["text/html"]!)).toBe(true);
  });

  it("shows the first and last rows with units, and a line chart of the stocks", () => {
    const html = runView(run, { lang: "nl" }).toHTML();
    expect(html).toContain("(€/year)");
    expect(html).toContain(
      '<td style="padding:2px 8px;border-bottom:1px solid #ddd;text-align:right;">…</td>',
    );
    // 1000 · 1.05^20 = 2653.3: the last row, in Dutch.
    expect(html).toContain("2.653");
    expect(html).toContain("<svg");
    const text = runView(run).toString().split("\n");
    expect(text).toHaveLength(1 + 3 + 1 + 3);
    expect(text.at(-1)).toMatch(/^20\s+2,653/);
  });

  it("makes the Run itself displayable in Deno's kernel", async () => {
    const bundle = await (run as unknown as Record<symbol, () => Promise<Record<string, string>>>)[
      JUPYTER_DISPLAY
    ]!();
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(bundle["text/html"]).toContain("<svg");
  });
});
