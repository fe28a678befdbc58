/**
 * `npm run bench`: the project's benchmarks, each measured as a ratio within this process
 * (machines are noisy; ratios travel). `--json` prints one JSON object.
 */
import { benchArrays } from "./bench/array-bench.js";
import { benchCld } from "./bench/cld-bench.js";
import { benchDominance } from "./bench/dominance-bench.js";
import { benchElementary } from "./bench/elementary-bench.js";
import { benchEngine } from "./bench/engine-bench.js";
import { benchEnsemble } from "./bench/ensemble-bench.js";
import { benchLoops } from "./bench/loops-bench.js";
import { benchSaveper } from "./bench/saveper-bench.js";
import { benchSensitivity } from "./bench/sensitivity-bench.js";
import { benchStartup } from "./bench/startup-bench.js";

const json = process.argv.includes("--json");
const cases: Record<string, unknown>[] = [];
const progress = (text: string) => {
  if (!json) process.stderr.write(`${text}\n`);
};

progress("startup: whole processes (--help, run teacup, import)…");
cases.push(...benchStartup(progress));
progress("engine: stocks saved at SAVEPER (stockflow vs hand-written loop)…");
cases.push(...benchSaveper());
progress("engine: every variable saved at every step (stockflow vs hand-written loop)…");
cases.push(...benchEngine().map((c) => ({ ...c, protocol: "save everything every step" })));
progress("arrays: an arrayed chain against the same chain of scalar stocks…");
cases.push(...benchArrays());
progress("elementary: the engine's deterministic exp, ln, power against Math's…");
cases.push(...benchElementary());
progress("loops: Johnson's algorithm on random causal maps…");
cases.push(...(await benchLoops()));
progress("dominance: Loops That Matter against a plain run…");
cases.push(...benchDominance());

progress("cld: the systeemkaart's layout time and edge crossings…");
cases.push(...benchCld());

progress("sensitivity: runs per second on one and two worker threads…");
cases.push(...(await benchSensitivity()));

progress("ensemble: the trafficking model's 200-sample scenario ensemble on two workers…");
cases.push(...(await benchEnsemble(progress)));

if (json) {
  process.stdout.write(`${JSON.stringify({ cases })}\n`);
} else {
  for (const c of cases) {
    process.stdout.write(
      `${Object.entries(c)
        .map(([k, v]) => `${k}=${v}`)
        .join("  ")}\n`,
    );
  }
}
