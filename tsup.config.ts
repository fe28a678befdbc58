import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsup";
import { BUNDLE_OPTIONS } from "./src/explore/explorer-bundle.js";

// The calibration data are read at run time relative to the module that reads them
// (models/mensenhandel/data/read-data.ts), which the build bundles into `dist/` and `dist/cli/`.
const DATA = "models/mensenhandel/data";
const copyData = (dir: string) => async () => {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(DATA).filter((f) => f.endsWith(".csv")))
    copyFileSync(join(DATA, file), join(dir, file));
};

// Start-up: the packages every model load needs are bundled into dist instead of left external,
// because Node resolving and linking their dozens of files each time costs more than running
// them (zod and yaml: 140 ms of CPU as separate files, 50 ms bundled). mathjs and the packages it
// imports are bundled for a second reason: mathjs is "sideEffects": false, so esbuild keeps only
// the parser factories that src/expr/mathjs-instance.ts names, not the whole mathjs bundle.
// graphology stays external: users may hand our graphs to their own graphology libraries.
const bundled = [
  "zod",
  "yaml",
  "csv-parse",
  "pure-rand",
  "mathjs",
  "typed-function",
  "decimal.js",
  "fraction.js",
  "complex.js",
  /^@babel\/runtime/,
  "javascript-natural-sort",
  "escape-latex",
  "seedrandom",
  "tiny-emitter",
];

// Bundled CommonJS packages (yaml, commander) call `require` for Node's own modules; an ES
// module has no `require`, so each ESM chunk makes one.
const esmRequire =
  'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);';

// One entry per public subpath: the core stays light, heavy parts (XML, d3,
// workers) get their own entry so importing the core never loads them.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      render: "src/render/index.ts",
      xmile: "src/io/xmile/index.ts",
      vensim: "src/io/vensim/index.ts",
      sensitivity: "src/sensitivity/index.ts",
      mensenhandel: "models/mensenhandel/package/index.ts",
      // The piscina worker of `stockflow/sensitivity`, found by `src/sensitivity/worker-file.ts`.
      "sensitivity-worker": "src/sensitivity/worker.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    // Shared chunks: one copy of ModelError & co. across subpaths (so `instanceof` holds between
    // `stockflow` and `stockflow/xmile`), and readers loaded by `import()` stay out of the core.
    splitting: true,
    // import.meta.url in the CJS build (the sensitivity worker is found relative to its caller).
    shims: true,
    noExternal: bundled,
    banner: ({ format }) => (format === "esm" ? { js: esmRequire } : {}),
    onSuccess: copyData("dist"),
  },
  {
    // The explorer page's browser script (engine included), inlined into each page by
    // `src/explore/explorer-bundle.ts`; the same options as its call-time bundle from source.
    entry: { "explorer-app": "src/explore/app/main.ts" },
    format: [BUNDLE_OPTIONS.format],
    platform: BUNDLE_OPTIONS.platform,
    target: BUNDLE_OPTIONS.target,
    minify: BUNDLE_OPTIONS.minify,
    esbuildOptions: (options) => {
      options.legalComments = BUNDLE_OPTIONS.legalComments;
    },
    sourcemap: false,
    dts: false,
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: `#!/usr/bin/env node\n${esmRequire}` },
    // The CLI is an application, not a library: its argument parser is bundled too.
    noExternal: [...bundled, "commander"],
    // Start-up: Node parses every module a command loads before running it, and the parse takes
    // time in proportion to the text (zod, mathjs and commander are over 1 MB as written). The
    // CLI prints no stack traces and keeps its source map, so its code is minified; names are
    // kept, since messages and `instanceof` checks use class names.
    minify: true,
    keepNames: true,
    onSuccess: copyData("dist/cli"),
  },
]);
