/**
 * Seeded mutation fuzzing of model files: take the suite's `.mdl`, `.xmile` and `.stmx` files,
 * mutate their text (cut, repeat, insert hostile snippets, swap, blow numbers up), write each
 * mutant into a scratch folder and read, compile, run and graph it. Every outcome must be a
 * model or one of stockflow's own errors: any other exception is a crash, and a mutant that
 * takes longer than `slowMs` is reported as a hang. The same seed gives the same mutants.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { StockflowError } from "../../src/diagnostics/errors.js";
import { LIMIT_DEFAULTS, setLimits } from "../../src/diagnostics/limits.js";
import { loadModel } from "../../src/io/load-model.js";
import { seededRandom } from "../../src/random/random-source.js";
import { runModel } from "../../src/simulate/simulate.js";

/** Text a mutation may insert: syntax, huge values, reserved names, file access, deep nesting. */
const SNIPPETS = [
  "(",
  ")",
  "[",
  "]",
  "~",
  "|",
  ":",
  "=",
  ",",
  "<",
  ">",
  "</aux>",
  '<aux name="x">',
  "\u0000",
  "1e999",
  "-1e308",
  "NaN",
  "0",
  "constructor",
  "__proto__",
  "TIME STEP",
  "INTEG(",
  "GET DIRECT DATA('/etc/passwd', ',', 'A', 'B1')",
  "GET DIRECT SUBSCRIPT('../../../../etc/hostname', ',', 'A1', 'ZZZ99999999', '')",
  "(a1-a99999999)",
  "((((((((((((((((((((",
  Array.from({ length: 300 }, () => "x").join("+"),
  "&amp;",
  "&#0;",
  "<![CDATA[",
  "\\\\\\---///",
];

/** Files of the suite that the fuzzer mutates, in a stable order. */
export function suiteModelFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdl|xmile|stmx)$/i.test(name)) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** One mutation of `text`, drawn from `random`. */
export function mutate(text: string, random: () => number): string {
  const at = () => Math.floor(random() * (text.length + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const [a, b] = [at(), at()].sort((x, y) => x - y) as [number, number];
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.slice(0, a) + text.slice(Math.min(b, a + 200));
    case 1:
      return text.slice(0, b) + text.slice(a, Math.min(b, a + 200)) + text.slice(b);
    case 2:
      return text.slice(0, a) + pick(SNIPPETS) + text.slice(a);
    case 3:
      return (
        text.slice(0, a) +
        text.slice(b, b + 1) +
        text.slice(a + 1, b) +
        text.slice(a, a + 1) +
        text.slice(b + 1)
      );
    case 4:
      return text.replace(/\d+(\.\d+)?/g, (m) =>
        random() < 0.05 ? pick(["1e12", "1e-12", "99999999", "-0"]) : m,
      );
    default:
      return text.slice(0, a) + pick(SNIPPETS) + text.slice(b);
  }
}

/** What a fuzzing run saw. */
export interface FuzzReport {
  readonly mutants: number;
  /** Read, compiled and ran. */
  readonly ran: number;
  /** Refused with one of stockflow's errors (diagnostics, limits, usage). */
  readonly refused: number;
  /** Any other exception: `file: message`. */
  readonly crashes: readonly string[];
  /** Mutants slower than `slowMs`. */
  readonly slow: readonly string[];
}

/** Mutate and try `count` mutants of the suite files under `root`, seeded by `seed`. */
export async function fuzzModels(
  root: string,
  count: number,
  seed: number,
  slowMs = 5000,
): Promise<FuzzReport> {
  const files = suiteModelFiles(root);
  const random = seededRandom(seed);
  const scratch = mkdtempSync(join(tmpdir(), "stockflow-fuzz-"));
  // Small limits keep each mutant quick; going past one is a refusal like any other.
  const previous = setLimits({
    steps: 20_000,
    savedValues: 2_000_000,
    arrayElements: 20_000,
    cells: 100_000,
  });
  let ran = 0;
  let refused = 0;
  const crashes: string[] = [];
  const slow: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const source = files[Math.floor(random() * files.length)]!;
      let text = readFileSync(source, "utf8");
      const rounds = 1 + Math.floor(random() * 3);
      for (let r = 0; r < rounds; r++) text = mutate(text, random);
      const path = join(scratch, `m${i}${extname(source).toLowerCase()}`);
      writeFileSync(path, text);
      const started = performance.now();
      try {
        const model = await loadModel(path);
        causalGraph(model);
        if (model.kind === "stock-flow") runModel(model);
        ran++;
      } catch (error) {
        if (error instanceof StockflowError) refused++;
        else
          crashes.push(
            `${source} (mutant ${i}): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(
              0,
              400,
            ),
          );
      }
      const took = performance.now() - started;
      if (took > slowMs) slow.push(`${source} (mutant ${i}): ${Math.round(took)} ms`);
      rmSync(path, { force: true });
    }
  } finally {
    setLimits({ ...LIMIT_DEFAULTS, ...previous });
    rmSync(scratch, { recursive: true, force: true });
  }
  return { mutants: count, ran, refused, crashes, slow };
}
