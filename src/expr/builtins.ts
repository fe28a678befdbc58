/**
 * The builtin functions of the stockflow equation language: one table that the parser (arity,
 * aliases), the expander (stateful builtins), the compiler (runtime implementations live in
 * `compile/runtime-functions.ts`) and the docs (`docs/equations.md`) all read.
 *
 * Names are canonical: lower case with `_`. Calls are case-insensitive, and every alias
 * (including the Vensim and XMILE spellings, canonicalised) resolves to the canonical name.
 * Where Vensim and XMILE order arguments differently, stockflow follows Vensim and the XMILE
 * reader reorders.
 */

import { expectString } from "../diagnostics/check-argument.js";
import type { BuiltinSpec } from "./builtin-spec.js";
import { ARRAY_BUILTINS } from "./builtins/array-builtins.js";
import { INPUT_BUILTINS } from "./builtins/input-builtins.js";
import { MATH_BUILTINS } from "./builtins/math-builtins.js";
import { RANDOM_BUILTINS } from "./builtins/random-builtins.js";
import { STATEFUL_BUILTINS } from "./builtins/stateful-builtins.js";
import { TIME_BUILTINS } from "./builtins/time-builtins.js";
import { VECTOR_RUNTIME_BUILTINS } from "./builtins/vector-runtime-builtins.js";

export type { BuiltinCategory, BuiltinSpec } from "./builtin-spec.js";

/** Every builtin, by canonical name. */
export const BUILTINS: Readonly<Record<string, BuiltinSpec>> = Object.freeze(
  Object.fromEntries(
    [
      ...MATH_BUILTINS,
      ...TIME_BUILTINS,
      ...INPUT_BUILTINS,
      ...STATEFUL_BUILTINS,
      ...ARRAY_BUILTINS,
      ...RANDOM_BUILTINS,
      ...VECTOR_RUNTIME_BUILTINS,
    ].map((spec) => [spec.name, spec]),
  ),
);

/** Map from every accepted name (canonical names and aliases) to the canonical builtin name. */
export const BUILTIN_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.values(BUILTINS).flatMap((spec) => [
    [spec.name, spec.name] as const,
    ...(spec.aliases ?? []).map((alias) => [alias, spec.name] as const),
  ]),
);

/** The canonical builtin name for a name as written (case-insensitive), or undefined. */
export function resolveBuiltin(name: string): BuiltinSpec | undefined {
  expectString("resolveBuiltin", "name", name);
  const canonical = BUILTIN_ALIASES.get(name.toLowerCase());
  return canonical === undefined ? undefined : BUILTINS[canonical];
}
