/** Charts: time series, sensitivity bands, tornado, loop dominance and small multiples. */
export { type BandChartOptions, bandChart, type PercentileBands } from "./band-chart.js";
export { CHART_DEFAULTS, type ChartOptions } from "./chart-frame.js";
export { type LoopScoreOptions, type LoopScores, loopScoreChart } from "./loop-score-chart.js";
export {
  type ChartInput,
  type NamedRun,
  type Series,
  type SeriesData,
  toSeriesData,
} from "./series-data.js";
export { type SmallMultiplesOptions, smallMultiples } from "./small-multiples.js";
export {
  type ObservedSeries,
  type TimeSeriesOptions,
  timeSeriesChart,
} from "./time-series-chart.js";
export { type TornadoBar, type TornadoOptions, tornadoChart } from "./tornado-chart.js";
