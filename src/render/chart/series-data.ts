/**
 * The plain data charts draw: time and values per series, so that charts do not depend on the
 * engine. A {@link Run} or a list of named runs converts to it.
 */

import { argumentError, expectRun, expectStrings } from "../../diagnostics/check-argument.js";
import { UsageError } from "../../diagnostics/errors.js";
import type { Run } from "../../simulate/run.js";

/** One line of a chart. */
export interface Series {
  /** Variable name (one colour per name). */
  readonly name: string;
  readonly values: ArrayLike<number>;
  /** Run or scenario the series belongs to (one dash pattern per run). */
  readonly run?: string;
  readonly units?: string;
  /** Times of this series, when they differ from the shared `time`. */
  readonly time?: ArrayLike<number>;
}

/** Time series of several variables, possibly from several runs. */
export interface SeriesData {
  readonly time: ArrayLike<number>;
  readonly series: readonly Series[];
}

/** A run with the name of its scenario. */
export interface NamedRun {
  readonly name: string;
  readonly run: Run;
}

/** What a time-series chart accepts. */
export type ChartInput = SeriesData | Run | readonly NamedRun[];

function isSeriesData(input: ChartInput): input is SeriesData {
  return "series" in input && !("columns" in input);
}

function fromRun(run: Run, variables: readonly string[] | undefined, name?: string): Series[] {
  const chosen = variables ?? run.variables.filter((v) => v.kind === "stock").map((v) => v.id);
  return chosen.map((variable) => {
    const info = run.variables.find((v) => v.id === variable || v.name === variable);
    const series: Series = {
      name: info?.name ?? variable,
      values: run.series(variable),
      time: run.time,
      ...(name === undefined ? {} : { run: name }),
      ...(info?.units === undefined ? {} : { units: info.units }),
    };
    return series;
  });
}

/**
 * Normalise chart input. `variables` selects series by name (all series, or the stocks of a run,
 * when absent); an unknown name is a UsageError.
 */
/** `input` must be something a chart draws: series, a run, or named runs. */
export function expectChartInput(fn: string, arg: string, input: unknown): void {
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++)
      expectRun(fn, `${arg}[${i}].run`, (input[i] as { run?: unknown } | null)?.run);
  } else if (
    !(
      input !== null &&
      typeof input === "object" &&
      ("columns" in input ? true : Array.isArray((input as { series?: unknown }).series))
    )
  ) {
    throw argumentError(fn, arg, "series data, a run or a list of named runs", input);
  } else if ("columns" in input) expectRun(fn, arg, input);
}

export function toSeriesData(input: ChartInput, variables?: readonly string[]): SeriesData {
  expectChartInput("toSeriesData", "input", input);
  if (variables !== undefined) expectStrings("toSeriesData", "variables", variables);
  if (isSeriesData(input)) {
    if (variables === undefined) return input;
    for (const v of variables) {
      if (!input.series.some((s) => s.name === v)) {
        throw new UsageError(`chart: no series ${JSON.stringify(v)}`);
      }
    }
    return { time: input.time, series: input.series.filter((s) => variables.includes(s.name)) };
  }
  if (Array.isArray(input)) {
    const runs = input as readonly NamedRun[];
    const first = runs[0];
    if (first === undefined) throw new UsageError("chart: no runs to draw");
    return {
      time: first.run.time,
      series: runs.flatMap((r) => fromRun(r.run, variables, r.name)),
    };
  }
  const run = input as Run;
  return { time: run.time, series: fromRun(run, variables) };
}

/** The times of a series. */
export function seriesTime(data: SeriesData, s: Series): ArrayLike<number> {
  return s.time ?? data.time;
}
