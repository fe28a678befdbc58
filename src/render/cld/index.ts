/** Causal-loop diagrams: input adapters, layout and rendering. */
export { type CldOptions, causalLoopDiagram, isDelayed } from "./causal-loop-diagram.js";
export {
  type CldEdge,
  type CldInput,
  type CldLoop,
  type CldNode,
  cldFromCausalMap,
  cldFromGraph,
  nodeLabel,
} from "./cld-input.js";
export type { Highlight } from "./highlight.js";
export type { LabelBox } from "./label-box.js";
export {
  CLD_LAYOUT_DEFAULTS,
  type CldLayout,
  type CldLayoutOptions,
  layoutCld,
} from "./layout-cld.js";
export { type LoopDiagram, loopDiagrams } from "./loop-diagrams.js";
