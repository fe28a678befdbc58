/**
 * Vensim's DAT output, the reference of SDEverywhere's cases: a line with a variable name,
 * then one `time<TAB>value` line per saved time (a constant has a single line). Read into the
 * same table as `output.csv`: the union of all times, each variable NaN (not compared) at the
 * times it does not list.
 */
import type { ReferenceOutput } from "./read-reference-output.js";

const DATA_LINE = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\t\s*(\S+)\s*$/;

/** Parse Vensim DAT text. Throws on a data line before any name. */
export function readVensimDat(text: string): ReferenceOutput {
  const series: { header: string; points: Map<number, number> }[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    const data = DATA_LINE.exec(line);
    const current = series[series.length - 1];
    if (data === null) {
      series.push({ header: line.trim(), points: new Map() });
    } else if (current === undefined) {
      throw new Error(`DAT output starts with a data line: ${JSON.stringify(line)}`);
    } else {
      const value = Number(data[2]);
      current.points.set(Number(data[1]), Number.isNaN(value) ? Number.NaN : value);
    }
  }
  const time = [...new Set(series.flatMap((s) => [...s.points.keys()]))].sort((a, b) => a - b);
  return {
    headers: series.map((s) => s.header),
    time,
    columns: series.map((s) => time.map((t) => s.points.get(t) ?? Number.NaN)),
  };
}
