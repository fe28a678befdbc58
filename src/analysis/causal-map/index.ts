export {
  CAUSAL_MAP_FORMAT_VERSION,
  type CausalMapFile,
  causalMapFileSchema,
} from "./causal-map-schema.js";
export { checkCausalMap } from "./check-causal-map.js";
export {
  type CausalMapResult,
  parseCausalMapObject,
  type ReadCausalMapOptions,
  type ReadCausalMapTextOptions,
  readCausalMapObject,
  readCausalMapText,
} from "./read-causal-map.js";
export {
  parseCausalMapCsv,
  type ReadCausalMapCsvOptions,
  readCausalMapCsv,
} from "./read-causal-map-csv.js";
export { causalMapToObject, writeCausalMap } from "./write-causal-map.js";
