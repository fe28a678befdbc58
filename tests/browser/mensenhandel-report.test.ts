/**
 * The core group's report in a real browser: the trafficking analysis is run with small
 * sample sizes, written to a temporary folder, and opened from a file:// URL in headless
 * Chromium at 1024 and 1400 px wide. The page must not scroll sideways, its visible text must
 * hold no English words from a fixed list and no number in exponent notation. Screenshots are
 * kept as test artefacts in `test-artifacts/`.
 *
 * Skipped locally when /usr/bin/chromium is absent; required when CI=true (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runAnalysis, writeAnalysis } from "../../models/mensenhandel/analysis/run-analysis.js";
import { CHROMIUM_ARGS as ARGS, CHROMIUM } from "../helpers/chromium.js";

const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";

/** English words that must not appear in the visible text of the Dutch report. */
const ENGLISH = [
  "time",
  "years",
  "persons",
  "critical",
  "reactive",
  "active",
  "buffering",
  "min",
  "at",
];

describe.skipIf(!available && !required)(
  "the Dutch trafficking report in headless Chromium",
  () => {
    it("does not scroll sideways at 1024 and 1400 px and shows no English words or exponents", async () => {
      expect(existsSync(CHROMIUM), `${CHROMIUM} is required when CI=true`).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), "stockflow-mensenhandel-"));
      const artefacts = resolve("test-artifacts");
      mkdirSync(artefacts, { recursive: true });
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      try {
        const analysis = await runAnalysis({
          marvelSamples: 2,
          calibrationEvaluations: 10,
          holdoutEvaluations: 10,
          samples: 4,
          workers: 1,
        });
        await writeAnalysis(analysis, dir);
        for (const width of [1024, 1400]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          const errors: string[] = [];
          page.on("console", (m) => {
            if (m.type() === "error") errors.push(m.text());
          });
          await page.goto(pathToFileURL(join(dir, "rapport.html")).href);
          const overflow = await page.evaluate<number>(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
          );
          expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
          const text = await page.evaluate<string>(
            '[document.body.innerText, ...[...document.querySelectorAll("svg text")].map((t) => t.textContent)].join("\\n")',
          );
          for (const word of ENGLISH) {
            const found = new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, "iu").exec(text);
            const at =
              found === null ? "" : text.slice(Math.max(0, found.index - 60), found.index + 20);
            expect(found?.[0], `English word "${word}" at ${width} px: …${at}…`).toBeUndefined();
          }
          expect(
            /\d(?:[.,]\d+)?e[+-]?\d/i.exec(text)?.[0],
            "a number in exponent notation",
          ).toBeUndefined();
          expect(errors).toEqual([]);
          await page.screenshot({
            path: join(artefacts, `mensenhandel-rapport-${width}.png`),
            fullPage: false,
          });
          await page.close();
        }
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000);
  },
);
