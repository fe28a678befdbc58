/**
 * Units as dimension maps: `people/year` is { person: 1, year: −1 }. Unit strings are products
 * and quotients of names with integer powers (`persons*year^-1`, `1/year`, `(kg*m)/s^2`);
 * `dmnl`, `dimensionless`, `unitless`, `fraction`, `1` and the empty product are dimensionless.
 * Names are compared loosely — lower case, one space (or `_`) between words, a plural `s` dropped
 * (`ies` read as `y`), and
 * `people` read as `person` — so that `Persons/Year` and `people/year` agree. A Vensim range
 * after the units (`dmnl [0,1]`) is ignored. Text that is not of this form gives undefined: an
 * unknown unit, about which the check says nothing.
 */

import { expectFunction, expectObject, expectString } from "../../diagnostics/check-argument.js";
import type { UnitDefinition } from "../../model/types.js";

/** Dimension name → non-zero integer exponent. */
export type Dimensions = ReadonlyMap<string, number>;

const DIMENSIONLESS = new Set(["dmnl", "dimensionless", "unitless", "fraction", "1", "none"]);

function word(w: string): string {
  const lower = w.toLowerCase();
  if (lower === "people") return "person";
  if (lower.length > 4 && lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss")
    ? lower.slice(0, -1)
    : lower;
}

/** Multiply two dimension maps, each raised to a power. */
export function combine(a: Dimensions, b: Dimensions, power = 1): Dimensions {
  const out = new Map(a);
  for (const [name, e] of b) {
    const sum = (out.get(name) ?? 0) + power * e;
    if (sum === 0) out.delete(name);
    else out.set(name, sum);
  }
  return out;
}

/** Raise a dimension map to a rational power; undefined when an exponent stops being whole. */
export function raise(a: Dimensions, power: number): Dimensions | undefined {
  const out = new Map<string, number>();
  for (const [name, e] of a) {
    const x = e * power;
    if (!Number.isInteger(x)) return undefined;
    if (x !== 0) out.set(name, x);
  }
  return out;
}

/** Equal dimension maps. */
export function sameDimensions(a: Dimensions, b: Dimensions): boolean {
  expectObject("sameDimensions", "a", a);
  expectObject("sameDimensions", "b", b);
  return a.size === b.size && [...a].every(([name, e]) => b.get(name) === e);
}

/** The dimensions a unit name stands for in a model, when the model defines it. */
export type UnitResolver = (name: string) => Dimensions | undefined;

/**
 * A resolver for the units a model defines (XMILE `<model_units>`): an alias stands for its unit,
 * and a unit with an equation for the dimensions of that equation (itself resolved, cycles
 * left undefined). Names are compared as {@link parseUnits} compares them.
 */
export function unitResolver(defs: readonly UnitDefinition[] | undefined): UnitResolver {
  const byName = new Map<string, UnitDefinition>();
  for (const d of defs ?? []) {
    for (const n of [d.name, ...(d.aliases ?? [])]) byName.set(normalName(n), d);
  }
  const resolving = new Set<UnitDefinition>();
  const resolve: UnitResolver = (name) => {
    const d = byName.get(name);
    if (d === undefined || resolving.has(d)) return undefined;
    if (d.equation === undefined) return new Map([[normalName(d.name), 1]]);
    resolving.add(d);
    try {
      return parseUnits(d.equation, resolve);
    } finally {
      resolving.delete(d);
    }
  };
  return resolve;
}

function normalName(n: string): string {
  return n
    .trim()
    .split(/[\s_]+/)
    .map(word)
    .join(" ");
}

/**
 * Parse a unit string; undefined when it is not a product of powers of names. `resolve` gives
 * the dimensions of the units the model defines.
 */
export function parseUnits(text: string, resolve?: UnitResolver): Dimensions | undefined {
  expectString("parseUnits", "text", text);
  if (resolve !== undefined) expectFunction("parseUnits", "resolve", resolve);
  const clean = text.replace(/\[[^\]]*\]\s*$/, "").trim();
  const tokens = clean.match(
    /\s*([A-Za-z_$€][A-Za-z0-9_$€ ]*[A-Za-z0-9_$€]|[A-Za-z_$€]|-?\d+|[*/^()])\s*/gy,
  );
  if (tokens === null || tokens.join("").length !== clean.length) return undefined;
  const list = tokens.map((t) => t.trim());
  let at = 0;
  const product = (): Dimensions | undefined => {
    let acc: Dimensions | undefined = power();
    while (acc !== undefined && (list[at] === "*" || list[at] === "/")) {
      const op = list[at++];
      const next = power();
      acc = next === undefined ? undefined : combine(acc, next, op === "/" ? -1 : 1);
    }
    return acc;
  };
  const power = (): Dimensions | undefined => {
    const base = factor();
    if (base === undefined || list[at] !== "^") return base;
    at++;
    const e = Number(list[at++]);
    return Number.isInteger(e) ? raise(base, e) : undefined;
  };
  const factor = (): Dimensions | undefined => {
    const t = list[at++];
    if (t === undefined) return undefined;
    if (t === "(") {
      const inner = product();
      return list[at++] === ")" ? inner : undefined;
    }
    if (/^-?\d+$/.test(t)) return t === "1" ? new Map() : undefined;
    if (/^[*/^)]$/.test(t)) return undefined;
    const name = normalName(t);
    if (DIMENSIONLESS.has(name)) return new Map();
    return resolve?.(name) ?? new Map([[name, 1]]);
  };
  const result = product();
  return at === list.length ? result : undefined;
}

/** `person/year`, `1/year`, `dmnl`, `m^2/s`. */
export function formatUnits(d: Dimensions): string {
  expectObject("formatUnits", "d", d);
  const part = (entries: [string, number][]) =>
    entries.map(([n, e]) => (Math.abs(e) === 1 ? n : `${n}^${Math.abs(e)}`)).join("*");
  const sorted = [...d].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const up = sorted.filter(([, e]) => e > 0);
  const down = sorted.filter(([, e]) => e < 0);
  if (up.length === 0 && down.length === 0) return "dmnl";
  const top = up.length > 0 ? part(up) : "1";
  return down.length === 0 ? top : `${top}/${down.length > 1 ? `(${part(down)})` : part(down)}`;
}
