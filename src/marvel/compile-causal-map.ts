/**
 * MARVEL (van Zijderveld, TNO 2007): an enriched causal map compiled into an ordinary
 * stock-and-flow {@link Model}, so that every engine feature — integrators, scenarios,
 * sensitivity, loop dominance, pictures — works on it unchanged. The class mappings, the
 * intervention switches and sizes are constants, so runs change them through parameters. The
 * generated equations are described in `docs/marvel.md`.
 */

import { expectModel, expectOptions } from "../diagnostics/check-argument.js";
import { ModelError } from "../diagnostics/errors.js";
import type {
  CausalLink,
  CausalMap,
  Constant,
  Model,
  SpeedClass,
  StrengthClass,
  Variable,
} from "../model/types.js";
import { bslFormulation } from "./bsl-formulation.js";
import { changeFormulation } from "./change-formulation.js";
import { checkMarvelMap } from "./check-marvel-map.js";
import { interventionConstants } from "./intervention-terms.js";
import { describeLink, linkValues } from "./link-parameters.js";
import { marvelNames as n } from "./marvel-names.js";
import { MARVEL_SETTING_FIELDS, type MarvelSettings, marvelSettings } from "./marvel-settings.js";

/**
 * Compile a causal map into a stock-and-flow model. Throws a {@link ModelError} with every
 * problem when the map cannot be simulated (unknown factors, a `?` polarity, …).
 *
 * @example
 * ```ts
 * const model = compileCausalMap({
 *   kind: "causal-map",
 *   factors: [{ kind: "factor", id: "a" }, { kind: "factor", id: "b" }],
 *   links: [{ kind: "link", from: "a", to: "b", polarity: "+", strength: "strong", speed: "high" }],
 * });
 * // model.variables: strength_* and delay_* constants, change_of_a, a, change_of_b, b,
 * // effect_a_to_b (stock) and effect_a_to_b_flow.
 * ```
 */
export function compileCausalMap(map: CausalMap, settings: Partial<MarvelSettings> = {}): Model {
  expectModel("compileCausalMap", "map", map, ["causal-map"]);
  expectOptions("compileCausalMap", settings, MARVEL_SETTING_FIELDS, "settings");
  const s = marvelSettings(settings);
  const diagnostics = checkMarvelMap(map, s);
  if (diagnostics.some((d) => d.severity === "error")) {
    throw new ModelError(
      diagnostics,
      `causal map ${map.name ?? map.source ?? ""} cannot be compiled`.replace("  ", " "),
    );
  }
  const variables: Variable[] = [...classConstants(map, s)];
  for (const iv of map.interventions ?? []) variables.push(...interventionConstants(iv));
  variables.push(...(s.formulation === "bsl" ? bslFormulation(map, s) : changeFormulation(map, s)));
  return {
    kind: "stock-flow",
    ...(map.name === undefined ? {} : { name: map.name }),
    ...(map.labels === undefined ? {} : { labels: map.labels }),
    doc: `MARVEL compilation (formulation ${s.formulation}) of the causal map${map.name ? ` ${map.name}` : ""}`,
    specs: {
      start: s.start,
      stop: s.start + s.horizon,
      dt: s.dt,
      saveper: s.dt,
      method: s.method,
      timeUnits: s.timeUnits,
    },
    variables,
    ...(map.source === undefined ? {} : { source: map.source }),
  };
}

function classConstants(map: CausalMap, s: MarvelSettings): Constant[] {
  if (s.linkConstants) return map.links.flatMap((link) => linkConstants(link, s));
  const strengths = Object.entries(s.strengths).map(
    ([cls, value]): Constant => ({
      kind: "constant",
      id: n.strength(cls as StrengthClass),
      value,
      doc: `factor of the strength class ${cls}`,
    }),
  );
  const delays = Object.entries(s.delays).map(
    ([cls, value]): Constant => ({
      kind: "constant",
      id: n.delay(cls as SpeedClass),
      value,
      units: s.timeUnits,
      doc: `delay of the speed class ${cls}`,
    }),
  );
  const explicit = map.links
    .filter((l) => l.delay !== undefined && l.delay > 0)
    .map(
      (l): Constant => ({
        kind: "constant",
        id: n.linkDelay(l),
        value: l.delay ?? 0,
        units: s.timeUnits,
        doc: `explicit delay of the link ${l.from} -> ${l.to}`,
      }),
    );
  return [...strengths, ...delays, ...explicit];
}

function linkConstants(link: CausalLink, s: MarvelSettings): Constant[] {
  const { strength, delay } = linkValues(link, s);
  const what = describeLink(link, s);
  const out: Constant[] = [
    { kind: "constant", id: n.linkStrength(link), value: strength, doc: `strength of ${what}` },
  ];
  if (delay > 0) {
    out.push({
      kind: "constant",
      id: n.linkDelay(link),
      value: delay,
      units: s.timeUnits,
      doc: `delay of ${what}`,
    });
  }
  return out;
}
