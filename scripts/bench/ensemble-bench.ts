/**
 * The trafficking model's 200-sample scenario ensemble on two worker threads, as users run it:
 * from the built package, whose workers load one bundled file. `ensemble-run.ts` is bundled
 * into `dist/` (beside the sensitivity worker and the data files it finds there), run three
 * times in fresh processes, and removed. Reports the median wall time, the CPU time of all
 * threads, the same on one thread (no pool) for the ratio, and the results' hash, which must
 * not change when the ensemble is made faster.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { round3 } from "./measure.js";
import { ensureBuilt } from "./startup-bench.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bundle = join(root, "dist/bench-ensemble.mjs");

interface EnsembleRun {
  seconds: number;
  cpu_s: number;
  sha256: string;
}

function runOnce(samples: number, workers: number): EnsembleRun {
  const r = spawnSync(process.execPath, [bundle, String(samples), String(workers)], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`ensemble: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as EnsembleRun;
}

/** The ensemble cases of `npm run bench`. */
export async function benchEnsemble(
  progress: (text: string) => void = () => {},
  samples = 200,
  repeats = 3,
): Promise<Record<string, unknown>[]> {
  ensureBuilt(progress);
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [join(root, "scripts/bench/ensemble-run.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
  });
  try {
    const cases: Record<string, unknown>[] = [];
    const hashes = new Set<string>();
    for (const workers of [2, 1]) {
      const runs = Array.from({ length: repeats }, () => runOnce(samples, workers));
      runs.sort((a, b) => a.seconds - b.seconds);
      const mid = runs[Math.floor(runs.length / 2)]!;
      for (const r of runs) hashes.add(r.sha256);
      cases.push({
        name: `ensemble-${samples}-${workers}w`,
        seconds: round3(mid.seconds),
        cpu_s: round3(mid.cpu_s),
        sha256: mid.sha256,
      });
    }
    if (hashes.size !== 1) throw new Error(`ensemble: results differ between runs: ${[...hashes]}`);
    return cases;
  } finally {
    rmSync(bundle, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [samples, repeats] = process.argv.slice(2).map(Number);
  const cases = await benchEnsemble(
    (t) => process.stderr.write(`${t}\n`),
    samples || 200,
    repeats || 3,
  );
  for (const c of cases) console.log(JSON.stringify(c));
}
