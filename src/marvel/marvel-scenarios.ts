/**
 * Which runs a MARVEL evaluation makes: one per intervention evaluated alone and one per package
 * (interventions switched on together), each compared with the baseline run in which every
 * intervention is off. Interventions and packages may be declared in the map or given inline;
 * inline interventions are added to the map before it is compiled.
 */

import { expectModel, expectObject } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import type { CausalMap, Intervention, InterventionPackage } from "../model/types.js";

/** One evaluated run: its id and the interventions it switches on. */
export interface MarvelScenario {
  readonly id: string;
  readonly name?: string;
  readonly kind: "intervention" | "package";
  readonly interventions: readonly string[];
}

/** What to evaluate: interventions alone and packages, by id or inline. */
export interface ScenarioSelection {
  readonly interventions?: readonly (string | Intervention)[];
  readonly packages?: readonly (string | InterventionPackage)[];
}

/**
 * The map with the inline interventions added, and the scenarios to run. With nothing selected,
 * every declared package and then every declared intervention alone is evaluated.
 */
export function resolveScenarios(
  map: CausalMap,
  selection: ScenarioSelection,
): { readonly map: CausalMap; readonly scenarios: MarvelScenario[] } {
  expectModel("resolveScenarios", "map", map, ["causal-map"]);
  expectObject("resolveScenarios", "selection", selection);
  const declared = new Map((map.interventions ?? []).map((iv) => [iv.id, iv]));
  const added: Intervention[] = [];
  for (const item of selection.interventions ?? []) {
    if (typeof item === "string") continue;
    if (declared.has(item.id))
      throw new UsageError(`marvel: intervention ${JSON.stringify(item.id)} is already declared`);
    declared.set(item.id, item);
    added.push(item);
  }
  for (const item of selection.packages ?? []) {
    if (typeof item === "string") continue;
    for (const id of item.interventions) known(declared, id);
  }
  const full: CausalMap =
    added.length === 0 ? map : { ...map, interventions: [...(map.interventions ?? []), ...added] };
  const packages = new Map((map.packages ?? []).map((p) => [p.id, p]));
  const scenarios: MarvelScenario[] = [];
  const nothingSelected = !selection.interventions?.length && !selection.packages?.length;
  const packageItems = nothingSelected ? [...packages.keys()] : (selection.packages ?? []);
  for (const item of packageItems) {
    const p = typeof item === "string" ? packages.get(item) : item;
    if (!p) {
      const names = [...packages.keys()].join(", ") || "none declared";
      throw new UsageError(`marvel: unknown package ${JSON.stringify(item)} (packages: ${names})`);
    }
    scenarios.push({
      id: p.id,
      ...(p.name === undefined ? {} : { name: p.name }),
      kind: "package",
      interventions: p.interventions,
    });
  }
  const interventionItems = nothingSelected
    ? [...declared.keys()]
    : (selection.interventions ?? []);
  for (const item of interventionItems) {
    const iv = typeof item === "string" ? known(declared, item) : item;
    scenarios.push({
      id: iv.id,
      ...(iv.name === undefined ? {} : { name: iv.name }),
      kind: "intervention",
      interventions: [iv.id],
    });
  }
  if (scenarios.length === 0)
    throw new UsageError("marvel: nothing to evaluate: the map declares no interventions");
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id))
      throw new UsageError(`marvel: ${JSON.stringify(s.id)} is evaluated twice; ids must differ`);
    ids.add(s.id);
  }
  return { map: full, scenarios };
}

function known(declared: ReadonlyMap<string, Intervention>, id: string): Intervention {
  const iv = declared.get(id);
  if (!iv) {
    const names = [...declared.keys()].join(", ") || "none declared";
    throw new UsageError(
      `marvel: unknown intervention ${JSON.stringify(id)} (interventions: ${names})`,
    );
  }
  return iv;
}
