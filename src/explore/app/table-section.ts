/**
 * The measure × indicator section: each switch set otherwise than in the baseline, changed
 * alone (the baseline with only that switch as chosen), and the choice as a whole when more than
 * one is changed, against the baseline of the same assumptions.
 */
import type { Run } from "../../simulate/run.js";
import type { ExplorerEngine } from "../explorer-engine.js";
import { explorerScenario, switchedOn } from "../explorer-scenario.js";
import type { ExplorerSpec } from "../explorer-spec.js";
import { baselineState, type ExplorerState } from "../explorer-state.js";
import { explorerText } from "../explorer-strings.js";
import { measureTable } from "../explorer-table.js";
import { el } from "./dom.js";
import { measureTableElement } from "./render-results.js";

/** Ids of the switches whose setting differs from the baseline's. */
export function changedSwitches(spec: ExplorerSpec, state: ExplorerState): string[] {
  const base = baselineState(spec, state).switches;
  return spec.switches
    .filter((s) => {
      const a = state.switches[s.id]!;
      const b = base[s.id]!;
      return a.on !== b.on || (a.on && (a.size !== b.size || a.start !== b.start));
    })
    .map((s) => s.id);
}

/** The heading, note and table of the current choice. */
export function tableSection(
  spec: ExplorerSpec,
  state: ExplorerState,
  engine: ExplorerEngine,
  runs: { readonly baseline: Run; readonly choice: Run },
): HTMLElement[] {
  const base = baselineState(spec, state);
  const changed = changedSwitches(spec, state);
  const alone = engine.run(
    changed.map((id) => {
      const one = { ...base, switches: { ...base.switches, [id]: state.switches[id]! } };
      return explorerScenario(spec, one, switchedOn(spec, one), id);
    }),
  );
  const rows = changed.map((id, i) => ({ id, run: alone[i]! }));
  if (changed.length > 1) rows.push({ id: "", run: runs.choice });
  const lang = state.lang;
  return [
    el("h2", { id: "table-title" }, [explorerText("table", lang)]),
    el("p", { class: "doc" }, [explorerText("tableNote", lang)]),
    measureTableElement(spec, state, measureTable(spec, rows, runs.baseline)),
  ];
}
