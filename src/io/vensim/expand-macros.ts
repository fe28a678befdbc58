/**
 * Expand Vensim macros (`:MACRO: NAME(input, …)` … `:END OF MACRO:`) inline. Each call of a
 * macro in a variable's equation becomes a copy of the macro's equations, with the inputs
 * replaced by the call's arguments and every name the macro defines renamed to a hidden
 * variable `<caller>_<macro>_<n>_<name>` (one `_` between parts: ids stay canonical); the call
 * itself reads the copy of the equation named like the macro. A macro with outputs
 * (`:MACRO: NAME(in : out)`) called as `NAME(x : y)` also defines the caller's variable `y`,
 * equal to the copy's `out`. Macros that call macros are expanded in turn (to a fixed depth).
 * A call in a subscripted equation makes copies subscripted like the equation (one instance
 * per element), and `Time$`, `TIME STEP$`, … in a body are the model's time values.
 */
import { canonicalId } from "../../model/canonical.js";
import type { MdlDefinition, MdlLhs } from "./parse-mdl-entry.js";
import type { MdlEntry } from "./split-mdl.js";
import { mapChildren, type VensimExpr } from "./vensim-ast.js";
import { vensimKey } from "./vensim-functions.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** A definition of a variable with the entry it came from. */
export interface VariableDefinition {
  /** Name as written; hidden variables of macros carry their id instead. */
  readonly name: string;
  /** Set for the hidden variables of macro copies: the id, used as is. */
  readonly hiddenId?: string;
  readonly def: Extract<MdlDefinition, { kind: "equation" | "lookup" | "data" }>;
  readonly entry: MdlEntry;
  /**
   * The left-hand side as written, when `def` defines only some of its elements (a data
   * function read element by element): the variable's dimensions come from it.
   */
  readonly dimsLhs?: MdlLhs;
  /** The data function the values were read with, for the variable's documentation. */
  readonly source?: string;
}

/** A parsed macro. */
export interface MacroDefinition {
  readonly name: string;
  readonly params: readonly string[];
  readonly outputs: readonly string[];
  readonly definitions: readonly VariableDefinition[];
  readonly offset: number;
}

/** Marks a name node as a hidden variable (its name is then an id). */
export const HIDDEN = "\u0000";

const MAX_DEPTH = 8;

/**
 * Names a macro body uses for the calling model's time values (Vensim's reference: `Time$`,
 * `TIME STEP$`, … inside a macro are the model's), by {@link vensimKey}.
 */
const CALLER_NAMES: ReadonlyMap<string, string> = new Map(
  ["Time", "TIME STEP", "INITIAL TIME", "FINAL TIME", "SAVEPER"].map((n) => [
    vensimKey(`${n}$`),
    n,
  ]),
);

/** Expand every macro call in `definitions`; problems go to `fail`. */
export function expandMacros(
  definitions: readonly VariableDefinition[],
  macros: readonly MacroDefinition[],
  fail: (error: VensimSyntaxError, d: VariableDefinition) => void,
): VariableDefinition[] {
  if (macros.length === 0) return [...definitions];
  const byKey = new Map(macros.map((m) => [vensimKey(m.name), m]));
  const counters = new Map<string, number>();
  const out: VariableDefinition[] = [];
  const expand = (d: VariableDefinition, depth: number): void => {
    if (d.def.kind !== "equation") {
      out.push(d);
      return;
    }
    const callerId = d.hiddenId ?? canonicalId(d.name);
    const extra: VariableDefinition[] = [];
    const defined: VariableDefinition[] = [];
    const visit = (e: VensimExpr): VensimExpr => {
      const inner = mapChildren(e, visit);
      if (inner.kind !== "call") return inner;
      const macro = byKey.get(vensimKey(inner.name));
      if (macro === undefined) return inner;
      if (depth >= MAX_DEPTH)
        throw new VensimSyntaxError(`macro ${macro.name} nested too deeply`, inner.start);
      const outputs = inner.outputs ?? [];
      if (outputs.length > macro.outputs.length) {
        throw new VensimSyntaxError(
          `macro ${macro.name} has ${macro.outputs.length} output(s), the call names ${outputs.length}`,
          outputs[0]?.start ?? inner.start,
          "wrong-arity",
        );
      }
      if (inner.args.length !== macro.params.length) {
        throw new VensimSyntaxError(
          `macro ${macro.name} takes ${macro.params.length} argument(s), got ${inner.args.length}`,
          inner.start,
          "wrong-arity",
        );
      }
      const key = `${callerId}/${vensimKey(macro.name)}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const prefix = `${callerId}_${canonicalId(macro.name)}_${n}_`;
      const params = new Map(macro.params.map((p, i) => [vensimKey(p), inner.args[i]!]));
      const locals = new Set(macro.definitions.map((m) => vensimKey(m.name)));
      // Called in a subscripted equation, each copy is arrayed like the caller: one instance
      // of the macro per element (`s[D] = ACC(r[D])`).
      const subs = d.def.lhs.subscripts;
      const rename = (e: VensimExpr): VensimExpr => {
        if (e.kind === "name" && e.subscripts.length === 0) {
          const key = vensimKey(e.name);
          const arg = params.get(key);
          if (arg !== undefined) return arg;
          if (locals.has(key))
            return { ...e, name: `${HIDDEN}${prefix}${canonicalId(e.name)}`, subscripts: subs };
          // The caller's time names, as a macro body writes them (`TIME STEP$`).
          const own = CALLER_NAMES.get(key);
          if (own !== undefined) return { ...e, name: own };
        }
        return mapChildren(e, rename);
      };
      for (const m of macro.definitions) {
        const hiddenId = `${prefix}${canonicalId(m.name)}`;
        const lhs = { ...m.def.lhs, subscripts: subs, except: [] };
        const def =
          m.def.kind === "equation" ? { ...m.def, lhs, rhs: rename(m.def.rhs) } : { ...m.def, lhs };
        extra.push({ ...m, name: hiddenId, hiddenId, def });
      }
      // Each output the call names is a variable of the caller's model, equal to the copy's
      // variable of that output.
      outputs.forEach((out, i) => {
        const source: VensimExpr = {
          kind: "name",
          name: `${HIDDEN}${prefix}${canonicalId(macro.outputs[i]!)}`,
          quoted: true,
          subscripts: [],
          start: out.start,
        };
        const lhs = { name: out.name, subscripts: [], except: [], start: out.start };
        const { units: _units, comment: _comment, ...entry } = d.entry;
        defined.push({
          name: out.name,
          def: { kind: "equation", lhs, op: "=", rhs: source },
          entry,
        });
      });
      return {
        kind: "name",
        name: `${HIDDEN}${prefix}${canonicalId(macro.name)}`,
        quoted: true,
        subscripts: subs,
        start: inner.start,
      };
    };
    try {
      out.push({ ...d, def: { ...d.def, rhs: visit(d.def.rhs) } });
    } catch (error) {
      if (!(error instanceof VensimSyntaxError)) throw error;
      fail(error, d);
      return;
    }
    out.push(...defined);
    for (const x of extra) expand(x, depth + 1);
  };
  for (const d of definitions) expand(d, 0);
  return out;
}
