/**
 * Vensim's DAT output, the reference of SDEverywhere's cases: a line with a variable name,
 * then one `time<TAB>value` line per saved time (a constant has a single line). Read with the
 * Vensim data-file reader into the same table as `output.csv`: the union of all times, each
 * variable NaN (not compared) at the times it does not list.
 */
import { readDatSeries } from "../io/vensim/read-data-series.js";
import type { ReferenceOutput } from "./read-reference-output.js";

/** Parse Vensim DAT text. Throws on a data line before any name. */
export function readVensimDat(text: string): ReferenceOutput {
  const series = readDatSeries(text).map((s) => ({ ...s, at: new Map(s.points) }));
  const time = [...new Set(series.flatMap((s) => [...s.at.keys()]))].sort((a, b) => a - b);
  return {
    headers: series.map((s) => s.name),
    time,
    columns: series.map((s) => time.map((t) => s.at.get(t) ?? Number.NaN)),
  };
}
