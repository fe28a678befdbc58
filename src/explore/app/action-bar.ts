/**
 * The action bar under the chart: Download CSV, Download SVG and the share link's box (which
 * the page fills with the link of its current state).
 */
import { explorerText } from "../explorer-strings.js";
import { el } from "./dom.js";

/** What the buttons do. */
export interface ActionHandlers {
  readonly csv: () => void;
  readonly svg: () => void;
}

/** The elements of the action bar, in `lang`. */
export function actionBar(lang: "nl" | "en", handlers: ActionHandlers): HTMLElement[] {
  const button = (id: string, text: string, action: () => void) => {
    const b = el("button", { type: "button", id }, [text]);
    b.addEventListener("click", action);
    return b;
  };
  return [
    button("download-csv", explorerText("downloadCsv", lang), handlers.csv),
    button("download-svg", explorerText("downloadSvg", lang), handlers.svg),
    el("label", { for: "share" }, [explorerText("share", lang)]),
    el("input", { id: "share", type: "text", readonly: true, "aria-describedby": "share-note" }),
    el("span", { id: "share-note", class: "doc" }, [explorerText("shareNote", lang)]),
  ];
}
