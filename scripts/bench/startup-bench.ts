/**
 * Start-up, as users feel it: whole processes, each timed from spawn to exit, median of five —
 * `stockflow --help`, `stockflow run examples/models/teacup.json`, and `import("stockflow")` —
 * beside a bare `node -e 0`. They run the built package (`dist/`), which is built first when it
 * is missing or older than the sources.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { round3 } from "./measure.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist/cli/main.js");

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** Build `dist/` when it is missing or older than the sources. */
export function ensureBuilt(progress: (text: string) => void): void {
  if (existsSync(cli) && statSync(cli).mtimeMs >= newest(join(root, "src"))) return;
  progress("startup: building dist/ first (npm run build)…");
  const built = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  if (built.status !== 0) throw new Error("startup: npm run build failed");
}

/** Median wall time of five runs of `node args`, in seconds. */
function processSeconds(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    times.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`startup: node ${args.join(" ")} failed: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[2]!;
}

/** The start-up cases of `npm run bench`. */
export function benchStartup(progress: (text: string) => void): Record<string, unknown>[] {
  ensureBuilt(progress);
  const node = processSeconds(["-e", "0"]);
  const cases: [string, string[]][] = [
    ["startup-help", [cli, "--help"]],
    ["startup-run-teacup", [cli, "run", "examples/models/teacup.json"]],
    ["startup-import", ["--input-type=module", "-e", 'await import("stockflow")']],
  ];
  return [
    { name: "startup-node", seconds: round3(node) },
    ...cases.map(([name, args]) => {
      const seconds = processSeconds(args);
      return { name, seconds: round3(seconds), over_node: round3(seconds / node) };
    }),
  ];
}
