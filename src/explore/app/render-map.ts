/**
 * The systeemkaart on the page: a factor chosen in a list highlights every named loop through
 * it (its factors and links in full colour, the rest faded) and shows those loops' stories.
 */
import type { ExplorerLoop, ExplorerMap } from "../explorer-spec.js";
import type { ExplorerState } from "../explorer-state.js";
import { explorerText } from "../explorer-strings.js";
import { el } from "./dom.js";
import type { StateChange } from "./render-controls.js";

const POLARITY = { R: "reinforcing", B: "balancing", "?": "undecided" } as const;

/** The loops through `factor`. */
export function loopsThrough(map: ExplorerMap, factor: string): ExplorerLoop[] {
  return map.loops.filter((l) => l.variables.includes(factor));
}

function highlight(svg: Element, loops: readonly ExplorerLoop[], factor: string): void {
  const nodes = new Set(loops.flatMap((l) => l.variables));
  const edges = new Set(
    loops.flatMap((l) =>
      l.variables.map((v, i) => `${v}>${l.variables[(i + 1) % l.variables.length]}`),
    ),
  );
  const on = factor !== "";
  for (const g of svg.querySelectorAll("g.factor")) {
    const id = g.getAttribute("data-id") ?? "";
    g.classList.toggle("dim", on && !nodes.has(id) && id !== factor);
    g.classList.toggle("chosen", on && id === factor);
  }
  for (const g of svg.querySelectorAll("g.link")) {
    const key = `${g.getAttribute("data-from")}>${g.getAttribute("data-to")}`;
    g.classList.toggle("dim", on && !edges.has(key));
  }
}

/** Build the map section for `state`. */
export function renderMap(
  map: ExplorerMap,
  state: ExplorerState,
  change: StateChange,
): HTMLElement {
  const lang = state.lang;
  const picture = el("div", { class: "map-picture" });
  const parsed = new DOMParser().parseFromString(map.svg[lang], "image/svg+xml").documentElement;
  const svg = document.importNode(parsed, true);
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  picture.append(svg);
  const select = el("select", { id: "factor" }, [
    el("option", { value: "", selected: state.factor === "" }, [explorerText("noFactor", lang)]),
    ...[...map.factors]
      .sort((a, b) => a.label[lang].localeCompare(b.label[lang], lang))
      .map((f) => el("option", { value: f.id, selected: f.id === state.factor }, [f.label[lang]])),
  ]);
  select.addEventListener("change", () => change((st) => ({ ...st, factor: select.value })));
  const loops = state.factor === "" ? [] : loopsThrough(map, state.factor);
  highlight(svg, loops, state.factor);
  const stories =
    state.factor === ""
      ? []
      : loops.length === 0
        ? [el("p", {}, [explorerText("noLoops", lang)])]
        : [
            el("h3", {}, [explorerText("loopsThrough", lang)]),
            ...loops.map((l) =>
              el("div", { class: "loop", "data-loop": l.id }, [
                el("h4", {}, [
                  `${l.polarity} · ${l.name[lang]} (${explorerText(POLARITY[l.polarity], lang)})`,
                ]),
                ...(l.story ? [el("p", {}, [l.story[lang]])] : []),
              ]),
            ),
          ];
  return el("section", { class: "map", "aria-labelledby": "map-title" }, [
    el("h2", { id: "map-title" }, [map.title[lang]]),
    el("div", { class: "row" }, [
      el("label", { for: "factor" }, [explorerText("factor", lang)]),
      select,
    ]),
    el("div", { class: "map-body" }, [picture, el("div", { class: "stories" }, stories)]),
  ]);
}
