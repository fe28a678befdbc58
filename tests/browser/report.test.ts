/**
 * The report in a real browser: headless Chromium (Debian's `chromium`) driven by
 * playwright-core opens a generated report from a file:// URL; there must be no console errors
 * and every SVG must have a non-empty bounding box. A screenshot is saved as a test artefact.
 *
 * Skipped locally when /usr/bin/chromium is absent; required when CI=true (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loopDominance } from "../../src/analysis/dominance/loop-dominance.js";
import { loadModel } from "../../src/io/load-model.js";
import { modelReportInput } from "../../src/render/report/model-report.js";
import { renderReport } from "../../src/render/report/render-report.js";
import { runModel } from "../../src/simulate/simulate.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../helpers/chromium.js";
import { fixtureReport } from "../render/report-fixture.js";

const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";

/** The report of the logistic-growth example: a run, a scenario and loop dominance. */
async function logisticReport(): Promise<string> {
  const model = await loadModel(resolve("examples/models/logistic-growth.json"));
  if (model.kind !== "stock-flow") throw new Error("the example is a stock-and-flow model");
  const base = runModel(model);
  const dominance = loopDominance(model);
  return renderReport(
    modelReportInput(model, {
      lang: "nl",
      runs: [
        { name: "base", run: base },
        { name: "capacity 1500", run: runModel(model, { params: { carrying_capacity: 1500 } }) },
      ],
      dominance: {
        time: dominance.time,
        loops: dominance.loops.map((l) => ({
          id: l.id,
          polarity: l.polarity,
          relative_score: l.relative,
        })),
      },
    }),
  );
}

/** The bounding boxes of every SVG on the page. */
function svgBoxes(page: Page): Promise<{ width: number; height: number }[]> {
  return page.$$eval("svg", (svgs) =>
    svgs.map((s) => {
      const r = s.getBoundingClientRect();
      return { width: r.width, height: r.height };
    }),
  );
}

if (!available && !required) {
  console.warn(`browser test skipped: ${CHROMIUM} not found (install Debian's chromium package)`);
}

describe.skipIf(!available && !required)("report in headless Chromium", () => {
  it("opens without console errors and every SVG has a non-empty bounding box", async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required when CI=true`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "stockflow-report-"));
    const profile = join(dir, "profile");
    const file = join(dir, "report.html");
    writeFileSync(file, fixtureReport());
    const modelFile = join(dir, "logistic.html");
    writeFileSync(modelFile, await logisticReport());
    // a fresh profile directory per run: nothing from earlier runs can leak in
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 1100, height: 900 },
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const boxes = await svgBoxes(page);
      expect(boxes).toHaveLength(2);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThan(100);
        expect(box.height).toBeGreaterThan(100);
      }
      expect(await page.title()).toBe("Trafficking <sketch> & test");
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      const artefacts = resolve("test-artifacts");
      mkdirSync(artefacts, { recursive: true });
      await page.screenshot({ path: join(artefacts, "report.png"), fullPage: true });
      // the report of a real model: both diagrams, the stocks, loop dominance and a comparison
      await page.goto(pathToFileURL(modelFile).href, { waitUntil: "load" });
      const modelBoxes = await svgBoxes(page);
      expect(modelBoxes).toHaveLength(4);
      for (const box of modelBoxes) expect(box.width * box.height).toBeGreaterThan(10_000);
      await page.screenshot({ path: join(artefacts, "report-logistic.png"), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
