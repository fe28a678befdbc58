export { type CompiledModel, checkModel, compileModel, type OutputSlot } from "./compile-model.js";
export type { Program } from "./generate-program.js";
export { lookupTable, type Table, tablePoints } from "./graphical-function.js";
export { RUNTIME_FUNCTIONS, type RuntimeFunctions } from "./runtime-functions.js";
