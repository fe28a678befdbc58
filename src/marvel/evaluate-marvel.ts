/**
 * MARVEL's evaluation (van Zijderveld 2007, §3): impose each intervention or package on the
 * compiled map, compare each performance indicator with the baseline run at chosen moments,
 * check whether it moved the desired way, name the pattern of the effect over the horizon, and
 * score and rank the packages. With `robustness`, the same check is repeated over a seeded
 * sample of the class mappings and the share of samples in which each indicator moves the
 * desired way is reported per moment. The map is compiled once; every run only changes
 * parameters (intervention switches, class constants).
 */
import { compileModel } from "../compile/compile-model.js";
import { expectModel, expectOptions } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import type { CausalMap, Indicator, Intervention, InterventionPackage } from "../model/types.js";
import { simulate } from "../simulate/simulate.js";
import {
  classifyPattern,
  type MarvelPattern,
  PATTERN_TOLERANCE,
  type PatternTolerance,
} from "./classify-pattern.js";
import { compileCausalMap } from "./compile-causal-map.js";
import { marvelNames } from "./marvel-names.js";
import { type MarvelScenario, resolveScenarios } from "./marvel-scenarios.js";
import { type MarvelSettings, marvelSettings } from "./marvel-settings.js";
import {
  type ClassSampleOptions,
  DEFAULT_SPREAD,
  sampleClassMappings,
} from "./sample-class-mappings.js";
import { scoreIndicators } from "./score-indicators.js";

/** Options of {@link evaluateMarvel}. */
export interface EvaluateMarvelOptions {
  /** Interventions evaluated one at a time, by id or inline (inline ones are added to the map). */
  readonly interventions?: readonly (string | Intervention)[];
  /** Packages evaluated as one run each, by id or inline. */
  readonly packages?: readonly (string | InterventionPackage)[];
  /** Performance indicators; default: the map's. */
  readonly indicators?: readonly Indicator[];
  /** Moments, in time after the start, at which to compare; default 1, 2, 5, 10. */
  readonly moments?: readonly number[];
  /** Length of the run after the start; default the larger of the settings' horizon and the last moment. */
  readonly horizon?: number;
  readonly settings?: Partial<MarvelSettings>;
  /** Repeat the check over a seeded sample of the class mappings. */
  readonly robustness?: ClassSampleOptions;
  /** When a difference counts as zero, for `ok` and patterns. */
  readonly tolerance?: PatternTolerance;
}

/** The default moments. */
export const DEFAULT_MOMENTS: readonly number[] = Object.freeze([1, 2, 5, 10]);

/** How one indicator responds to one intervention or package. */
export interface IndicatorEvaluation {
  readonly factor: string;
  readonly desired: "up" | "down";
  readonly weight: number;
  /** Change versus the baseline at each moment. */
  readonly change: readonly number[];
  /** Whether the change at each moment is the desired way: beyond the absolute tolerance (1e-9). */
  readonly ok: readonly boolean[];
  readonly pattern: MarvelPattern;
  /** Share of the robustness samples in which the change at each moment is the desired way. */
  readonly robustness?: readonly number[];
}

/** The evaluation of one intervention or package. */
export interface ScenarioEvaluation extends MarvelScenario {
  readonly indicators: readonly IndicatorEvaluation[];
  /** Weighted mean over indicators of the mean directed change over the moments. */
  readonly score: number;
  /** Weighted share of (indicator, moment) pairs that move the desired way. */
  readonly okShare: number;
}

/** The result of {@link evaluateMarvel}. */
export interface MarvelEvaluation {
  readonly start: number;
  readonly horizon: number;
  readonly moments: readonly number[];
  readonly scenarios: readonly ScenarioEvaluation[];
  /** Scenario ids, best first: by score, then ok share, then id. */
  readonly ranking: readonly string[];
  readonly robustness?: {
    readonly samples: number;
    readonly seed: number;
    readonly spread: number;
    readonly scope: "class" | "link";
  };
}

/** The options {@link evaluateMarvel} knows; any other key is a mistake, not a silent default. */
const OPTION_KEYS: ReadonlySet<string> = new Set([
  "interventions",
  "packages",
  "indicators",
  "moments",
  "horizon",
  "settings",
  "robustness",
  "tolerance",
]);

/**
 * Every intervention a scenario switches on must change something inside the run window
 * [start, start + horizon): one that starts at or after its end, or ends at or before its
 * start, would score zero without a word.
 */
function checkWindow(
  map: CausalMap,
  scenarios: readonly MarvelScenario[],
  start: number,
  horizon: number,
): void {
  const stop = start + horizon;
  for (const sc of scenarios) {
    for (const id of sc.interventions) {
      const iv = map.interventions?.find((x) => x.id === id);
      if (iv === undefined) continue;
      const from = iv.start ?? start;
      const outside = from >= stop || (iv.end !== undefined && iv.end <= start);
      if (outside)
        throw new UsageError(
          `marvel: intervention ${JSON.stringify(id)} (${iv.end === undefined ? `from ${from}` : `${from} to ${iv.end}`}) lies outside the run window ${start}–${stop}; set the start (--start) and horizon or stop to cover it`,
        );
    }
  }
}

/** Evaluate interventions and packages on a causal map the MARVEL way. */
export function evaluateMarvel(
  map: CausalMap,
  options: EvaluateMarvelOptions = {},
): MarvelEvaluation {
  expectModel("evaluateMarvel", "map", map, ["causal-map"]);
  expectOptions("evaluateMarvel", options, {
    interventions: "array",
    packages: "array",
    indicators: "array",
    moments: "array",
    horizon: "number",
    settings: "object",
    robustness: "object",
    tolerance: "object",
  });
  for (const key of Object.keys(options))
    if (!OPTION_KEYS.has(key))
      throw new UsageError(
        `marvel: unknown option ${JSON.stringify(key)} (options: ${[...OPTION_KEYS].join(", ")})`,
      );
  const moments = [...(options.moments ?? DEFAULT_MOMENTS)];
  const s0 = marvelSettings(options.settings);
  const last = Math.max(...moments);
  const horizon = options.horizon ?? Math.max(s0.horizon, last);
  checkMoments(moments, horizon);
  const linkScope = options.robustness?.scope === "link";
  const settings: MarvelSettings = {
    ...s0,
    horizon,
    ...(linkScope ? { linkConstants: true } : {}),
  };
  const { map: full, scenarios } = resolveScenarios(map, options);
  checkWindow(full, scenarios, settings.start, horizon);
  const indicators = options.indicators ?? map.indicators ?? [];
  checkIndicators(full, indicators);
  const tolerance = options.tolerance ?? PATTERN_TOLERANCE;
  const compiled = compileModel(compileCausalMap(full, settings));
  const save = [...new Set(indicators.map((i) => i.factor))];
  const stop = settings.start + horizon;
  const times = moments.map((m) => settings.start + m);

  const runAll = (params: Readonly<Record<string, number>>) => {
    const baseline = simulate(compiled, { params, stop, save });
    return scenarios.map((sc) => {
      const on = Object.fromEntries(sc.interventions.map((id) => [marvelNames.active(id), 1]));
      const run = simulate(compiled, { params: { ...params, ...on }, stop, save });
      return indicators.map((ind) => {
        const sign = ind.desired === "up" ? 1 : -1;
        const base = baseline.series(ind.factor);
        const d = Float64Array.from(run.series(ind.factor), (x, i) => sign * (x - base[i]!));
        const change = times.map((t) => run.at(ind.factor, t) - baseline.at(ind.factor, t));
        // ok is the sign of the change; only the pattern ignores ripples relative to the largest.
        return { d, change, ok: change.map((c) => sign * c > tolerance.absolute) };
      });
    });
  };

  const nominal = runAll({});
  const counts = scenarios.map(() => indicators.map(() => moments.map(() => 0)));
  const samples = options.robustness ? sampleClassMappings(full, settings, options.robustness) : [];
  for (const params of samples) {
    const results = runAll(params);
    for (const [i, perScenario] of results.entries()) {
      for (const [j, r] of perScenario.entries()) {
        for (const [k, ok] of r.ok.entries()) if (ok) counts[i]![j]![k]! += 1;
      }
    }
  }

  const evaluations: ScenarioEvaluation[] = scenarios.map((sc, i) => {
    const evals: IndicatorEvaluation[] = indicators.map((ind, j) => {
      const r = nominal[i]![j]!;
      return {
        factor: ind.factor,
        desired: ind.desired,
        weight: ind.weight ?? 1,
        change: r.change,
        ok: r.ok,
        pattern: classifyPattern(r.d, tolerance),
        ...(samples.length > 0
          ? { robustness: counts[i]![j]!.map((c) => c / samples.length) }
          : {}),
      };
    });
    return { ...sc, indicators: evals, ...scoreIndicators(evals) };
  });
  const ranking = [...evaluations]
    .sort((a, b) => b.score - a.score || b.okShare - a.okShare || (a.id < b.id ? -1 : 1))
    .map((e) => e.id);
  return {
    start: settings.start,
    horizon,
    moments,
    scenarios: evaluations,
    ranking,
    ...(options.robustness
      ? {
          robustness: {
            samples: options.robustness.samples,
            seed: options.robustness.seed,
            spread: options.robustness.spread ?? DEFAULT_SPREAD,
            scope: options.robustness.scope ?? "class",
          },
        }
      : {}),
  };
}

function checkMoments(moments: readonly number[], horizon: number): void {
  if (moments.length === 0) throw new UsageError("marvel: no moments to compare at");
  for (const m of moments) {
    if (!(m > 0 && m <= horizon))
      throw new UsageError(`marvel: moment ${m} is outside the horizon (0, ${horizon}]`);
  }
}

function checkIndicators(map: CausalMap, indicators: readonly Indicator[]): void {
  if (indicators.length === 0)
    throw new UsageError("marvel: no indicators: declare them in the map or give --indicator");
  const factors = new Set(map.factors.map((f) => f.id));
  for (const ind of indicators) {
    if (!factors.has(ind.factor))
      throw new UsageError(`marvel: indicator on unknown factor ${JSON.stringify(ind.factor)}`);
  }
}
