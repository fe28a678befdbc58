/**
 * Rich displays for notebooks: runs, models, loop lists, scenario comparisons with their
 * 5–95 % bands and MARVEL results, each an {@link HtmlView} with `toHTML()` and the MIME bundle
 * Deno's Jupyter kernel shows. Exported from `stockflow/render`. See `docs/notebooks.md`.
 */
export {
  type ComparedScenario,
  type ComparisonInput,
  ComparisonView,
  type ComparisonViewOptions,
  comparisonView,
} from "./comparison-view.js";
export {
  displayLang,
  formatNumber,
  formatPercent,
  formatTime,
  type LangOptions,
} from "./display-format.js";
export { HtmlView, JUPYTER_DISPLAY, type MimeBundle } from "./html-view.js";
export { LOOPS_VIEW_DEFAULTS, LoopsView, type LoopsViewOptions, loopsView } from "./loops-view.js";
export { MarvelView, type MarvelViewOptions, marvelView } from "./marvel-view.js";
export { MODEL_VIEW_DEFAULTS, ModelView, type ModelViewOptions, modelView } from "./model-view.js";
export { RUN_VIEW_DEFAULTS, RunView, type RunViewOptions, runView } from "./run-view.js";
export { type TableRow, TableView, type TableViewOptions, tableView } from "./table-view.js";
