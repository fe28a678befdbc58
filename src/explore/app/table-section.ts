/**
 * The measure × indicator section: each switched-on switch run alone (and the choice as a
 * whole when more than one is on), against the baseline of the same assumptions.
 */
import type { Run } from "../../simulate/run.js";
import type { ExplorerEngine } from "../explorer-engine.js";
import { explorerScenario } from "../explorer-scenario.js";
import type { ExplorerSpec } from "../explorer-spec.js";
import type { ExplorerState } from "../explorer-state.js";
import { explorerText } from "../explorer-strings.js";
import { measureTable } from "../explorer-table.js";
import { el } from "./dom.js";
import { measureTableElement } from "./render-results.js";

/** The heading, note and table of the switches `on`. */
export function tableSection(
  spec: ExplorerSpec,
  state: ExplorerState,
  engine: ExplorerEngine,
  on: readonly string[],
  runs: { readonly baseline: Run; readonly choice: Run },
): HTMLElement[] {
  const alone = engine.run(on.map((id) => explorerScenario(spec, state, [id], id)));
  const rows = on.map((id, i) => ({ id, run: alone[i]! }));
  if (on.length > 1) rows.push({ id: "", run: runs.choice });
  const lang = state.lang;
  return [
    el("h2", { id: "table-title" }, [explorerText("table", lang)]),
    el("p", { class: "doc" }, [explorerText("tableNote", lang)]),
    measureTableElement(spec, state, measureTable(spec, rows, runs.baseline)),
  ];
}
