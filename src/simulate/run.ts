/**
 * The result of a run: columnar, one `Float64Array` per saved variable beside one time vector.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { UsageError } from "../diagnostics/errors.js";
import { JUPYTER_DISPLAY, type MimeBundle } from "../display/html-view.js";
import { canonicalId } from "../model/canonical.js";

/** A saved variable of a run. */
export interface RunVariable {
  /** Canonical id. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  readonly units?: string;
  readonly kind: "stock" | "flow" | "aux" | "constant";
}

/** Columnar results of one run. */
export class Run {
  /** Saved times. */
  readonly time: Float64Array;
  /** Saved variables, in the order of their columns. */
  readonly variables: readonly RunVariable[];
  /** One column per variable, in the order of `variables`. */
  readonly columns: readonly Float64Array[];
  /** Warnings about the run, such as a delay shorter than dt. */
  readonly warnings: readonly Diagnostic[];
  private lookup?: ReadonlyMap<string, number>;

  constructor(
    time: Float64Array,
    variables: readonly RunVariable[],
    columns: readonly Float64Array[],
    warnings: readonly Diagnostic[] = [],
  ) {
    this.time = time;
    this.warnings = warnings;
    this.variables = variables;
    this.columns = columns;
  }

  /**
   * Column index by id, by display name as written, and by canonical display name; an id wins
   * over another variable's display name (a module's `Growth.level` next to a `growth_level`).
   */
  private get index(): ReadonlyMap<string, number> {
    if (!this.lookup) {
      const index = new Map<string, number>();
      this.variables.forEach((v, i) => {
        if (!index.has(canonicalId(v.name))) index.set(canonicalId(v.name), i);
      });
      this.variables.forEach((v, i) => {
        index.set(v.id, i);
      });
      this.variables.forEach((v, i) => {
        if (!index.has(v.name)) index.set(v.name, i);
      });
      this.lookup = index;
    }
    return this.lookup;
  }

  private find(name: string): number | undefined {
    return this.index.get(name) ?? this.index.get(canonicalId(name));
  }

  /** True when the run saved the variable (by id or display name, case-insensitive). */
  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** The column of a variable, by id or display name (case-insensitive). */
  series(name: string): Float64Array {
    const i = this.find(name);
    if (i === undefined) {
      throw new UsageError(`run: no variable ${JSON.stringify(name)} in this run`);
    }
    return this.columns[i]!;
  }

  /** The value of a variable at a saved time (the nearest saved time at or before `t`). */
  at(name: string, t: number): number {
    const column = this.series(name);
    let lo = 0;
    let hi = this.time.length - 1;
    if (t <= this.time[0]!) return column[0]!;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.time[mid]! <= t + 1e-9 * Math.max(1, Math.abs(t))) lo = mid;
      else hi = mid - 1;
    }
    return column[lo]!;
  }

  /** The final value of a variable. */
  final(name: string): number {
    const column = this.series(name);
    return column[column.length - 1]!;
  }

  /** Rows of plain objects keyed by canonical id, with `time` first. */
  toRows(): Record<string, number>[] {
    return Array.from(this.time, (t, row) => {
      const record: Record<string, number> = { time: t };
      this.variables.forEach((v, i) => {
        record[v.id] = this.columns[i]![row]!;
      });
      return record;
    });
  }

  /**
   * Rich display in Deno's Jupyter kernel: the compact table and chart of `runView` from
   * `stockflow/render`, loaded on first display so that the core never loads the charts.
   */
  async [JUPYTER_DISPLAY](): Promise<MimeBundle> {
    const { RunView } = await import("../display/run-view.js");
    return new RunView(this)[JUPYTER_DISPLAY]();
  }
}
