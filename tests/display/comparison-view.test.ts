import { describe, expect, it } from "vitest";
import { comparisonView } from "../../src/display/comparison-view.js";
import { JUPYTER_DISPLAY } from "../../src/display/html-view.js";
import { escapedOnly, NASTY } from "./nasty.js";

const bands = (scale: number) => ({
  p05: [0.8 * scale, 8 * scale],
  p25: [0.9 * scale, 9 * scale],
  p50: [1 * scale, 10 * scale],
  p75: [1.1 * scale, 11 * scale],
  p95: [1.2 * scale, 12 * scale],
});
const input = {
  variable: "victims",
  time: [2020, 2030],
  scenarios: [
    { name: "base", bands: bands(1000) },
    { name: NASTY, bands: bands(900) },
  ],
};

describe("the notebook view of a scenario comparison", () => {
  it("is a text/html and text/plain bundle whose HTML escapes names", () => {
    const bundle = comparisonView(input)[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(escapedOnly(bundle["text/html"]!)).toBe(true);
  });

  it("gives the median, the 5–95 % range and the change against the base, in Dutch", () => {
    const rows = comparisonView(input, { lang: "nl", times: [2030] })
      .toString()
      .split("\n");
    expect(rows[2]).toMatch(/^base\s+2030\s+10\.000\s+8\.000 – 12\.000\s*$/);
    expect(rows[3]).toMatch(/9\.000\s+7\.200 – 10\.800\s+−10,0 %$/);
  });

  it("draws one band chart per scenario", () => {
    const html = comparisonView(input).toHTML();
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain("5–95 %");
  });
});
