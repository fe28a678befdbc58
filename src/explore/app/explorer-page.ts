/**
 * The explorer page: it holds the state, runs the scenarios of the current choice (baseline,
 * choice, and each switched-on measure alone for the table), draws the results, keeps the URL
 * fragment in step with the state, and asks the worker for the range when it is on.
 */
import type { Run } from "../../simulate/run.js";
import { ExplorerEngine } from "../explorer-engine.js";
import { encodeFragment } from "../explorer-fragment.js";
import { BASELINE_NAME, CHOICE_NAME, explorerScenario, switchedOn } from "../explorer-scenario.js";
import type { ExplorerSpec } from "../explorer-spec.js";
import { baselineState, type ExplorerState } from "../explorer-state.js";
import { explorerText } from "../explorer-strings.js";
import { actionBar } from "./action-bar.js";
import { el, fill } from "./dom.js";
import { download, runsCsv } from "./downloads.js";
import { EnsembleClient } from "./ensemble-client.js";
import type { FromWorker } from "./ensemble-worker.js";
import { renderControls } from "./render-controls.js";
import { renderMap } from "./render-map.js";
import { chartSvg, indicatorNumbers } from "./render-results.js";
import { tableSection } from "./table-section.js";

type Bands = Extract<FromWorker, { kind: "bands" }>;

/** The page, mounted on `root`. */
export class ExplorerPage {
  private state: ExplorerState;
  private readonly engine: ExplorerEngine;
  private readonly ensemble: EnsembleClient;
  private bands: { key: string; result: Bands } | undefined;
  /** The choice the page shows and the choice the worker was last asked for (JSON). */
  private choiceKey = "";
  private requestedKey = "";
  /** The latest table job; an older one finds a newer token and gives up. */
  private tableToken = 0;
  private runs: { baseline: Run; choice: Run } | undefined;
  private readonly parts = {
    controls: el("aside", { class: "panel" }),
    chart: el("div", { class: "chart", id: "chart" }),
    status: el("div", { class: "status", role: "status", "aria-live": "polite" }),
    numbers: el("div", { class: "numbers-box" }),
    actions: el("div", { class: "actions" }),
    table: el("section", { class: "table", "aria-labelledby": "table-title" }),
    map: el("div"),
    title: el("h1"),
    problems: el("div", { class: "problems" }),
  };

  constructor(
    private readonly spec: ExplorerSpec,
    state: ExplorerState,
    source: string,
    private readonly root: HTMLElement,
    private readonly problems: readonly string[],
  ) {
    this.state = state;
    this.engine = new ExplorerEngine(spec);
    this.ensemble = new EnsembleClient(spec, source, {
      progress: (done, total) => this.progress(done, total),
      bands: (result) => {
        this.bands = { key: this.requestedKey, result };
        this.drawChart();
      },
      error: (message) =>
        fill(this.parts.status, [`${explorerText("error", this.state.lang)}: ${message}`]),
    });
  }

  /** Build the page and draw the first results. */
  mount(): void {
    const p = this.parts;
    fill(this.root, [
      el("header", {}, [p.title, p.problems]),
      el("div", { class: "layout" }, [
        p.controls,
        el("main", {}, [p.chart, p.status, p.numbers, p.actions, p.table, p.map]),
      ]),
    ]);
    this.rebuild();
  }

  private change = (patch: (state: ExplorerState) => ExplorerState): void => {
    const before = this.state;
    this.state = patch(before);
    if (this.state.lang !== before.lang) {
      this.rebuild();
      document.getElementById("lang")?.focus();
    } else if (this.state.factor !== before.factor) {
      this.drawMap();
      document.getElementById("factor")?.focus();
      this.writeFragment();
      this.parts.table.setAttribute("data-for", encodeFragment(this.spec, this.state));
    } else this.update();
  };

  private rebuild(): void {
    const lang = this.state.lang;
    document.documentElement.lang = lang;
    document.title = this.spec.title[lang];
    fill(this.parts.title, [this.spec.title[lang]]);
    fill(
      this.parts.problems,
      this.problems.length === 0
        ? []
        : [
            el("p", { role: "alert" }, [
              `${explorerText("problems", lang)}: ${this.problems.join("; ")}`,
            ]),
          ],
    );
    fill(this.parts.controls, [renderControls(this.spec, this.state, this.change)]);
    this.drawMap();
    this.drawActions();
    this.update();
  }

  private drawMap(): void {
    const map = this.spec.map;
    fill(this.parts.map, map ? [renderMap(map, this.state, this.change)] : []);
  }

  private update(): void {
    const on = switchedOn(this.spec, this.state);
    const base = baselineState(this.spec, this.state);
    const baselineScenario = explorerScenario(
      this.spec,
      base,
      switchedOn(this.spec, base),
      BASELINE_NAME,
    );
    const choiceScenario = explorerScenario(this.spec, this.state, on, CHOICE_NAME);
    const [baseline, choice] = this.engine.run([baselineScenario, choiceScenario]);
    this.runs = { baseline: baseline!, choice: choice! };
    fill(this.parts.numbers, [indicatorNumbers(this.spec, this.state, this.runs)]);
    // the scenarios exactly as run, for anyone who wants to rerun them elsewhere
    this.parts.numbers.setAttribute("data-baseline", JSON.stringify(baselineScenario));
    this.parts.numbers.setAttribute("data-choice", JSON.stringify(choiceScenario));
    this.choiceKey = JSON.stringify(choiceScenario);
    if (!this.state.band) {
      this.ensemble.stop();
      this.requestedKey = "";
      fill(this.parts.status, []);
    } else if (this.requestedKey !== this.choiceKey) {
      this.requestedKey = this.choiceKey;
      // A job still running belongs to other settings: stop it even when no new one is needed.
      if (this.bands?.key === this.choiceKey) this.ensemble.stop();
      else {
        this.ensemble.run(choiceScenario);
        this.progress(0, this.spec.ensemble.runs);
      }
    }
    this.drawChart();
    const fragment = this.writeFragment();
    // The table runs every switched-on measure alone: after the chart, so the chart never waits.
    this.parts.table.setAttribute("aria-busy", "true");
    const token = ++this.tableToken;
    setTimeout(() => {
      if (token !== this.tableToken) return;
      fill(this.parts.table, tableSection(this.spec, this.state, this.engine, this.runs!));
      this.parts.table.setAttribute("aria-busy", "false");
      this.parts.table.setAttribute("data-for", fragment);
    }, 0);
  }

  private currentBands(): Bands | undefined {
    return this.state.band && this.bands?.key === this.choiceKey ? this.bands.result : undefined;
  }

  private drawChart(): void {
    if (this.runs === undefined) return;
    const result = this.currentBands();
    const b = result?.bands[this.state.indicator];
    const band = result && b ? { time: result.time, p05: b.p05, p95: b.p95 } : undefined;
    this.parts.chart.innerHTML = chartSvg(
      this.spec,
      this.state,
      this.runs.baseline,
      this.runs.choice,
      band,
    );
    this.parts.chart.setAttribute("data-band", band ? "drawn" : "none");
    if (result) {
      fill(this.parts.status, [
        `${explorerText("bandLegend", this.state.lang)}: ${result.runs} ${explorerText("bandDone", this.state.lang)} ${this.spec.ensemble.seed}`,
      ]);
    }
  }

  private progress(done: number, total: number): void {
    const lang = this.state.lang;
    fill(this.parts.status, [
      el("label", { for: "band-progress" }, [
        `${explorerText("bandRunning", lang)} (${done}/${total})`,
      ]),
      el("progress", { id: "band-progress", max: total, value: done }),
    ]);
  }

  private drawActions(): void {
    fill(
      this.parts.actions,
      actionBar(this.state.lang, {
        csv: () => {
          if (this.runs === undefined) return;
          const { baseline, choice } = this.runs;
          const bands = this.currentBands()?.bands;
          download("verkenner.csv", runsCsv(this.spec, baseline, choice, bands), "text/csv");
        },
        svg: () =>
          download(`${this.state.indicator}.svg`, this.parts.chart.innerHTML, "image/svg+xml"),
      }),
    );
  }

  /** Write the state into the URL fragment and the share box; returns the fragment. */
  private writeFragment(): string {
    const fragment = encodeFragment(this.spec, this.state);
    const url = `${location.href.replace(/#.*$/, "")}#${fragment}`;
    history.replaceState(null, "", url);
    const share = document.getElementById("share") as HTMLInputElement | null;
    if (share) share.value = url;
    return fragment;
  }
}
