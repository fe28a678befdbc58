/** Finding a model variable by id or display name, with a did-you-mean hint when it is missing. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { canonicalId } from "../model/canonical.js";
import type { Model, Variable } from "../model/types.js";

/** A lookup of variables by id or display name, case-insensitive. */
export type VariableResolver = (name: string) => Variable | undefined;

/** Build a resolver over a model's variables. */
export function variableResolver(model: Model): VariableResolver {
  const byName = new Map<string, Variable>();
  for (const v of model.variables) {
    byName.set(v.id, v);
    if (v.name !== undefined) byName.set(canonicalId(v.name), v);
  }
  return (name) => byName.get(canonicalId(name));
}

/** The diagnostic of a name that is not in the model, with the closest names as a hint. */
export function unknownVariable(
  model: Model,
  name: string,
  path: string,
  what = "variable",
  candidates: readonly Variable[] = model.variables,
): Diagnostic {
  const hint = formatDidYouMean(
    didYouMean(
      name,
      candidates.map((v) => v.id),
    ),
  );
  return {
    severity: "error",
    code: "unknown-variable",
    message: `unknown ${what} ${JSON.stringify(name)}`,
    path,
    value: name,
    ...(hint !== undefined ? { hint } : {}),
  };
}
