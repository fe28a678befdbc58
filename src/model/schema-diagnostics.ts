/**
 * Schema issues as diagnostics: each zod issue becomes one short, lower-case diagnostic with the
 * object path and the offending value (an unknown key gives one diagnostic per key, at the key).
 * Positions are added later by whoever holds the text (see `io/located-text.ts`).
 */
import type { z } from "zod";
import { argumentError, expectArray } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { formatPath, valueAtPath, valueText } from "./object-path.js";
import { schemaKeysAt } from "./schema-keys.js";

/**
 * One diagnostic per zod issue (per key for unknown keys), with `path` and `value` filled in.
 * Give the `schema` that produced the issues to get did-you-mean hints for misspelt keys.
 */
export function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema?: z.ZodType,
): Diagnostic[] {
  expectArray("schemaDiagnostics", "issues", issues);
  if (schema !== undefined && (schema === null || typeof schema.safeParse !== "function"))
    throw argumentError("schemaDiagnostics", "schema", "a zod schema", schema);
  return issues.flatMap((issue) => issueDiagnostics(issue, input, schema));
}

function issueDiagnostics(
  issue: z.core.$ZodIssue,
  input: unknown,
  schema: z.ZodType | undefined,
): Diagnostic[] {
  const path = issue.path;
  const value = valueAtPath(input, path);
  const last = path[path.length - 1];
  const at = (code: string, message: string, hint?: string): Diagnostic => ({
    severity: "error",
    code,
    message,
    path: formatPath(path),
    ...(value !== undefined ? { value: valueText(value) } : {}),
    ...(hint !== undefined ? { hint } : {}),
  });
  if (value === undefined && issue.code !== "unrecognized_keys") {
    return [at("missing-field", `missing field "${String(last)}"`)];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = schema !== undefined ? schemaKeysAt(schema, path, input) : [];
      return issue.keys.map((key) => {
        const hint = formatDidYouMean(didYouMean(key, allowed));
        return {
          severity: "error",
          code: "unknown-key",
          message: `unknown key "${key}"`,
          path: formatPath([...path, key]),
          value: valueText(valueAtPath(input, [...path, key])),
          ...(hint !== undefined ? { hint } : {}),
        };
      });
    }
    case "invalid_type":
      return [at("wrong-type", `expected ${issue.expected}, got ${typeName(value)}`)];
    case "invalid_value":
      if (path.length === 1 && last === "stockflow") {
        return [
          at(
            "unsupported-version",
            `unsupported format version ${valueText(value)}`,
            `this version of stockflow reads "stockflow": ${issue.values.join(", ")}`,
          ),
        ];
      }
      return [
        at(
          "invalid-value",
          `expected ${issue.values.map((v) => valueText(v)).join(" | ")}, got ${valueText(value)}`,
        ),
      ];
    case "invalid_union": {
      const options = (issue as { options?: readonly unknown[] }).options;
      if (last === "kind" && options !== undefined) {
        return [
          at(
            "unknown-kind",
            `unknown kind ${valueText(value)}`,
            `expected one of ${options.join(", ")}`,
          ),
        ];
      }
      return [at("invalid-value", lower(issue.message))];
    }
    case "too_small":
      return [at("invalid-value", `${valueText(value)} is below the minimum ${issue.minimum}`)];
    case "too_big":
      return [at("invalid-value", `${valueText(value)} is above the maximum ${issue.maximum}`)];
    case "invalid_format":
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return [at("invalid-value", lower(issue.message))];
    default: {
      const unreachable: never = issue;
      return [at("invalid-value", lower((unreachable as { message: string }).message))];
    }
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  // JSON's 1e999 reads as Infinity: "expected number, got number" would puzzle anyone.
  if (typeof value === "number" && !Number.isFinite(value)) return `${value} (out of range)`;
  return typeof value;
}

function lower(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
