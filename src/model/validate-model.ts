/**
 * Validation of plain data as a stock-and-flow model: the schema first (shapes and types), then,
 * when the shapes are right, the structural checks. All problems come back together.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { checkModelStructure } from "./check-model-structure.js";
import { modelFileSchema, modelSchema } from "./schema.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";
import type { Model } from "./types.js";

/** The outcome of a validation: the model when there are no errors, and every diagnostic. */
export interface Validated<T> {
  readonly value: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Validate a {@link Model} as plain data (no version field), for example from the builder. */
export function validateModel(input: unknown): Validated<Model> {
  const parsed = modelSchema.safeParse(input);
  if (!parsed.success)
    return {
      value: undefined,
      diagnostics: schemaDiagnostics(parsed.error.issues, input, modelSchema),
    };
  return checked(parsed.data);
}

/**
 * Validate the contents of a model file: the model plus `"stockflow": 1` and an optional
 * `$schema`, which are dropped from the returned model.
 */
export function validateModelFile(input: unknown): Validated<Model> {
  const parsed = modelFileSchema.safeParse(input);
  if (!parsed.success)
    return {
      value: undefined,
      diagnostics: schemaDiagnostics(parsed.error.issues, input, modelFileSchema),
    };
  const { stockflow: _version, $schema: _schema, ...model } = parsed.data;
  return checked(model);
}

function checked(model: Model): Validated<Model> {
  const diagnostics = checkModelStructure(model);
  const failed = diagnostics.some((d) => d.severity === "error");
  return { value: failed ? undefined : model, diagnostics };
}
