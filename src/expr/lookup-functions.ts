/**
 * The lookup functions: calls whose first argument names a lookup (`lookup_forward(table, x)`),
 * which the parser turns into a {@link LookupExpr} with a mode instead of a builtin call, since
 * the table is not a value. `lookup_area(table, x1, x2)` is read as
 * `lookup_area(table, x2) - lookup_area(table, x1)`.
 */
import type { LookupMode } from "./types.js";

/** One lookup function: its canonical name, mode, arguments after the table and docs. */
export interface LookupFunctionSpec {
  readonly name: string;
  readonly mode: LookupMode;
  /** Names of the arguments after the table. */
  readonly params: readonly string[];
  /** Fewest arguments after the table. */
  readonly minArgs: number;
  readonly vensim: string;
  readonly doc: string;
}

export const LOOKUP_FUNCTIONS: readonly LookupFunctionSpec[] = [
  {
    name: "lookup_extrapolate",
    mode: "extrapolate",
    params: ["x"],
    minArgs: 1,
    vensim: "LOOKUP EXTRAPOLATE",
    doc: "The table read at x, its first and last segments extended linearly outside its x range.",
  },
  {
    name: "lookup_forward",
    mode: "forward",
    params: ["x"],
    minArgs: 1,
    vensim: "LOOKUP FORWARD",
    doc: "The y of the first point at or after x (no interpolation); the last y beyond the table.",
  },
  {
    name: "lookup_backward",
    mode: "backward",
    params: ["x"],
    minArgs: 1,
    vensim: "LOOKUP BACKWARD",
    doc: "The y of the last point at or before x (no interpolation); the first y before the table.",
  },
  {
    name: "lookup_invert",
    mode: "invert",
    params: ["y"],
    minArgs: 1,
    vensim: "LOOKUP INVERT",
    doc: "The smallest x at which the interpolated table equals y; Vensim's :NA: (−1e38) when y is outside the table's y range.",
  },
  {
    name: "lookup_area",
    mode: "area",
    params: ["x1", "x2"],
    minArgs: 1,
    vensim: "LOOKUP AREA",
    doc: "With x1 and x2: the area under the interpolated table from x1 to x2 (negative when x2 < x1), its end values held outside its x range. With one argument x: the area from the table's first x point to x.",
  },
];

const BY_NAME: ReadonlyMap<string, LookupFunctionSpec> = new Map(
  LOOKUP_FUNCTIONS.map((spec) => [spec.name, spec]),
);
const BY_MODE: ReadonlyMap<LookupMode, LookupFunctionSpec> = new Map(
  LOOKUP_FUNCTIONS.map((spec) => [spec.mode, spec]),
);

/** The lookup function called `name` (canonical id), if any. */
export function lookupFunction(name: string): LookupFunctionSpec | undefined {
  return BY_NAME.get(name);
}

/** The canonical name of the lookup function of a mode (`forward` → `lookup_forward`). */
export function lookupFunctionName(mode: LookupMode): string {
  return BY_MODE.get(mode)?.name ?? `lookup_${mode}`;
}
