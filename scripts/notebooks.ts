/**
 * `npm run notebooks`: executes every notebook under `examples/notebooks/` headless with
 * `jupyter nbconvert --execute` on Deno's Jupyter kernel, and fails when a cell fails or a
 * notebook shows no picture or table. Installs what is missing: Jupyter from Debian's packages
 * (as root), Deno from the npm registry (`deno`, pinned) into `node_modules/.cache/`, and the
 * kernelspec there too, so nothing outside the project changes. `--docs` also writes each
 * executed notebook as Markdown with its pictures to `docs/notebooks/`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { notebookMarkdown } from "./notebook-markdown.js";

/** The Deno release the notebooks are run with (the npm package ships the binary). */
const DENO_VERSION = "2.9.6";
/** Debian's packages for `jupyter nbconvert --execute`. */
const JUPYTER_PACKAGES = ["jupyter-nbconvert", "python3-nbclient", "jupyter-client"];

const root = resolve(import.meta.dirname, "..");
const cache = join(root, "node_modules", ".cache", "stockflow-notebooks");
const notebooks = join(root, "examples", "notebooks");
const executed = join(cache, "executed");

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { encoding: "utf8", env, cwd: root });
}

function fail(message: string): never {
  process.stderr.write(`notebooks: ${message}\n`);
  process.exit(1);
}

/** `jupyter nbconvert`, installed from Debian's packages when missing and this is root. */
function ensureJupyter(): void {
  if (run("jupyter", ["nbconvert", "--version"]).status === 0) return;
  if (process.getuid?.() !== 0)
    fail(`jupyter nbconvert is missing: sudo apt-get install ${JUPYTER_PACKAGES.join(" ")}`);
  process.stdout.write(`installing ${JUPYTER_PACKAGES.join(" ")} (apt)\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = ["install", "-y", "--no-install-recommends", ...JUPYTER_PACKAGES];
  if (run("apt-get", install, env).status !== 0) {
    run("apt-get", ["update"], env);
    const again = run("apt-get", install, env);
    if (again.status !== 0) fail(`apt-get install failed:\n${again.stderr}`);
  }
}

/** The Deno binary, installed from the npm registry into the cache when missing. */
function ensureDeno(): string {
  const bin = join(cache, "node_modules", ".bin", "deno");
  if (!existsSync(bin)) {
    process.stdout.write(`installing deno@${DENO_VERSION} (npm)\n`);
    mkdirSync(cache, { recursive: true });
    const npm = run("npm", [
      "install",
      "--prefix",
      cache,
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--no-package-lock",
      `deno@${DENO_VERSION}`,
    ]);
    if (npm.status !== 0) fail(`npm install deno failed:\n${npm.stderr}`);
  }
  // The package's `deno` is a Node launcher; the kernel runs the binary it launches.
  const path = run(bin, ["eval", "console.log(Deno.execPath())"]);
  if (path.status !== 0) fail(`deno does not start:\n${path.stderr}`);
  return path.stdout.trim();
}

/** A kernelspec named `deno` in the cache; returns the JUPYTER_PATH that finds it first. */
function writeKernelspec(deno: string): string {
  const dir = join(cache, "jupyter", "kernels", "deno");
  mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
    env: { NO_COLOR: "1" },
  };
  writeFileSync(join(dir, "kernel.json"), `${JSON.stringify(spec, null, 2)}\n`);
  return join(cache, "jupyter");
}

interface Output {
  readonly output_type: string;
  readonly data?: Record<string, unknown>;
  readonly ename?: string;
  readonly evalue?: string;
}

/** Problems of an executed notebook: error outputs, or no picture and no HTML at all. */
function problems(file: string): string[] {
  const nb = JSON.parse(readFileSync(file, "utf8")) as { cells: { outputs?: Output[] }[] };
  const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
  const errors = outputs
    .filter((o) => o.output_type === "error")
    .map((o) => `${o.ename}: ${o.evalue}`);
  const rich = outputs.some(
    (o) => o.data !== undefined && ("image/svg+xml" in o.data || "text/html" in o.data),
  );
  return rich ? errors : [...errors, "no image/svg+xml or text/html output"];
}

ensureJupyter();
const deno = ensureDeno();
const jupyterPath = writeKernelspec(deno);
if (!existsSync(join(root, "dist", "mensenhandel.js"))) {
  process.stdout.write("building dist/ (the notebooks import the package)\n");
  if (run("npm", ["run", "build"]).status !== 0) fail("npm run build failed");
}
const env = { ...process.env, JUPYTER_PATH: jupyterPath, NO_COLOR: "1" };
const names = readdirSync(notebooks)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
if (names.length === 0) fail(`no notebooks in ${notebooks}`);
let failed = 0;
for (const name of names) {
  const started = performance.now();
  const result = run(
    "jupyter",
    [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=600",
      "--output-dir",
      executed,
      join(notebooks, name),
    ],
    env,
  );
  // nbconvert prints a Python traceback first; the cell and its error come after it.
  const stderr = result.stderr.trim();
  const at = stderr.indexOf("CellExecutionError:");
  const found =
    result.status === 0 ? problems(join(executed, name)) : [at >= 0 ? stderr.slice(at) : stderr];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (found.length > 0) {
    failed += 1;
    process.stdout.write(`✗ ${name} (${seconds} s)\n${found.map((p) => `  ${p}`).join("\n")}\n`);
  } else process.stdout.write(`✓ ${name} (${seconds} s)\n`);
}
if (process.argv.includes("--docs")) {
  const docs = join(root, "docs", "notebooks");
  for (const name of names) {
    const files = notebookMarkdown(join(executed, name), name.replace(/\.ipynb$/, ""));
    for (const [path, text] of files) {
      mkdirSync(join(docs, path, ".."), { recursive: true });
      writeFileSync(join(docs, path), text);
    }
  }
  process.stdout.write(`markdown in ${docs}\n`);
}
process.stdout.write(`${names.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
