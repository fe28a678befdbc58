/**
 * The results of the explorer: the chart of the chosen indicator, its numbers in the table's
 * years (each cell carries the full-precision value in `data-value`), and the measure ×
 * indicator table of the current choice.
 */
import type { Run } from "../../simulate/run.js";
import { explorerChart } from "../explorer-chart.js";
import type { ExplorerSpec } from "../explorer-spec.js";
import type { ExplorerState } from "../explorer-state.js";
import { explorerText } from "../explorer-strings.js";
import type { TableRow } from "../explorer-table.js";
import { unitLabel } from "../unit-label.js";
import { el } from "./dom.js";
import { formatChange, formatValue } from "./format-number.js";

/** A drawn band of the chosen indicator. */
export interface DrawnBand {
  readonly time: ArrayLike<number>;
  readonly p05: ArrayLike<number>;
  readonly p95: ArrayLike<number>;
}

/** The chart's SVG text for the state. */
export function chartSvg(
  spec: ExplorerSpec,
  state: ExplorerState,
  baseline: Run,
  choice: Run,
  band: DrawnBand | undefined,
): string {
  const lang = state.lang;
  const indicator = spec.indicators.find((i) => i.id === state.indicator)!;
  const observed = spec.observed.find((o) => o.indicator === indicator.id);
  return explorerChart({
    title: indicator.label[lang],
    yLabel: unitLabel(indicator.units, lang),
    xLabel: explorerText("time", lang),
    time: choice.time,
    baseline: { label: explorerText("baseline", lang), values: baseline.series(indicator.id) },
    choice: { label: explorerText("choice", lang), values: choice.series(indicator.id) },
    ...(band ? { band: { label: explorerText("bandLegend", lang), ...band } } : {}),
    ...(observed
      ? { observed: { label: observed.label[lang], time: observed.time, values: observed.values } }
      : {}),
  }).svg;
}

/** The numbers of the chosen indicator: baseline and choice in the table's years. */
export function indicatorNumbers(
  spec: ExplorerSpec,
  state: ExplorerState,
  runs: { readonly baseline: Run; readonly choice: Run },
): HTMLElement {
  const lang = state.lang;
  const id = state.indicator;
  const row = (name: "baseline" | "choice") =>
    el("tr", {}, [
      el("th", { scope: "row" }, [explorerText(name, lang)]),
      ...spec.years.map((year) => {
        const value = runs[name].at(id, year);
        return el(
          "td",
          {
            "data-run": name,
            "data-indicator": id,
            "data-year": year,
            "data-value": String(value),
          },
          [formatValue(value, lang)],
        );
      }),
    ]);
  return el("table", { class: "numbers" }, [
    el("thead", {}, [
      el("tr", {}, [
        el("th", { scope: "col" }, [explorerText("year", lang)]),
        ...spec.years.map((y) => el("th", { scope: "col" }, [String(y)])),
      ]),
    ]),
    el("tbody", {}, [row("baseline"), row("choice")]),
  ]);
}

/** The measure × indicator table. */
export function measureTableElement(
  spec: ExplorerSpec,
  state: ExplorerState,
  rows: readonly TableRow[],
): HTMLElement {
  const lang = state.lang;
  if (rows.length === 0) return el("p", {}, [explorerText("noneOn", lang)]);
  const label = (id: string) =>
    id === ""
      ? explorerText("allChosen", lang)
      : (spec.switches.find((s) => s.id === id)?.label[lang] ?? id);
  const head = el("tr", {}, [
    el("th", { scope: "col", rowspan: 2 }, [explorerText("measure", lang)]),
    ...spec.indicators.map((i) =>
      el("th", { scope: "colgroup", colspan: spec.years.length }, [i.label[lang]]),
    ),
  ]);
  const years = el(
    "tr",
    {},
    spec.indicators.flatMap(() => spec.years.map((y) => el("th", { scope: "col" }, [String(y)]))),
  );
  const body = rows.map((r) =>
    el("tr", { "data-row": r.id }, [
      el("th", { scope: "row" }, [label(r.id)]),
      ...r.cells.map((c) =>
        el(
          "td",
          {
            "data-indicator": c.indicator,
            "data-year": c.year,
            "data-value": String(c.value),
            "data-relative": String(c.relative),
          },
          [formatChange(c.relative, lang)],
        ),
      ),
    ]),
  );
  return el(
    "div",
    { class: "table-box", tabindex: 0, role: "region", "aria-label": explorerText("table", lang) },
    [el("table", { class: "measures" }, [el("thead", {}, [head, years]), el("tbody", {}, body)])],
  );
}
