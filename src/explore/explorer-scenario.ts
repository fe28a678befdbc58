/**
 * From the reader's choices to a library scenario, the same data `stockflow scenarios` and
 * `runScenarios` take. A package switch stands for its members, which come first, in the
 * package's order; other switches follow in the order of the page; a member switched on twice
 * counts once; with `neutralOff` every switch's measures are there in page order, neutral when
 * off. At its planned size and start a switch adds its measures unchanged; resized, an
 * `add` is scaled by the size and a `multiply` moves its distance from 1 by it (a `set` keeps
 * its value); moved, every `from` and `until` shifts by the same years.
 */
import type { Measure, Scenario } from "../scenario/scenario.js";
import type { ExplorerSpec, ExplorerSwitch } from "./explorer-spec.js";
import type { ExplorerState, SwitchSetting } from "./explorer-state.js";

/** The name of the baseline scenario. */
export const BASELINE_NAME = "baseline";

/** The name of the scenario of the current choice. */
export const CHOICE_NAME = "choice";

function adjust(measure: Measure, size: number, shift: number): Measure {
  const change =
    size === 1
      ? measure.change
      : "add" in measure.change
        ? { add: measure.change.add * size }
        : "multiply" in measure.change
          ? { multiply: 1 + (measure.change.multiply - 1) * size }
          : measure.change;
  if (shift === 0 && change === measure.change) return measure;
  return {
    ...measure,
    change,
    from: measure.from + shift,
    ...(measure.until !== undefined ? { until: measure.until + shift } : {}),
  };
}

/** A measure that changes nothing: add 0, or multiply by 1. */
export function neutral(measure: Measure): Measure {
  return { ...measure, change: "multiply" in measure.change ? { multiply: 1 } : { add: 0 } };
}

/** The measures of one (non-package) switch at its setting. */
export function switchMeasures(s: ExplorerSwitch, setting: SwitchSetting): Measure[] {
  const shift = setting.start - s.start;
  return s.measures.map((m) => adjust(m, setting.size, shift));
}

/** Ids of the measure switches a set of switched-on switches stands for, in run order. */
export function activeMeasureIds(spec: ExplorerSpec, on: readonly string[]): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const chosen = spec.switches.filter((s) => on.includes(s.id));
  for (const s of chosen) if (s.members !== undefined) s.members.forEach(add);
  for (const s of chosen) if (s.members === undefined) add(s.id);
  return ids;
}

/** The parameter values that differ from the model's. */
export function changedParams(spec: ExplorerSpec, state: ExplorerState): Record<string, number> {
  const set: Record<string, number> = {};
  for (const p of spec.parameters) {
    const value = state.params[p.id];
    if (value !== undefined && !Object.is(value, p.value)) set[p.id] = value;
  }
  return set;
}

/** The scenario of the switches `on` (ids) with the parameters of `state`. */
export function explorerScenario(
  spec: ExplorerSpec,
  state: ExplorerState,
  on: readonly string[],
  name: string,
): Scenario {
  const active = activeMeasureIds(spec, on);
  const measuresOf = (id: string): Measure[] => {
    const s = spec.switches.find((x) => x.id === id);
    const setting = state.switches[id];
    return s === undefined || setting === undefined ? [] : switchMeasures(s, setting);
  };
  const measures = spec.neutralOff
    ? spec.switches
        .filter((s) => s.members === undefined)
        .flatMap((s) => (active.includes(s.id) ? measuresOf(s.id) : s.measures.map(neutral)))
    : active.flatMap(measuresOf);
  const set = changedParams(spec, state);
  return {
    name,
    ...(Object.keys(set).length > 0 ? { set } : {}),
    ...(measures.length > 0 ? { measures } : {}),
  };
}

/** Ids of the switches that are on, in the order of the page. */
export function switchedOn(spec: ExplorerSpec, state: ExplorerState): string[] {
  return spec.switches.filter((s) => state.switches[s.id]?.on === true).map((s) => s.id);
}
