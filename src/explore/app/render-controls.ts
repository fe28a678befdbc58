/**
 * The controls of the explorer: language, a switch per measure (with size and start year), a
 * slider per assumption (with unit and description), the indicator and the range switch. Every
 * control is a native form element with a label, so keyboard and screen readers work as usual.
 */
import type { ExplorerSpec } from "../explorer-spec.js";
import type { ExplorerState, SwitchSetting } from "../explorer-state.js";
import { explorerText } from "../explorer-strings.js";
import { unitLabel } from "../unit-label.js";
import { el } from "./dom.js";
import { formatValue } from "./format-number.js";

/** How the controls report a change. */
export type StateChange = (patch: (state: ExplorerState) => ExplorerState) => void;

function switchControl(
  spec: ExplorerSpec,
  state: ExplorerState,
  index: number,
  change: StateChange,
): HTMLElement {
  const s = spec.switches[index]!;
  const lang = state.lang;
  const setting = state.switches[s.id]!;
  const id = `sw-${index}`;
  const update = (patch: Partial<SwitchSetting>) =>
    change((st) => ({
      ...st,
      switches: { ...st.switches, [s.id]: { ...st.switches[s.id]!, ...patch } },
    }));
  const box = el("input", { type: "checkbox", id, checked: setting.on, "data-switch": s.id });
  box.addEventListener("change", () => update({ on: box.checked }));
  const label = s.members ? `${s.label[lang]} (${explorerText("package", lang)})` : s.label[lang];
  const parts: (Node | string)[] = [
    el("div", { class: "switch-head" }, [box, el("label", { for: id }, [label])]),
  ];
  if (s.doc) parts.push(el("p", { class: "doc" }, [s.doc[lang]]));
  if (s.members === undefined) {
    const size = el("input", {
      type: "number",
      id: `${id}-size`,
      min: 0,
      max: 300,
      step: 10,
      value: String(Math.round(setting.size * 1000) / 10),
      "data-size": s.id,
    });
    size.addEventListener("change", () => {
      const x = Number(size.value);
      if (size.value !== "" && Number.isFinite(x) && x >= 0) update({ size: x / 100 });
    });
    const start = el("input", {
      type: "number",
      id: `${id}-start`,
      step: 1,
      min: spec.model.specs.start,
      max: spec.model.specs.stop,
      value: String(setting.start),
      "data-start": s.id,
    });
    start.addEventListener("change", () => {
      const x = Number(start.value);
      if (start.value !== "" && Number.isFinite(x)) update({ start: x });
    });
    parts.push(
      el("div", { class: "switch-settings" }, [
        el("label", { for: size.id }, [explorerText("size", lang)]),
        size,
        el("label", { for: start.id }, [explorerText("start", lang)]),
        start,
      ]),
    );
  }
  return el("div", { class: "switch" }, parts);
}

function sliderControl(
  spec: ExplorerSpec,
  state: ExplorerState,
  index: number,
  change: StateChange,
): HTMLElement {
  const p = spec.parameters[index]!;
  const lang = state.lang;
  const id = `par-${index}`;
  const value = state.params[p.id] ?? p.value;
  const units = unitLabel(p.units, lang);
  const output = el("output", { for: id, id: `${id}-out` }, [
    `${formatValue(value, lang, 3)} ${units}`,
  ]);
  const slider = el("input", {
    type: "range",
    id,
    min: p.min,
    max: p.max,
    step: p.step,
    value: String(value),
    "data-param": p.id,
    "aria-describedby": p.doc ? `${id}-doc` : undefined,
  });
  slider.addEventListener("input", () => {
    const x = Number(slider.value);
    output.textContent = `${formatValue(x, lang, 3)} ${units}`;
    change((st) => ({ ...st, params: { ...st.params, [p.id]: x } }));
  });
  return el("div", { class: "slider" }, [
    el("label", { for: id }, [p.label[lang]]),
    output,
    slider,
    el("span", { class: "range" }, [
      `${formatValue(p.min, lang, 3)} – ${formatValue(p.max, lang, 3)} ${units}`,
    ]),
    ...(p.doc ? [el("p", { class: "doc", id: `${id}-doc` }, [p.doc[lang]])] : []),
  ]);
}

/** Build the control panel for `state`. */
export function renderControls(
  spec: ExplorerSpec,
  state: ExplorerState,
  change: StateChange,
): HTMLElement {
  const lang = state.lang;
  const langSelect = el("select", { id: "lang" }, [
    el("option", { value: "nl", selected: lang === "nl" }, ["Nederlands"]),
    el("option", { value: "en", selected: lang === "en" }, ["English"]),
  ]);
  langSelect.addEventListener("change", () =>
    change((st) => ({ ...st, lang: langSelect.value === "en" ? "en" : "nl" })),
  );
  const indicator = el(
    "select",
    { id: "indicator" },
    spec.indicators.map((i) =>
      el("option", { value: i.id, selected: i.id === state.indicator }, [i.label[lang]]),
    ),
  );
  indicator.addEventListener("change", () =>
    change((st) => ({ ...st, indicator: indicator.value })),
  );
  const sampled = spec.ensemble.parameters.length > 0;
  const band = el("input", {
    type: "checkbox",
    id: "band",
    checked: state.band && sampled,
    disabled: !sampled,
    "aria-describedby": sampled ? undefined : "band-note",
  });
  band.addEventListener("change", () => change((st) => ({ ...st, band: band.checked })));
  return el("div", { class: "controls" }, [
    el("div", { class: "row" }, [
      el("label", { for: "lang" }, [explorerText("language", lang)]),
      langSelect,
    ]),
    el("div", { class: "row" }, [
      el("label", { for: "indicator" }, [explorerText("indicator", lang)]),
      indicator,
    ]),
    el("div", { class: "row" }, [
      band,
      el("label", { for: "band" }, [explorerText("band", lang)]),
      ...(sampled
        ? []
        : [el("span", { id: "band-note", class: "doc" }, [explorerText("noBand", lang)])]),
    ]),
    el("fieldset", {}, [
      el("legend", {}, [explorerText("measures", lang)]),
      ...spec.switches.map((_, i) => switchControl(spec, state, i, change)),
    ]),
    el("fieldset", {}, [
      el("legend", {}, [explorerText("parameters", lang)]),
      ...spec.parameters.map((_, i) => sliderControl(spec, state, i, change)),
    ]),
  ]);
}
