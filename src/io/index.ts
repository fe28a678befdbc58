/**
 * Reading and writing model files. Light on purpose: the XMILE, Vensim and CSV readers are
 * imported by {@link loadModel} on first use, never here.
 */
export { type LoadModelOptions, loadModel, MODEL_EXTENSIONS } from "./load-model.js";
export {
  formatOfFile,
  type LocatedText,
  type LocatedTextOptions,
  locateDiagnostics,
  parseLocatedText,
  type TextFormat,
  type TextPosition,
} from "./located-text.js";
export {
  type ModelTextResult,
  parseModelText,
  type ReadModelTextOptions,
  readModelText,
} from "./read-model-text.js";
export {
  modelFileObject,
  type WriteModelOptions,
  writeModelJson,
  writeModelYaml,
} from "./write-model.js";
