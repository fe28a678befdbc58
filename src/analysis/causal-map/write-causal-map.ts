/**
 * Writing a causal map as JSON or YAML in the file format `readCausalMapText` reads: the version
 * field first, keys in a fixed order, and the `kind` of factors and links left out (the reader
 * fills it in), so that files diff well and read like the workshop's own list.
 */
import { stringify } from "yaml";
import { expectModel, expectOneOf } from "../../diagnostics/check-argument.js";
import type { CausalLink, CausalMap, Factor } from "../../model/types.js";
import { CAUSAL_MAP_FORMAT_VERSION } from "./causal-map-schema.js";

const MAP_KEYS = ["name", "labels", "doc", "source"] as const;
const MARVEL_KEYS = ["interventions", "packages", "indicators"] as const;
const FACTOR_KEYS = [
  "id",
  "name",
  "labels",
  "description",
  "actors",
  "group",
  "units",
  "sources",
  "accumulating",
  "normalised",
  "initial",
] as const;
const LINK_KEYS = [
  "from",
  "to",
  "polarity",
  "strength",
  "speed",
  "delay",
  "evidence",
  "note",
] as const;

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (value[key] !== undefined) out[key as string] = value[key];
  }
  return out;
}

/** The file object of a map: `{ stockflow: 1, kind: "causal-map", …, factors, links }`. */
export function causalMapToObject(map: CausalMap): Record<string, unknown> {
  expectModel("causalMapToObject", "map", map, ["causal-map"]);
  return {
    stockflow: CAUSAL_MAP_FORMAT_VERSION,
    kind: "causal-map",
    ...pick(map, MAP_KEYS),
    factors: map.factors.map((f: Factor) => pick(f, FACTOR_KEYS)),
    links: map.links.map((l: CausalLink) => pick(l, LINK_KEYS)),
    ...pick(map, MARVEL_KEYS),
  };
}

/** The text of a causal-map file in JSON (2-space indent, final newline) or YAML. */
export function writeCausalMap(map: CausalMap, format: "json" | "yaml" = "json"): string {
  expectModel("writeCausalMap", "map", map, ["causal-map"]);
  expectOneOf("writeCausalMap", "format", format, ["json", "yaml"]);
  const object = causalMapToObject(map);
  switch (format) {
    case "json":
      return `${JSON.stringify(object, null, 2)}\n`;
    case "yaml":
      return stringify(object, { lineWidth: 0 });
  }
}
