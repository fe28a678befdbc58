/**
 * What a causal map needs before it can be simulated the MARVEL way, beyond what its schema
 * checks: links between known factors with a known polarity, initial values of normalised
 * factors within [0, 1], interventions and indicators on known factors, positive delays, and no
 * factor whose id clashes with a generated variable.
 */

import { expectModel, expectObject } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CausalMap } from "../model/types.js";
import { checkMarvelFields } from "./marvel-schema.js";
import type { MarvelSettings } from "./marvel-settings.js";

const GENERATED =
  /^(change_of_|effect_|in_transit_|entering_|arriving_|net_rate_of_|accumulation_of_|accumulating_|net_effect_on_|strength_|delay_|active_|size_|adjustment_time_|control_|imposing_)/;

/** Every problem that stops {@link compileCausalMap}, as diagnostics. */
export function checkMarvelMap(map: CausalMap, settings: MarvelSettings): Diagnostic[] {
  expectModel("checkMarvelMap", "map", map, ["causal-map"]);
  expectObject("checkMarvelMap", "settings", settings);
  const out: Diagnostic[] = [];
  const error = (code: string, message: string, path: string, value: string): void => {
    out.push({ severity: "error", code, message, path, value, file: map.source });
  };
  const factors = new Set<string>();
  map.factors.forEach((f, i) => {
    if (factors.has(f.id))
      error(
        "duplicate-id",
        `duplicate factor id ${JSON.stringify(f.id)}`,
        `factors[${i}].id`,
        f.id,
      );
    factors.add(f.id);
    if (GENERATED.test(f.id))
      error(
        "name-clash",
        `factor id ${JSON.stringify(f.id)} looks like a generated marvel variable`,
        `factors[${i}].id`,
        f.id,
      );
    const v = f.initial ?? 0;
    if (f.normalised && (v < 0 || v > 1))
      error(
        "out-of-range",
        `normalised factor ${f.id} starts at ${v}, outside [0, 1]`,
        `factors[${i}].initial`,
        String(v),
      );
  });
  const pairs = new Map<string, number>();
  map.links.forEach((link, i) => {
    const pair = `${link.from} -> ${link.to}`;
    const first = pairs.get(pair);
    if (first !== undefined)
      error(
        "duplicate-link",
        `duplicate link ${pair} (first at links[${first}])`,
        `links[${i}]`,
        pair,
      );
    else pairs.set(pair, i);
    for (const end of ["from", "to"] as const) {
      if (!factors.has(link[end]))
        error(
          "unknown-factor",
          `link ${end} unknown factor ${JSON.stringify(link[end])}`,
          `links[${i}].${end}`,
          link[end],
        );
    }
    if (link.polarity === "?")
      error(
        "unknown-polarity",
        `link ${link.from} -> ${link.to} has polarity ?; marvel needs + or -`,
        `links[${i}].polarity`,
        "?",
      );
    if (link.delay !== undefined && !(link.delay >= 0))
      error(
        "bad-delay",
        `link ${link.from} -> ${link.to} has delay ${link.delay}`,
        `links[${i}].delay`,
        String(link.delay),
      );
  });
  for (const [cls, delay] of Object.entries(settings.delays)) {
    if (!(delay > 0))
      error(
        "bad-setting",
        `delay of speed class ${cls} must be positive`,
        `settings.delays.${cls}`,
        String(delay),
      );
  }
  if (!(settings.dt > 0))
    error("bad-setting", "dt must be positive", "settings.dt", String(settings.dt));
  if (!(settings.horizon > 0))
    error("bad-setting", "horizon must be positive", "settings.horizon", String(settings.horizon));
  out.push(...checkMarvelFields(map).map((d) => ({ ...d, file: map.source })));
  return out;
}
