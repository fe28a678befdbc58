/**
 * The stock-and-flow model: its types, canonical ids, the typed builder, and the schema and
 * checks of the model file format.
 */
export {
  type AuxOptions,
  type FlowOptions,
  ModelBuilder,
  type ModelOptions,
  type NewId,
  type StockOptions,
  stockFlow,
  type TypedModel,
  type VariableId,
  type VariableOptions,
} from "./builder.js";
export * from "./canonical.js";
export { checkGraphicalFunction } from "./check-graphical-function.js";
export { checkModelStructure } from "./check-model-structure.js";
export { checkSimSpecs } from "./check-sim-specs.js";
export { modelJsonSchema } from "./model-json-schema.js";
export type { PathSegment } from "./object-path.js";
export {
  graphicalFunctionSchema,
  MODEL_FORMAT_VERSION,
  modelFileSchema,
  modelSchema,
  simSpecsSchema,
  variableSchema,
  viewElementSchema,
} from "./schema.js";
export { schemaDiagnostics } from "./schema-diagnostics.js";
export * from "./types.js";
export { type Validated, validateModel, validateModelFile } from "./validate-model.js";
