/**
 * Canonical identifiers: how display names (`Room Temperature`, `"Net Flow ($)"`) map to the ids
 * used in equations and slots (`room_temperature`, `net_flow`).
 */
import { expectObject, expectString } from "../diagnostics/check-argument.js";

/**
 * The canonical id of a display name: accents dropped, lower case, every run of characters other
 * than ASCII letters and digits turned into one `_`, leading and trailing `_` trimmed, and `_`
 * put in front of a leading digit. An empty result becomes `_`.
 */
export function canonicalId(name: string): string {
  expectString("canonicalId", "name", name);
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  let id = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (id === "") id = "_";
  if (/^[0-9]/.test(id)) id = `_${id}`;
  return id;
}

/** True when `id` is already canonical. */
export function isCanonicalId(id: string): boolean {
  return /^[a-z_][a-z0-9_]*$/.test(id) && canonicalId(id) === id;
}

/** The display name of a variable: its `name`, or its id. */
export function displayName(v: { readonly id: string; readonly name?: string }): string {
  expectObject("displayName", "v", v);
  return v.name ?? v.id;
}
