/**
 * Running reality checks: each check is a scenario (its `given`) run on the model, then its
 * expectation is tested on the saved values of one variable within the check's window.
 */
import type { Model } from "../model/types.js";
import { runScenarios } from "../scenario/run-scenarios.js";
import type { Scenario } from "../scenario/scenario.js";
import type { Run } from "../simulate/run.js";
import type { Expectation, RealityCheck, RealityCheckResult } from "./reality-check.js";

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : Number(x.toPrecision(6)).toString());

/** The scenario of a check's `given`. */
export function checkScenarioOf(check: RealityCheck): Scenario {
  const given = check.given ?? {};
  const set = given.set ?? {};
  const timed =
    given.from === undefined
      ? []
      : Object.entries(set).map(([variable, value]) => ({
          variable,
          change: { set: value },
          from: given.from!,
        }));
  return {
    name: check.name,
    ...(given.from === undefined ? { set } : {}),
    measures: [...timed, ...(given.measures ?? [])],
  };
}

/** Run every check; results come in the order of the checks. */
export function runRealityChecks(
  model: Model,
  checks: readonly RealityCheck[],
): RealityCheckResult[] {
  return checks.map((check) => {
    const [result] = runScenarios(model, [checkScenarioOf(check)], {
      save: [check.expect.variable],
    });
    const from = check.expect.from ?? check.given?.from ?? model.specs.start;
    return { name: check.name, ...judge(result!.run, check.expect, from) };
  });
}

/** Test one expectation on a run within [from, until]. */
export function judge(
  run: Run,
  expect: Expectation,
  from: number,
): { passed: boolean; detail: string } {
  const column = run.series(expect.variable);
  const until = expect.until ?? run.time[run.time.length - 1]!;
  const window: { t: number; x: number }[] = [];
  run.time.forEach((t, i) => {
    if (t >= from - 1e-9 && t <= until + 1e-9) window.push({ t, x: column[i]! });
  });
  if (window.length === 0) return { passed: false, detail: `no saved time in ${from}..${until}` };
  const min = window.reduce((a, b) => (b.x < a.x ? b : a));
  const max = window.reduce((a, b) => (b.x > a.x ? b : a));
  const first = window[0]!;
  const last = window[window.length - 1]!;
  switch (expect.kind) {
    case "falls_to": {
      const tolerance = expect.tolerance ?? Math.max(1e-9, 0.01 * Math.abs(first.x));
      const reached = window.find(
        (p) => p.t <= from + expect.within + 1e-9 && p.x <= expect.value + tolerance,
      );
      return reached
        ? { passed: true, detail: `${fmt(reached.x)} at ${fmt(reached.t)}` }
        : {
            passed: false,
            detail: `still ${fmt(run.at(expect.variable, from + expect.within))} at ${fmt(from + expect.within)} (want ≤ ${fmt(expect.value + tolerance)})`,
          };
    }
    case "never_below":
      return { passed: min.x >= expect.value, detail: `min ${fmt(min.x)} at ${fmt(min.t)}` };
    case "never_above":
      return { passed: max.x <= expect.value, detail: `max ${fmt(max.x)} at ${fmt(max.t)}` };
    case "always_between":
      return {
        passed: min.x >= expect.lo && max.x <= expect.hi,
        detail: `between ${fmt(min.x)} (at ${fmt(min.t)}) and ${fmt(max.x)} (at ${fmt(max.t)})`,
      };
    case "rises":
    case "falls":
      return {
        passed: expect.kind === "rises" ? last.x > first.x : last.x < first.x,
        detail: `${fmt(first.x)} at ${fmt(first.t)} → ${fmt(last.x)} at ${fmt(last.t)}`,
      };
  }
}
