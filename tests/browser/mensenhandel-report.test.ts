/**
 * The core group's report in a real browser: the trafficking analysis is run with small
 * sample sizes, in Dutch and in English, written to temporary folders, and opened from a
 * file:// URL in headless Chromium at 1024 and 1400 px wide. The page must not scroll
 * sideways, its visible text must hold no word of the other language from a fixed list and no
 * number in exponent notation, and the two reports must be the same document: the same
 * sections, tables and rows. Screenshots are kept as test artefacts in `test-artifacts/`.
 *
 * Skipped locally when /usr/bin/chromium is absent; required when CI=true (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runAnalysis, writeAnalysis } from "../../models/mensenhandel/analysis/run-analysis.js";
import type { Lang } from "../../src/render/strings.js";
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

/**
 * Dutch words that must not appear in the visible text of the English report. The list of
 * sources is left out: its titles are those of Dutch documents.
 */
const DUTCH = [
  "jaar",
  "slachtoffers",
  "maatregel",
  "maatregelen",
  "steekproeven",
  "geslaagd",
  "stijgt",
  "daalt",
  "nee",
  "aanname",
  "verdachten",
  "veroordelingen",
  "schatting",
  "waargenomen",
  "bijdrage",
  "onzeker",
];

/** The shape of a report: per section, its id and the rows of each table. */
type Shape = { id: string; tables: number[] }[];

/** Open the report of `lang` at both widths and check it; return its shape. */
async function checkReport(
  browser: Browser,
  lang: Lang,
  forbidden: readonly string[],
  artefacts: string,
): Promise<Shape> {
  const dir = mkdtempSync(join(tmpdir(), "stockflow-mensenhandel-"));
  try {
    const analysis = await runAnalysis({
      marvelSamples: 2,
      calibrationEvaluations: 10,
      holdoutEvaluations: 10,
      samples: 4,
      workers: 1,
      lang,
    });
    await writeAnalysis(analysis, dir);
    let shape: Shape = [];
    for (const width of [1024, 1400]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(pathToFileURL(join(dir, "rapport.html")).href);
      expect(await page.evaluate<string>("document.documentElement.lang")).toBe(lang);
      const overflow = await page.evaluate<number>(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      expect(overflow, `horizontal overflow at ${width} px (${lang})`).toBeLessThanOrEqual(0);
      // The sources keep the titles of their documents; hide them while reading the text.
      const text = await page.evaluate<string>(
        `(() => {
          const sources = document.getElementById("bronnen");
          if (${lang === "en"} && sources) sources.style.display = "none";
          const text = [document.body.innerText, ...[...document.querySelectorAll("svg text")].map((t) => t.textContent)].join("\\n");
          if (sources) sources.style.display = "";
          return text;
        })()`,
      );
      for (const word of forbidden) {
        const found = new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, "iu").exec(text);
        const at =
          found === null ? "" : text.slice(Math.max(0, found.index - 60), found.index + 20);
        expect(found?.[0], `word "${word}" at ${width} px (${lang}): …${at}…`).toBeUndefined();
      }
      expect(
        /\d(?:[.,]\d+)?e[+-]?\d/i.exec(text)?.[0],
        "a number in exponent notation",
      ).toBeUndefined();
      expect(errors).toEqual([]);
      shape = await page.evaluate<Shape>(
        '[...document.querySelectorAll("section")].map((s) => ({ id: s.id, tables: [...s.querySelectorAll("table")].map((t) => t.rows.length) }))',
      );
      await page.screenshot({
        path: join(artefacts, `mensenhandel-${lang === "nl" ? "rapport" : "report"}-${width}.png`),
        fullPage: false,
      });
      await page.close();
    }
    return shape;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!available && !required)("the trafficking report in headless Chromium", () => {
  it("does not scroll sideways at 1024 and 1400 px, keeps to its language and shows no exponents; the English report is the same document", async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required when CI=true`).toBe(true);
    const artefacts = resolve("test-artifacts");
    mkdirSync(artefacts, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const dutch = await checkReport(browser, "nl", ENGLISH, artefacts);
      const english = await checkReport(browser, "en", DUTCH, artefacts);
      expect(dutch.length).toBeGreaterThan(5);
      expect(dutch.flatMap((s) => s.tables).length).toBeGreaterThan(10);
      expect(english).toEqual(dutch);
    } finally {
      await browser.close();
    }
  }, 360_000);
});
