/**
 * The stockflow text of one expression of each definition of a variable: for a scalar, one
 * text; for an array, the apply-to-all equation (kept with its dimensions when it can be) and
 * the per-element equations of the cells other definitions (subranges, elements, `:EXCEPT:`)
 * give, keyed by element ids joined with `,`.
 */
import type { Dimension } from "../../model/types.js";
import { equationCells } from "./array-cells.js";
import type { VariableDefinition } from "./expand-macros.js";
import { printVensimExpr } from "./print-vensim-expr.js";
import type { VensimExpr } from "./vensim-ast.js";
import { equationScope, type ModelNames, NeedsCells } from "./vensim-scope.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** The texts of a variable: `equation` applies to all elements, `elements` override single ones. */
export interface EquationTexts {
  readonly equation: string;
  readonly elements?: Readonly<Record<string, string>>;
}

/**
 * Print `expr(d)` of every definition. Each problem goes to `fail` with its definition, and the
 * result is then undefined.
 */
export function equationTexts(
  defs: readonly VariableDefinition[],
  varDims: readonly Dimension[],
  m: ModelNames,
  expr: (d: VariableDefinition) => VensimExpr,
  fail: (error: VensimSyntaxError, d: VariableDefinition) => void,
): EquationTexts | undefined {
  let failed = false;
  const attempt = <T>(d: VariableDefinition, f: () => T): T | undefined => {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof VensimSyntaxError)) throw error;
      failed = true;
      fail(error, d);
      return undefined;
    }
  };
  if (varDims.length === 0) {
    const [first, second] = defs;
    if (second !== undefined) {
      const where = second.def.kind === "data" ? 0 : second.def.lhs.start;
      fail(
        new VensimSyntaxError(
          `${second.name} is defined more than once`,
          where,
          "duplicate-definition",
        ),
        second,
      );
      return undefined;
    }
    const text = attempt(first!, () =>
      printVensimExpr(expr(first!), equationScope(m, { kind: "scalar" })),
    );
    return text === undefined ? undefined : { equation: text };
  }
  let equation: string | undefined;
  const elements: Record<string, string> = {};
  for (const d of defs) {
    if (d.def.kind === "data") continue;
    const lhs = d.def.lhs;
    const cells = attempt(d, () => equationCells(lhs, varDims, m.dims));
    if (cells === undefined) continue;
    if (cells.applyToAll) {
      try {
        equation = printVensimExpr(expr(d), equationScope(m, { kind: "keep", lhs: varDims }));
        continue;
      } catch (error) {
        if (!(error instanceof NeedsCells) && !(error instanceof VensimSyntaxError)) throw error;
        if (error instanceof VensimSyntaxError) {
          failed = true;
          fail(error, d);
          continue;
        }
      }
    }
    const e = expr(d);
    if (e.kind === "numbers") {
      const values = e.rows.flat();
      if (values.length !== cells.cells.length) {
        failed = true;
        fail(
          new VensimSyntaxError(
            `${d.name} needs ${cells.cells.length} value(s), got ${values.length}`,
            e.start,
            "wrong-count",
          ),
          d,
        );
        continue;
      }
      cells.cells.forEach((cell, i) => {
        elements[cell.key] = String(values[i]);
      });
      continue;
    }
    for (const cell of cells.cells) {
      const text = attempt(d, () =>
        printVensimExpr(expr(d), equationScope(m, { kind: "bind", binding: cell.binding })),
      );
      if (text === undefined) break;
      elements[cell.key] = text;
    }
  }
  if (failed) return undefined;
  const keys = Object.keys(elements);
  if (equation === undefined) {
    // When every element has its own equation, the first stands for all (the others override
    // it); an element no equation defines (`:EXCEPT:` leaves it out) is 0, as in Vensim.
    const total = varDims.reduce((n, d) => n * d.elements.length, 1);
    const firstKey = keys[0];
    equation = firstKey === undefined || keys.length < total ? "0" : elements[firstKey]!;
  }
  return keys.length > 0 ? { equation, elements } : { equation };
}
