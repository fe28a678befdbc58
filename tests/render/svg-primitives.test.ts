import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/render/svg/escape-xml.js";
import { num, roundPath } from "../../src/render/svg/num.js";
import { Svg } from "../../src/render/svg/svg.js";
import { svgDocument } from "../../src/render/svg/svg-document.js";
import { textWidth, wrapLabel } from "../../src/render/svg/text-width.js";
import { expectValidSvg, svgProblems } from "./svg-check.js";

describe("svg primitives", () => {
  it("escapeXml escapes markup characters and drops control characters", () => {
    expect(escapeXml(`a<b & "c" 'd'>\u0001`)).toBe("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  });

  it("num rounds to two decimals and turns non-finite values into 0", () => {
    expect(num(1.23456)).toBe("1.23");
    expect(num(-0.001)).toBe("0");
    expect(num(Number.NaN)).toBe("0");
    expect(num(Number.POSITIVE_INFINITY)).toBe("0");
    expect(roundPath("M0.123456,1.98765L3,4")).toBe("M0.12,1.99L3,4");
  });

  it("textWidth estimates 0.6 em per character and wrapLabel breaks at spaces", () => {
    expect(textWidth("abcde", 10)).toBe(30);
    expect(wrapLabel("number of victims in shelter", 12)).toEqual([
      "number of",
      "victims in",
      "shelter",
    ]);
    expect(wrapLabel("", 12)).toEqual([""]);
  });

  it("svgDocument has xmlns, viewBox, title, desc and escapes its title", () => {
    const svg = svgDocument({
      width: 100,
      height: 50,
      title: "a<b",
      desc: "d&e",
      idPrefix: "t",
      body: [],
    });
    expect(svg.svg).toContain('<title id="t-title">a&lt;b</title>');
    expectValidSvg(svg.svg);
  });

  it("the checker rejects NaN attributes, missing title and named fonts", () => {
    const bad = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" font-family="Arial"><desc>x</desc><circle r="NaN"/></svg>`;
    expect(svgProblems(bad)).toContain("missing <title>");
    expect(svgProblems(bad)).toContain("font Arial");
    expect(svgProblems(bad)).toContain('circle@r="NaN"');
  });

  it("Svg displays itself in Jupyter (Deno) as image/svg+xml", () => {
    const svg = new Svg("<svg/>", 10, 20);
    const display = (svg as unknown as Record<symbol, () => Record<string, string>>)[
      Symbol.for("Jupyter.display")
    ]!();
    expect(display["image/svg+xml"]).toBe("<svg/>");
    expect(String(svg)).toBe("<svg/>");
  });
});
