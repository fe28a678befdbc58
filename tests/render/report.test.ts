import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { prefixIds } from "../../src/render/report/prefix-ids.js";
import { renderReport } from "../../src/render/report/render-report.js";
import { fixtureReport } from "./report-fixture.js";
import { expectValidSvg } from "./svg-check.js";

describe("renderReport", () => {
  const html = fixtureReport();

  it("is one self-contained file: no scripts, no external resources", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|<img|<iframe/i);
    const urls = [...html.matchAll(/https?:\/\/[^\s"')]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(["http://www.w3.org/2000/svg"])); // a namespace, never fetched
  });

  it("has the sections in order: summary, diagrams, loops, charts, scenarios", () => {
    const order = ["summary", "diagrams", "loops", "charts", "scenarios"].map((id) =>
      html.indexOf(`<section id="${id}">`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("inlines valid SVGs whose ids are unique in the page", () => {
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expectValidSvg(svg);
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("escapes the title and formats numbers for the language", () => {
    expect(html).toContain("<title>Trafficking &lt;sketch&gt; &amp; test</title>");
    expect(html).toContain("<dd>1,235</dd>");
    expect(fixtureReport("nl")).toContain("<dd>1.235</dd>");
    expect(fixtureReport("nl")).toContain(">Terugkoppellussen</h2>");
    expect(html).toContain('<td class="loop-B">B1</td><td>balancing loop</td>');
  });

  it("can show a large map as wide as the window, linked to its file at full size", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    const page = renderReport({
      title: "map",
      lang: "nl",
      diagrams: [{ title: "Kaart", svg, href: "kaart & co.svg", wide: true }],
    });
    expect(page).toContain('<figure class="wide">');
    expect(page).toContain('Kaart (<a href="kaart &amp; co.svg">open op volle grootte</a>)');
    expect(page).toMatch(/figure\.wide \{ width: calc\(100vw/);
    // without them, a figure is as before
    expect(fixtureReport()).not.toContain('class="wide"');
  });

  it("links a loop's name to its own picture when it has one", () => {
    const loop = { id: "R1", polarity: "R", variables: ["a", "b"], name: "Groei & bloei" };
    const page = renderReport({ title: "x", loops: [{ ...loop, href: "lus-r1.svg" }, loop] });
    expect(page).toContain('<td><a href="lus-r1.svg">Groei &amp; bloei</a></td>');
    expect(page).toContain("<td>Groei &amp; bloei</td>");
  });

  it("says so when a model has no loops", () => {
    expect(renderReport({ title: "x", loops: [] })).toContain("The model has no feedback loops.");
  });

  it("the body parses as XML apart from the doctype (every element closed)", () => {
    const body = html.slice(html.indexOf("<body>"), html.indexOf("</body>") + 7);
    expect(XMLValidator.validate(body)).toBe(true);
  });

  it("prefixIds renames ids and their references", () => {
    const svg = '<svg aria-labelledby="a b"><title id="a"/><desc id="b"/><use href="#a"/></svg>';
    expect(prefixIds(svg, "p")).toBe(
      '<svg aria-labelledby="p-a p-b"><title id="p-a"/><desc id="p-b"/><use href="#p-a"/></svg>',
    );
  });
});
