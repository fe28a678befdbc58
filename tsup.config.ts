import { defineConfig } from "tsup";

// mathjs and the packages it imports are bundled, not left external: mathjs is "sideEffects":
// false, so esbuild keeps only the parser factories that src/expr/mathjs-instance.ts names
// instead of Node loading (and building) the whole mathjs bundle at start-up.
const bundled = [
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
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    noExternal: bundled,
  },
]);
