/**
 * Read the values of Vensim's data functions at load time, so that the model stays
 * self-contained once read:
 *
 * - `GET … CONSTANTS(file, tab, cell)` gives numbers: one cell for a scalar, a row of cells for
 *   one subscript that varies (a column when the cell ends in `*`), rows × columns for two
 *   (columns × rows with `*`). Subscripts fixed to one element do not count.
 * - `GET … LOOKUPS(file, tab, x row or column, cell)` gives one lookup per element: the x values
 *   are read along row `'4'` (or down column `'A'`, or along a named range), the y values along
 *   the row of `cell`; the next element reads the next row (the next column when x runs down).
 * - `GET … DATA(…)` reads the same way, and becomes `WITH LOOKUP(Time, points)`: linear between
 *   points (`:INTERPOLATE:`, the default), the last point's value (`:HOLD BACKWARD:`, `:RAW:`)
 *   or the next point's (`:LOOK FORWARD:`), the end values outside the points.
 *
 * Blank cells, and cells that are no number (with a warning), are skipped in data and lookups.
 * Cells are references (`B2`) or defined names (`value1`). Each call becomes one definition per
 * element, so the rest of the reader treats them as constants, lookups and auxiliaries.
 */
import { limitProblem } from "../../diagnostics/limits.js";
import { canonicalId } from "../../model/canonical.js";
import { type DataCall, type DataMode, parseDataCall } from "./data-calls.js";
import { dataExpr } from "./data-expression.js";
import type { DataFiles } from "./data-files.js";
import { cellName, DataPlaces, DataProblem } from "./data-places.js";
import type { CellValue, DataSheet } from "./data-workbook.js";
import type { VariableDefinition } from "./expand-macros.js";
import type { MdlProblem } from "./mdl-problem.js";
import type { MdlLhs } from "./parse-mdl-entry.js";
import type { MdlEntry } from "./split-mdl.js";
import type { VensimSubscript } from "./vensim-ast.js";
import type { VensimDimensions } from "./vensim-dimensions.js";

export type { ReadDataFile } from "./data-files.js";
export { parseDataCall };

/** A data call with the entry it was written in. */
export interface DataCallEntry {
  readonly name: string;
  readonly call: DataCall;
  readonly entry: MdlEntry;
}

/** What {@link readDataCalls} gives: the definitions, and the names that could not be read. */
export interface DataReading {
  readonly definitions: VariableDefinition[];
  readonly failed: ReadonlyMap<string, "value" | "lookup">;
}

/** Read every call; problems (with the entry's offset) go to `problems`. */
export function readDataCalls(
  calls: readonly DataCallEntry[],
  dims: VensimDimensions,
  files: DataFiles,
  problems: MdlProblem[],
): DataReading {
  const definitions: VariableDefinition[] = [];
  const failed = new Map<string, "value" | "lookup">();
  for (const c of calls) {
    const warn = (p: DataProblem) =>
      problems.push({
        code: p.code,
        message: p.message,
        offset: c.entry.offset + p.offset,
        severity: "warning",
        variable: canonicalId(c.name),
        ...(p.value !== undefined ? { value: p.value } : {}),
      });
    try {
      const reader = new CallReader(c.call, dims, warn, files);
      for (const def of reader.definitions()) {
        definitions.push({
          name: c.name,
          def,
          entry: c.entry,
          dimsLhs: c.call.lhs,
          source: c.call.source,
        });
      }
    } catch (error) {
      if (!(error instanceof DataProblem)) throw error;
      problems.push({
        code: error.code,
        message: error.message,
        offset: c.entry.offset + error.offset,
        variable: canonicalId(c.name),
        value: error.value ?? c.call.source,
      });
      failed.set(c.name, c.call.fn === "lookups" ? "lookup" : "value");
    }
  }
  return { definitions, failed };
}

type Def = VariableDefinition["def"];

/** Reads one call. */
class CallReader {
  private readonly file: string;
  private readonly places: DataPlaces;

  constructor(
    private readonly call: DataCall,
    private readonly dims: VensimDimensions,
    private readonly warn: (p: DataProblem) => void,
    files: DataFiles,
  ) {
    const need = call.fn === "constants" ? 3 : 4;
    const most = call.fn === "data" ? 5 : need;
    if (call.args.length < need || call.args.length > most) {
      const count = need === most ? `${need}` : `${need} or ${most}`;
      throw new DataProblem(
        `${call.title} takes ${count} arguments, got ${call.args.length}`,
        call.start,
        "wrong-arity",
      );
    }
    const name = call.args[0]!;
    const tab = call.args[1]!;
    this.file = files.resolve(name.text);
    this.places = new DataPlaces(this.file, tab, () =>
      files.open(name.text, tab.text, name.offset),
    );
  }

  /** The definitions the call makes, one per element. */
  definitions(): Def[] {
    const { cells, shape } = this.cells(this.call.lhs);
    const lhsOf = (subs: readonly VensimSubscript[]): MdlLhs =>
      subs.length === 0 ? this.call.lhs : { ...this.call.lhs, subscripts: subs, except: [] };
    if (this.call.fn === "constants") {
      const values = this.constants(cells.length, shape);
      return cells.map((subs, k) => ({
        kind: "equation",
        op: "=",
        lhs: lhsOf(subs),
        rhs: { kind: "number", value: values[k]!, start: this.call.start },
      }));
    }
    const series = this.series(cells.length);
    if (this.call.fn === "lookups") {
      return cells.map((subs, k) => ({
        kind: "lookup",
        lhs: lhsOf(subs),
        table: { points: series[k]! },
      }));
    }
    const mode = this.mode();
    return cells.map((subs, k) => ({
      kind: "equation",
      op: "=",
      lhs: lhsOf(subs),
      rhs: dataExpr(series[k]!, mode, this.call.start),
    }));
  }

  private mode(): DataMode {
    const arg = this.call.args[4];
    if (arg === undefined) return this.call.mode ?? "interpolate";
    const key = arg.text.trim().toLowerCase().replace(/\s+/g, " ");
    const modes: Record<string, DataMode> = {
      interpolate: "interpolate",
      raw: "raw",
      "hold backward": "hold backward",
      "look forward": "look forward",
    };
    const mode = modes[key];
    if (mode === undefined) {
      throw new DataProblem(
        `unknown interpolation '${arg.text}': expected interpolate, raw, hold backward or look forward`,
        arg.offset,
        "data-argument",
        arg.text,
      );
    }
    return mode;
  }

  /** The elements of the left-hand side, each as subscripts, and the sizes that vary. */
  private cells(lhs: MdlLhs): { cells: VensimSubscript[][]; shape: number[] } {
    if (lhs.except.length > 0) {
      throw new DataProblem(
        `unsupported: ${this.call.title} with :EXCEPT:`,
        lhs.start,
        "unsupported",
      );
    }
    const options = lhs.subscripts.map((sub) => {
      const dim = this.dims.dimension(sub.name);
      if (dim !== undefined) {
        return (dim.elementNames ?? dim.elements).map((name) => ({ ...sub, name, bang: false }));
      }
      if (this.dims.element(sub.name) !== undefined) return [sub];
      throw new DataProblem(`unknown subscript ${sub.name}`, sub.start, "unknown-subscript");
    });
    let cells: VensimSubscript[][] = [[]];
    for (const list of options) cells = cells.flatMap((prefix) => list.map((s) => [...prefix, s]));
    return { cells, shape: options.map((o) => o.length).filter((n) => n > 1) };
  }

  private constants(count: number, shape: readonly number[]): number[] {
    const arg = this.call.args[2]!;
    const place = this.places.place(arg.text, arg.offset);
    if (shape.length > 2) {
      throw new DataProblem(
        `${this.call.title} reads at most 2 subscripts that vary, got ${shape.length}; define the others element by element`,
        this.call.lhs.start,
        "data-shape",
      );
    }
    const cols = shape.length === 2 ? shape[1]! : (shape[0] ?? 1);
    const out: number[] = [];
    for (let k = 0; k < count; k += 1) {
      let row = shape.length === 2 ? Math.floor(k / cols) : 0;
      let col = shape.length === 2 ? k % cols : k;
      if (place.transposed) [row, col] = [col, row];
      const r = place.top + row;
      const c = place.left + col;
      const v = place.sheet.at(r, c);
      if (typeof v !== "number") {
        const where = `cell ${cellName(r, c)} of '${this.file}'`;
        throw new DataProblem(
          // The text is not quoted: a data file's contents never reach a message.
          v === undefined ? `${where} is empty` : `${where} is not a number (it holds text)`,
          arg.offset,
          "data-cell",
          cellName(r, c),
        );
      }
      out.push(v);
    }
    return out;
  }

  /** The points of each element, for data and lookups. */
  private series(count: number): (readonly [number, number])[][] {
    const axisArg = this.call.args[2]!;
    const cellArg = this.call.args[3]!;
    const place = this.places.place(cellArg.text, cellArg.offset);
    const axis = this.places.axis(axisArg.text, axisArg.offset, place);
    const tooMany = limitProblem("cells", 2 * count * Math.max(0, axis.to - axis.from + 1));
    if (tooMany !== undefined) {
      throw new DataProblem(`${this.call.title}: ${tooMany}`, cellArg.offset, "data-limit");
    }
    const out: (readonly [number, number])[][] = [];
    for (let k = 0; k < count; k += 1) {
      const points: [number, number][] = [];
      for (let p = axis.from; p <= axis.to; p += 1) {
        const [tr, tc] = axis.across ? [axis.line, p] : [p, axis.line];
        const [vr, vc] = axis.across ? [place.top + k, p] : [p, place.left + k];
        const t = this.number(place.sheet, tr, tc, axisArg.offset);
        if (t === undefined) continue;
        const v = this.number(place.sheet, vr, vc, cellArg.offset);
        if (v === undefined) continue;
        points.push([t, v]);
      }
      if (points.length === 0) {
        const at = axis.across
          ? cellName(place.top + k, axis.from)
          : cellName(axis.from, place.left + k);
        throw new DataProblem(
          `no numbers in '${this.file}' from cell ${at} on`,
          cellArg.offset,
          "data-cell",
          cellArg.text,
        );
      }
      points.sort((a, b) => a[0] - b[0]);
      out.push(points);
    }
    return out;
  }

  /** A number, or undefined for a blank cell or (with a warning) a text. */
  private number(sheet: DataSheet, row: number, col: number, offset: number): number | undefined {
    const v: CellValue = sheet.at(row, col);
    if (typeof v === "number") return v;
    if (v !== undefined) {
      this.warn(
        new DataProblem(
          `cell ${cellName(row, col)} of '${this.file}' holds text, not a number; skipped`,
          offset,
          "data-cell",
          cellName(row, col),
        ),
      );
    }
    return undefined;
  }
}
