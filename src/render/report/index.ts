/** The self-contained HTML report. */

export { type ModelReportOptions, modelReportInput } from "./model-report.js";
export { prefixIds } from "./prefix-ids.js";
export {
  type ReportFigure,
  type ReportInput,
  type ReportLoop,
  renderReport,
  type ScenarioTable,
} from "./render-report.js";
