/** Stock-and-flow diagrams: layout (from the model's view or automatic) and rendering. */
export { autoLayout } from "./auto-layout.js";
export { layoutFromView } from "./layout-from-view.js";
export { type ModelLink, modelLinks } from "./model-links.js";
export type { FlowPlace, SfLayout, StockPlace } from "./sf-layout.js";
export { type StockFlowOptions, stockFlowDiagram } from "./stock-flow-diagram.js";
