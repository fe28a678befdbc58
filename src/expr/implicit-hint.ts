/**
 * What to suggest for factors written side by side (`2x`, `a b`), which the language rejects.
 * The most common cause is a display name written with its spaces (`Room Temperature`, Vensim's
 * `IF THEN ELSE(…)`): when the words joined by `_` name a variable or a builtin, that name is
 * the suggestion and the words themselves are not reported again.
 */
import { canonicalId } from "../model/canonical.js";
import { resolveBuiltin } from "./builtins.js";
import type { EquationScope } from "./equation-scope.js";
import type { MathNode } from "./mathjs-instance.js";

const OPERATOR_WORDS = new Set(["and", "or", "not", "mod", "xor"]);

/**
 * The hint, and whether names among the factors should go unreported: when they are one name
 * written with spaces, hold an operator word, or look like a number with a unit.
 */
export function implicitHint(
  factors: readonly MathNode[],
  written: readonly string[],
  scope: EquationScope | undefined,
): { hint: string; quiet: boolean } {
  const word = factors.find(
    (n) => n.type === "SymbolNode" && OPERATOR_WORDS.has(n.name.toLowerCase()),
  );
  if (word?.type === "SymbolNode") {
    return {
      hint: `operators are lower case: write \`${word.name.toLowerCase()}\``,
      quiet: true,
    };
  }
  const joined = joinedName(factors, scope);
  if (joined !== undefined) {
    return { hint: `names are written with _ for spaces: \`${joined}\``, quiet: true };
  }
  const all = written.join("");
  if (all.length > 40) return { hint: "write the multiplication with `*`", quiet: false };
  const unitLike = factors[0]?.type === "ConstantNode" && factors[1]?.type === "SymbolNode";
  const units = unitLike ? "; units belong in the variable's `units`" : "";
  return { hint: `write ${written.join(" * ")}${units}`, quiet: unitLike };
}

/** `room_temperature` for `Room Temperature`, `if_then_else(…)` for `IF THEN ELSE(…)`. */
function joinedName(factors: readonly MathNode[], scope: EquationScope | undefined) {
  const last = factors[factors.length - 1];
  const call = last?.type === "FunctionNode" && last.fn.type === "SymbolNode" ? last.fn : undefined;
  const words = (call === undefined ? factors : factors.slice(0, -1)).map((n) =>
    n.type === "SymbolNode" ? n.name : undefined,
  );
  if (call !== undefined) words.push(call.name);
  if (words.some((w) => w === undefined)) return undefined;
  const id = canonicalId(words.join("_"));
  if (call !== undefined) {
    const known = scope?.kindOf(id) === "lookup" || resolveBuiltin(id) !== undefined;
    return known ? `${resolveBuiltin(id)?.name ?? id}(…)` : undefined;
  }
  const known = scope?.kindOf(id) !== undefined || resolveBuiltin(id)?.maxArgs === 0;
  return known ? id : undefined;
}
