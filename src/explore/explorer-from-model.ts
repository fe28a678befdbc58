/**
 * The explorer spec of any stock-and-flow model and its scenario files, for `stockflow
 * explore`: a slider for every constant a scenario file gives a distribution (over the
 * distribution's range, which the range ensemble also samples), a switch for every measure of
 * the files and one package switch per file with several measures, the stocks (or the named
 * variables) as indicators, and the causal-loop diagram with the loops the analysis finds.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError } from "../diagnostics/errors.js";
import type { Model, Variable } from "../model/types.js";
import { modelCld, modelLoops } from "../render/model-pictures.js";
import type { ScenarioWithDistributions } from "../scenario/read-scenario.js";
import { unknownVariable, variableResolver } from "../scenario/resolve-variable.js";
import type { Measure } from "../scenario/scenario.js";
import { scenarioModel } from "../scenario/scenario-model.js";
import { type Distribution, quantile } from "../sensitivity/distribution.js";
import type {
  Bilingual,
  ExplorerObserved,
  ExplorerParameter,
  ExplorerSpec,
  ExplorerSwitch,
} from "./explorer-spec.js";

/** Options of {@link explorerSpecFromModel}. */
export interface ExplorerModelOptions {
  readonly scenarios?: readonly ScenarioWithDistributions[];
  readonly lang?: "nl" | "en";
  readonly title?: string;
  /** Variables to show; default: the stocks. */
  readonly indicators?: readonly string[];
  /** Years of the measure × indicator table; default: the middle and the end of the run. */
  readonly years?: readonly number[];
  readonly observed?: readonly ExplorerObserved[];
  readonly runs?: number;
  readonly seed?: number;
}

/** Defaults of {@link ExplorerModelOptions}. */
export const EXPLORER_DEFAULTS = { runs: 200, seed: 1, maxMapLoops: 100 } as const;

const both = (text: string): Bilingual => ({ nl: text, en: text });

const labelOf = (v: Variable): Bilingual => ({
  nl: v.labels?.nl ?? v.name ?? v.id,
  en: v.labels?.en ?? v.name ?? v.id,
});

/** The slider range of a distribution: its support, or its 1–99 % range when unbounded. */
export function distributionRange(d: Distribution): [number, number] {
  switch (d.kind) {
    case "uniform":
    case "triangular":
    case "discrete":
      return [quantile(d, 0), quantile(d, 1)];
    case "normal":
    case "lognormal":
      return [quantile(d, 0.01), quantile(d, 0.99)];
  }
}

function describe(m: Measure): string {
  const c = m.change;
  const what = "add" in c ? `+ ${c.add}` : "multiply" in c ? `× ${c.multiply}` : `= ${c.set}`;
  const ramp = m.ramp ? ` ↗ ${m.ramp}` : "";
  const until = m.until !== undefined ? `–${m.until}` : "";
  return `${m.variable} ${what}: ${m.from}${until}${ramp}`;
}

function switchesOf(scenarios: readonly ScenarioWithDistributions[]): ExplorerSwitch[] {
  const taken = new Set<string>();
  const fresh = (id: string) => {
    let name = id;
    for (let k = 2; taken.has(name); k++) name = `${id}_${k}`;
    taken.add(name);
    return name;
  };
  return scenarios.flatMap((s) => {
    const measures = s.measures ?? [];
    const own = measures.map((m, i) => ({
      id: fresh(`${s.name}_${i + 1}`),
      label: both(m.name ?? `${s.name}: ${m.variable}`),
      doc: both(describe(m)),
      measures: [m],
      start: m.from,
    }));
    if (own.length < 2) return own;
    const pack: ExplorerSwitch = {
      id: fresh(s.name),
      label: both(s.doc ?? s.name),
      measures: [],
      members: own.map((o) => o.id),
      start: Math.min(...own.map((o) => o.start)),
    };
    return [pack, ...own];
  });
}

/** The spec of `model` with the measures and distributions of `options.scenarios`. */
export function explorerSpecFromModel(
  model: Model,
  options: ExplorerModelOptions = {},
): ExplorerSpec {
  const lang = options.lang ?? "nl";
  const { flat } = scenarioModel(model);
  const resolve = variableResolver(flat);
  const problems: Diagnostic[] = [];
  const parameters: ExplorerParameter[] = [];
  const sampled: { id: string; distribution: Distribution }[] = [];
  for (const s of options.scenarios ?? []) {
    for (const [name, distribution] of Object.entries(s.distributions ?? {})) {
      const v = resolve(name);
      if (v?.kind !== "constant") {
        const constants = flat.variables.filter((x) => x.kind === "constant");
        problems.push({
          ...unknownVariable(flat, name, `distributions.${name}`, "constant", constants),
          ...(s.source !== undefined ? { file: s.source } : {}),
        });
        continue;
      }
      if (parameters.some((p) => p.id === v.id)) continue;
      const [lo, hi] = distributionRange(distribution);
      const min = Math.min(lo, v.value);
      const max = Math.max(hi, v.value);
      parameters.push({
        id: v.id,
        label: labelOf(v),
        ...(v.doc ? { doc: both(v.doc) } : {}),
        units: v.units ?? "",
        min,
        max,
        value: v.value,
        step: (max - min) / 100,
      });
      sampled.push({ id: v.id, distribution });
    }
  }
  const names =
    options.indicators ?? flat.variables.filter((v) => v.kind === "stock").map((v) => v.id);
  const indicators = names.flatMap((name, i) => {
    const v = resolve(name);
    if (v === undefined || v.kind === "lookup") {
      problems.push(unknownVariable(flat, name, `indicators[${i}]`));
      return [];
    }
    return [{ id: v.id, label: labelOf(v), units: v.units ?? "" }];
  });
  if (problems.length > 0) throw new ModelError(problems, "explore");
  const { start, stop } = model.specs;
  const years = options.years ?? [start + (stop - start) / 2, stop];
  const name = model.name ?? "stockflow";
  const title: Bilingual =
    options.title !== undefined
      ? both(options.title)
      : { nl: model.labels?.nl ?? name, en: model.labels?.en ?? name };
  const loops = (modelLoops(model) ?? []).slice(0, EXPLORER_DEFAULTS.maxMapLoops);
  const mapLabel = (id: string): Bilingual => {
    const v = model.variables.find((x) => x.id === id);
    return v === undefined ? both(id) : labelOf(v);
  };
  return {
    title,
    lang,
    model,
    parameters,
    switches: switchesOf(options.scenarios ?? []),
    indicators,
    observed: options.observed ?? [],
    years,
    ensemble: {
      runs: options.runs ?? EXPLORER_DEFAULTS.runs,
      seed: options.seed ?? EXPLORER_DEFAULTS.seed,
      parameters: sampled,
    },
    map: {
      title: both(lang === "nl" ? "Causaal lussendiagram" : "Causal-loop diagram"),
      svg: {
        nl: modelCld(model, { lang: "nl", idPrefix: "kaart" }).svg,
        en: modelCld(model, { lang: "en", idPrefix: "kaart" }).svg,
      },
      factors: [...new Set(loops.flatMap((l) => l.variables))].map((id) => ({
        id,
        label: mapLabel(id),
      })),
      loops: loops.map((l) => ({
        id: l.id,
        name: {
          nl: `${l.id}: ${l.variables.map((v) => mapLabel(v).nl).join(" → ")}`,
          en: `${l.id}: ${l.variables.map((v) => mapLabel(v).en).join(" → ")}`,
        },
        polarity: l.polarity,
        variables: l.variables,
      })),
    },
  };
}
