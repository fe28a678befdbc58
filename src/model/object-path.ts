/**
 * Object paths: how a diagnostic names the place of a value inside a model file
 * (`variables[3].gf.x[2]`), and back to the segments a document is walked with.
 */

/** One step of an object path: a key of an object or an index of an array. */
export type PathSegment = string | number;

/** `["variables", 3, "initial"]` → `variables[3].initial`. Keys that are not plain names are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (typeof segment === "symbol") text += `[${String(segment)}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** `variables[3].initial` → `["variables", 3, "initial"]`; the inverse of {@link formatPath}. */
export function parsePath(text: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$-]*)/gy;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) segments.push(match[3]);
    if (pattern.lastIndex >= text.length) break;
  }
  return segments;
}

/** The value at `path` inside `root`, or undefined when the path leads nowhere. */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** A value as short text for a diagnostic: strings quoted, objects as compact JSON, cut at 60 characters. */
export function valueText(value: unknown): string {
  const text = value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
