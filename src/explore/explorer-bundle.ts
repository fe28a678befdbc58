/**
 * The explorer's browser script. It is bundled by esbuild (the bundler tsup itself runs on):
 * at build time into `dist/explorer-app.global.js` (a tsup entry), which is what an installed
 * package uses, since esbuild is a development dependency only; and, when stockflow runs from
 * its sources (tsx, vitest), at call time through esbuild's JS API, so a page made from the
 * sources always carries the code beside it and never a stale build.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

declare const __filename: string | undefined;

/** Name of the prebuilt bundle in `dist/`. */
export const BUNDLE_FILE = "explorer-app.global.js";

/** esbuild options shared by the build (tsup.config.ts) and the call-time bundle. */
export const BUNDLE_OPTIONS = {
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  legalComments: "none",
} as const;

let cached: string | undefined;

/** The browser script of an explorer page (IIFE, no imports). */
export async function explorerBundle(): Promise<string> {
  if (cached !== undefined) return cached;
  const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
  const dir = dirname(here);
  if (here.endsWith(".ts")) {
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      ...BUNDLE_OPTIONS,
      entryPoints: [join(dir, "app", "main.ts")],
      bundle: true,
      write: false,
      logLevel: "silent",
    });
    cached = result.outputFiles[0]!.text;
    return cached;
  }
  for (const candidate of [join(dir, BUNDLE_FILE), join(dir, "..", BUNDLE_FILE)]) {
    if (existsSync(candidate)) {
      cached = readFileSync(candidate, "utf8");
      return cached;
    }
  }
  throw new Error(`internal: explorer bundle ${BUNDLE_FILE} not found next to ${here}`);
}
