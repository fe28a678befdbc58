/**
 * Running reality checks: each check is a scenario (its `given`) run on the model, then its
 * expectation is tested on the saved values of one variable within the check's window.
 */

import {
  expectArray,
  expectKind,
  expectModel,
  expectNumeric,
  expectObject,
  expectOneOf,
  expectOptions,
  expectRun,
} from "../diagnostics/check-argument.js";
import type { Model } from "../model/types.js";
import { runScenarios } from "../scenario/run-scenarios.js";
import type { Scenario } from "../scenario/scenario.js";
import type { Run } from "../simulate/run.js";
import {
  EXPECTATION_KINDS,
  type Expectation,
  type RealityCheck,
  type RealityCheckResult,
} from "./reality-check.js";

/** A number with up to 6 significant digits; a decimal comma in Dutch. */
function formatIn(lang: "nl" | "en"): (x: number) => string {
  return (x) => {
    const text = Number.isInteger(x) ? String(x) : Number(x.toPrecision(6)).toString();
    return lang === "nl" ? text.replace(".", ",") : text;
  };
}

/** The words of a check's detail, by language. */
const WORDS = {
  en: {
    at: "at",
    still: "still",
    want: "want",
    min: "min",
    max: "max",
    between: "between",
    and: "and",
    noTime: "no saved time in",
  },
  nl: {
    at: "op",
    still: "nog",
    want: "verwacht",
    min: "laagste",
    max: "hoogste",
    between: "tussen",
    and: "en",
    noTime: "geen bewaard tijdstip in",
  },
} as const;

/** Options of {@link runRealityChecks}. */
export interface RealityCheckOptions {
  /** Language of the details; default English. */
  readonly lang?: "nl" | "en";
}

/** The scenario of a check's `given`. */
export function checkScenarioOf(check: RealityCheck): Scenario {
  expectObject("checkScenarioOf", "check", check);
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
  options: RealityCheckOptions = {},
): RealityCheckResult[] {
  expectModel("runRealityChecks", "model", model, ["stock-flow"]);
  expectArray("runRealityChecks", "checks", checks);
  expectOptions("runRealityChecks", options, { lang: ["nl", "en"] });
  return checks.map((check) => {
    const [result] = runScenarios(model, [checkScenarioOf(check)], {
      save: [check.expect.variable],
    });
    const from = check.expect.from ?? check.given?.from ?? model.specs.start;
    return { name: check.name, ...judge(result!.run, check.expect, from, options.lang) };
  });
}

/** Test one expectation on a run within [from, until]. */
export function judge(
  run: Run,
  expect: Expectation,
  from: number,
  lang: "nl" | "en" = "en",
): { passed: boolean; detail: string } {
  expectRun("judge", "run", run);
  expectKind("judge", "expect", expect, "an expectation (of a reality check)", EXPECTATION_KINDS);
  expectNumeric("judge", "from", from);
  expectOneOf("judge", "lang", lang, ["nl", "en"]);
  const w = WORDS[lang];
  const fmt = formatIn(lang);
  const column = run.series(expect.variable);
  const until = expect.until ?? run.time[run.time.length - 1]!;
  const window: { t: number; x: number }[] = [];
  run.time.forEach((t, i) => {
    if (t >= from - 1e-9 && t <= until + 1e-9) window.push({ t, x: column[i]! });
  });
  if (window.length === 0) return { passed: false, detail: `${w.noTime} ${from}..${until}` };
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
        ? { passed: true, detail: `${fmt(reached.x)} ${w.at} ${fmt(reached.t)}` }
        : {
            passed: false,
            detail: `${w.still} ${fmt(run.at(expect.variable, from + expect.within))} ${w.at} ${fmt(from + expect.within)} (${w.want} ≤ ${fmt(expect.value + tolerance)})`,
          };
    }
    case "never_below":
      return {
        passed: min.x >= expect.value,
        detail: `${w.min} ${fmt(min.x)} ${w.at} ${fmt(min.t)}`,
      };
    case "never_above":
      return {
        passed: max.x <= expect.value,
        detail: `${w.max} ${fmt(max.x)} ${w.at} ${fmt(max.t)}`,
      };
    case "always_between":
      return {
        passed: min.x >= expect.lo && max.x <= expect.hi,
        detail: `${w.between} ${fmt(min.x)} (${w.at} ${fmt(min.t)}) ${w.and} ${fmt(max.x)} (${w.at} ${fmt(max.t)})`,
      };
    case "rises":
    case "falls":
      return {
        passed: expect.kind === "rises" ? last.x > first.x : last.x < first.x,
        detail: `${fmt(first.x)} ${w.at} ${fmt(first.t)} → ${fmt(last.x)} ${w.at} ${fmt(last.t)}`,
      };
  }
}
