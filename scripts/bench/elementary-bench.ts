/**
 * Elementary-functions benchmark: the engine's deterministic exp, ln, power (`src/math/`) against
 * Math.exp, Math.log and Math.pow on the same arguments, and the trafficking model (which calls
 * `power` in three equations) run whole. Reported as time ratios (ours / Math's).
 */

import { mensenhandelSfd } from "../../models/mensenhandel/sfd/index.js";
import { compileModel } from "../../src/compile/compile-model.js";
import { exp, log, pow } from "../../src/math/index.js";
import { simulate } from "../../src/simulate/simulate.js";
import { compareMs, medianMs, round3 } from "./measure.js";

const COUNT = 200_000;

/** Arguments spread like a model's: rates, elasticities, ratios near 1. */
function argumentsOf(count: number): Float64Array {
  const xs = new Float64Array(2 * count);
  let s = 12345;
  for (let i = 0; i < xs.length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    xs[i] = s / 2147483648;
  }
  return xs;
}

export function benchElementary(): Record<string, unknown>[] {
  const xs = argumentsOf(COUNT);
  let sink = 0;
  const loop = (f: (x: number, y: number) => number) => () => {
    let acc = 0;
    for (let i = 0; i < COUNT; i++) acc += f(xs[2 * i]! * 40 - 20, xs[2 * i + 1]! * 4 - 2);
    sink += acc;
  };
  const cases: [string, (x: number, y: number) => number, (x: number, y: number) => number][] = [
    ["exp", (x) => exp(x), (x) => Math.exp(x)],
    ["ln", (x) => log(x + 20.5), (x) => Math.log(x + 20.5)],
    ["power", (x, y) => pow(x + 20.5, y), (x, y) => (x + 20.5) ** y],
  ];
  const out: Record<string, unknown>[] = cases.map(([name, ours, theirs]) => {
    const t = compareMs(loop(ours), loop(theirs), 15, 5);
    return {
      name: `elementary-${name}`,
      ours_ns: round3((t.a * 1e6) / COUNT),
      math_ns: round3((t.b * 1e6) / COUNT),
      ratio: round3(t.ratio),
    };
  });
  if (sink === 42) process.stderr.write("");
  const model = compileModel(mensenhandelSfd());
  const run_ms = medianMs(() => simulate(model), 15, 5);
  out.push({ name: "mensenhandel-sfd-run", run_ms: round3(run_ms) });
  return out;
}
