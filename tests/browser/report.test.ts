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
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixtureReport } from "../render/report-fixture.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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
    // a fresh profile directory per run: nothing from earlier runs can leak in
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
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
      const boxes = await page.$$eval("svg", (svgs) =>
        svgs.map((s) => {
          const r = s.getBoundingClientRect();
          return { width: r.width, height: r.height };
        }),
      );
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
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
