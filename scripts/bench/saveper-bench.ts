/**
 * The engine in the protocol of issue 18, as SDEverywhere's users time theirs: the model is
 * compiled once; each timed run goes through the public API (`simulate(compiled, { save })`) with
 * dt 0.0625 and saves the stocks at each SAVEPER point (1). The yardstick is a hand-written
 * Float64Array Euler loop that saves the same values, timed in the same process, interleaved.
 * Runs of microseconds are timed in batches, so that each timed sample lasts about a millisecond.
 * Time is CPU time of this process (`process.cpuUsage`): on a quiet machine it is the wall time,
 * and on a shared one it leaves out the time the process waits for a core.
 */
import { readFileSync } from "node:fs";
import { compileModel } from "../../src/compile/compile-model.js";
import type { Model } from "../../src/model/types.js";
import { simulate } from "../../src/simulate/simulate.js";
import { chainModel } from "./chain-model.js";
import { compareMs, cpuMs, round3 } from "./measure.js";

const DT = 0.0625;
const SAVEPER = 1;

/** The chain by hand, saving the stocks every SAVEPER: one column per stock. */
export function chainSavedByHand(n: number, stop = 100): Float64Array[] {
  const steps = Math.round(stop / DT);
  const every = Math.round(SAVEPER / DT);
  const s = new Float64Array(n);
  const f = new Float64Array(n);
  // The divisors worked out once, as anyone writing this loop by hand would.
  const divisor = Float64Array.from({ length: n }, (_, i) => 1 + (i % 7));
  const columns = Array.from({ length: n }, () => new Float64Array(steps / every + 1));
  for (let k = 0; ; k++) {
    if (k % every === 0) for (let i = 0; i < n; i++) columns[i]![k / every] = s[i]!;
    if (k === steps) break;
    for (let i = 0; i < n; i++) f[i] = (s[i]! / divisor[i]!) * (1 / (1 + s[i]! / 100));
    s[0]! += DT * (10 - f[0]!);
    for (let i = 1; i < n; i++) s[i]! += DT * (f[i - 1]! - f[i]!);
  }
  return columns;
}

/**
 * The teacup by hand (180 °F cooling towards the room), 0..30, its two constants read from a
 * parameter array as a sampler's loop would (room temperature, characteristic time).
 */
export function teacupSavedByHand(params: Float64Array = TEACUP_PARAMS): Float64Array {
  const room = params[0]!;
  const characteristic = params[1]!;
  const steps = Math.round(30 / DT);
  const every = Math.round(SAVEPER / DT);
  const saved = new Float64Array(steps / every + 1);
  let temperature = 180;
  for (let k = 0; ; k++) {
    if (k % every === 0) saved[k / every] = temperature;
    if (k === steps) break;
    temperature -= DT * ((temperature - room) / characteristic);
  }
  return saved;
}

const TEACUP_PARAMS = Float64Array.of(70, 10);

function teacup(): Model {
  const file = new URL("../../examples/models/teacup.json", import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as Model;
}

function assertSame(name: string, engine: Float64Array, hand: Float64Array): void {
  const bad = hand.findIndex((x, i) => Math.abs(engine[i]! - x) > 1e-9 * Math.max(1, Math.abs(x)));
  if (engine.length !== hand.length || bad >= 0)
    throw new Error(`${name}: stockflow saves ${engine[bad]}, the hand-written loop ${hand[bad]}`);
}

/** One case: a model, the stocks it saves, the hand-written loop, and its batch size. */
function saveperCase(
  name: string,
  model: Model,
  stocks: string[],
  hand: () => unknown,
  batch: number,
) {
  const compiled = compileModel(model);
  const options = { dt: DT, saveper: SAVEPER, save: stocks };
  const handColumns = hand() as Float64Array | Float64Array[];
  const run = simulate(compiled, options);
  const expected = Array.isArray(handColumns) ? handColumns : [handColumns];
  stocks.forEach((id, i) => {
    assertSame(name, run.series(id), expected[i]!);
  });
  let sink = 0;
  const engine = () => {
    for (let i = 0; i < batch; i++) sink += simulate(compiled, options).time.length;
  };
  const byHand = () => {
    for (let i = 0; i < batch; i++) sink += (hand() as { length: number }).length;
  };
  const big = stocks.length >= 1000;
  const timing = compareMs(engine, byHand, big ? 11 : 21, big ? 5 : 40, cpuMs);
  if (sink === 0) throw new Error("nothing ran");
  return {
    name,
    protocol: "save stocks at SAVEPER",
    stockflow_us: round3((timing.a * 1000) / batch),
    handwritten_us: round3((timing.b * 1000) / batch),
    ratio: round3(timing.ratio),
  };
}

/** The save-at-SAVEPER cases of `npm run bench`: chain-10, chain-100, chain-1000 and teacup. */
export function benchSaveper(sizes: readonly number[] = [10, 100, 1000]) {
  const cases = sizes.map((n) => {
    const stocks = Array.from({ length: n }, (_, i) => `stock_${i}`);
    const batch = Math.max(1, Math.round(200 / n));
    return saveperCase(`chain-${n}`, chainModel(n), stocks, () => chainSavedByHand(n), batch);
  });
  cases.push(saveperCase("teacup", teacup(), ["teacup_temperature"], teacupSavedByHand, 500));
  return cases;
}
