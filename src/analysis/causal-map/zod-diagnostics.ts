/**
 * Turns zod issues into short, located diagnostics that show the offending value, for any
 * schema-validated file format.
 */
import type { z } from "zod";
import type { PathDiagnostic } from "./locate-in-yaml.js";
import { formatPath } from "./locate-in-yaml.js";

function valueAt(root: unknown, steps: readonly PropertyKey[]): unknown {
  let node = root;
  for (const step of steps) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describeType(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${show(value)}`;
}

/** One diagnostic per zod issue (one per key for unknown keys), with paths and offending values. */
export function zodDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  file?: string,
): PathDiagnostic[] {
  const out: PathDiagnostic[] = [];
  for (const issue of issues) {
    const steps = issue.path;
    const value = valueAt(input, steps);
    const last = steps[steps.length - 1];
    const field = typeof last === "string" ? last : "value";
    const base = { severity: "error" as const, file, steps, path: formatPath(steps) };
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const keySteps = [...steps, key];
          out.push({
            ...base,
            code: "unknown-key",
            message: `unknown key ${JSON.stringify(key)}`,
            steps: keySteps,
            path: formatPath(keySteps),
            value: key,
          });
        }
        break;
      case "invalid_value":
        out.push({
          ...base,
          code: "invalid-value",
          message: `${field} ${show(value)} is not allowed`,
          value: show(value),
          hint: `expected ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        });
        break;
      case "invalid_type":
        out.push({
          ...base,
          code: value === undefined ? "missing-field" : "wrong-type",
          message:
            value === undefined
              ? `missing ${field}`
              : `${field} must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}, got ${describeType(value)}`,
          value: value === undefined ? undefined : show(value),
        });
        break;
      case "invalid_union":
        out.push({
          ...base,
          code: "invalid-value",
          message: `${field} ${show(value)} has no valid kind`,
          value: show(value),
          hint: "evidence is {kind: source, ids: [...]} or {kind: assumption, reasoning: ...}",
        });
        break;
      default:
        out.push({
          ...base,
          code: "invalid-value",
          message: `${field} ${show(value)}: ${issue.message.toLowerCase()}`,
          value: show(value),
        });
    }
  }
  return out;
}
