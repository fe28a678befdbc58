export { type CompiledModel, checkModel, compileModel, type OutputSlot } from "./compile-model.js";
export type { Pass, PipelineState, Program, RunContext, Sink } from "./generate-program.js";
export { lookupTable, type Table, tablePoints } from "./graphical-function.js";
export type {
  AuxNode,
  IrNode,
  MemoryNode,
  ParamNode,
  PipelineNode,
  StaticNode,
  StockNode,
} from "./ir.js";
export { RUNTIME_FUNCTIONS, type RuntimeFunctions } from "./runtime-functions.js";
