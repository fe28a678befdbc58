/**
 * The first line of a generated function: the run context's fields it uses, taken into locals
 * (`const k = c.k, g = c.g;`). Only the fields the statements name are taken, so that a small
 * model's step does not load tables, random source and pipelines it never touches.
 */

/** The fields of `RunContext` that generated statements read by their one-letter names. */
const CONTEXT_FIELDS = ["k", "g", "r", "P"] as const;

/** `const k = c.k, …;` for the context fields that the statements use, or "" for none. */
export function contextPrelude(statements: readonly string[]): string {
  const text = statements.join("\n");
  const used = CONTEXT_FIELDS.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  return used.length === 0 ? "" : `const ${used.map((name) => `${name} = c.${name}`).join(", ")};`;
}
