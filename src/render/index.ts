/**
 * stockflow/render: pictures as SVG strings made without a DOM (charts, causal-loop and
 * stock-and-flow diagrams) and a self-contained HTML report. Every picture is an {@link Svg},
 * which also displays itself in Jupyter notebooks (Deno).
 *
 * @example
 * import { timeSeriesChart } from "stockflow/render";
 * const svg = timeSeriesChart({ time: [0, 1, 2], series: [{ name: "stock", values: [1, 2, 4] }] });
 * writeFileSync("stock.svg", svg.svg);
 *
 * @packageDocumentation
 */

export * from "../display/index.js";
export * from "./chart/index.js";
export * from "./cld/index.js";
export { MODEL_LOOP_LIMITS, modelCld, modelLoops, modelStockFlow } from "./model-pictures.js";
export * from "./report/index.js";
export * from "./stock-flow/index.js";
export { heading, type Lang, type StringKey, t } from "./strings.js";
export { escapeXml } from "./svg/escape-xml.js";
export { Svg } from "./svg/svg.js";
export { PNG_DEFAULTS, type PngOptions, svgToPng } from "./svg/svg-to-png.js";
