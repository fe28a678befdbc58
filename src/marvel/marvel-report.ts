/**
 * A MARVEL evaluation as plain JSON and as a text table. The JSON always has `moments`,
 * `horizon`, `scenarios` and `ranking`; when exactly one intervention or package was evaluated,
 * its `interventions`, `indicators` and `score` are repeated at the top level, so that
 * `{"moments":[…],"interventions":[…],"indicators":[{"factor":"c","desired":"down","change":[…],
 * "ok":[…],"pattern":"monotone","robustness":[…]}],"score":…}` reads directly.
 */

import { expectObject } from "../diagnostics/check-argument.js";
import type { MarvelEvaluation, ScenarioEvaluation } from "./evaluate-marvel.js";

/** A number rounded to 6 significant digits, for output. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}

function scenarioJson(s: ScenarioEvaluation) {
  return {
    id: s.id,
    ...(s.name === undefined ? {} : { name: s.name }),
    kind: s.kind,
    interventions: s.interventions,
    indicators: s.indicators.map((ind) => ({
      factor: ind.factor,
      desired: ind.desired,
      weight: ind.weight,
      change: ind.change.map(round),
      ok: ind.ok,
      pattern: ind.pattern,
      ...(ind.robustness === undefined ? {} : { robustness: ind.robustness.map(round) }),
    })),
    score: round(s.score),
    okShare: round(s.okShare),
  };
}

/** The evaluation as one JSON-serialisable object. */
export function marvelJson(evaluation: MarvelEvaluation): Record<string, unknown> {
  expectObject("marvelJson", "evaluation", evaluation);
  const scenarios = evaluation.scenarios.map(scenarioJson);
  const only = scenarios.length === 1 ? scenarios[0] : undefined;
  return {
    moments: evaluation.moments,
    horizon: evaluation.horizon,
    start: evaluation.start,
    ...(only
      ? {
          scenario: only.id,
          interventions: only.interventions,
          indicators: only.indicators,
          score: only.score,
          okShare: only.okShare,
        }
      : {}),
    scenarios,
    ranking: evaluation.ranking,
    ...(evaluation.robustness ? { robustness: evaluation.robustness } : {}),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function cell(x: number): string {
  return String(round(Number(x.toPrecision(3))));
}

/** The evaluation as a text table, one block per scenario in ranking order. */
export function marvelTable(evaluation: MarvelEvaluation): string {
  expectObject("marvelTable", "evaluation", evaluation);
  const lines: string[] = [];
  const moments = evaluation.moments;
  const robust = evaluation.robustness;
  lines.push(
    `moments ${moments.join(", ")} after ${evaluation.start}; horizon ${evaluation.horizon}` +
      (robust
        ? `; robustness over ${robust.samples} samples of the ${robust.scope} values (seed ${robust.seed}, spread ±${robust.spread * 100}%)`
        : ""),
  );
  const byId = new Map(evaluation.scenarios.map((s) => [s.id, s]));
  evaluation.ranking.forEach((id, rank) => {
    const s = byId.get(id)!;
    lines.push("");
    lines.push(
      `${rank + 1}. ${s.kind} ${s.id}${s.name ? ` (${s.name})` : ""}: score ${cell(s.score)}, ` +
        `${Math.round(s.okShare * 100)}% ok` +
        (s.kind === "package" ? ` — ${s.interventions.join(", ")}` : ""),
    );
    const header = ["indicator", "desired", ...moments.map((m) => `t+${m}`), "pattern"];
    const rows = s.indicators.map((ind) => [
      ind.factor,
      ind.desired,
      ...ind.change.map((c, k) => {
        const mark = ind.ok[k] ? "ok" : "--";
        const share = ind.robustness ? ` ${Math.round(ind.robustness[k]! * 100)}%` : "";
        return `${cell(c)} ${mark}${share}`;
      }),
      ind.pattern,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const row of [header, ...rows])
      lines.push(
        `   ${row
          .map((c, i) => pad(c, widths[i]!))
          .join("  ")
          .trimEnd()}`,
      );
  });
  return `${lines.join("\n")}\n`;
}
