/** The shape of a builtin of the equation language; the table is `builtins.ts`. */

/** What kind of work a builtin does, which decides where the compiler handles it. */
export type BuiltinCategory =
  /** A pure function of its arguments. */
  | "math"
  /** A value of the run's clock: time, dt, start, stop, save period. */
  | "time"
  /** A test input that depends on time (STEP, RAMP, PULSE …). */
  | "input"
  /** Keeps state between steps: delays, smooths, INITIAL, PREVIOUS …; expanded before ordering. */
  | "stateful"
  /** Draws from the run's seeded random source. */
  | "random"
  /**
   * Reads whole arrays: reductions (`sum(pop[region!])`) and vector functions (`vector_rank`,
   * `invert_matrix` …); resolved when arrays are flattened.
   */
  | "array";

/** The specification of one builtin. */
export interface BuiltinSpec {
  readonly name: string;
  readonly category: BuiltinCategory;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Names of the arguments, for docs and diagnostics. */
  readonly params: readonly string[];
  /** Other names accepted in stockflow equations (canonical spelling). */
  readonly aliases?: readonly string[];
  /** The Vensim name, when Vensim has this builtin. */
  readonly vensim?: string;
  /** The XMILE name, when XMILE has this builtin. */
  readonly xmile?: string;
  /** One or two sentences on what it computes. */
  readonly doc: string;
}
