/**
 * Vensim in (package subpath `stockflow/vensim`): read `.mdl` files into a {@link Model}, with
 * subscripts (arrays), macros and the sketch.
 *
 * @example
 * ```ts
 * import { readVensim } from "stockflow/vensim";
 * const model = readVensim(await readFile("teacup.mdl", "utf8"), { file: "teacup.mdl" });
 * ```
 *
 * @packageDocumentation
 */

export { type ExternalData, type SeriesPoints, seriesKey } from "./external-data.js";
export { DataSeriesError, readDataSeries } from "./read-data-series.js";
export {
  type ReadVensimOptions,
  readVensim,
  readVensimWithDiagnostics,
  type VensimReading,
} from "./read-vensim.js";
export { translateVensimEquation } from "./translate-vensim-equation.js";
export { vensimFunction, vensimFunctionNames } from "./vensim-functions.js";
