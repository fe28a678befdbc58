/**
 * The short forms of interventions and indicators on the command line:
 * `FACTOR=CHANGE[@TIME]` is a step of CHANGE on FACTOR from TIME (default: the start), and
 * `FACTOR:up|down[:WEIGHT]` an indicator. Factor names are matched by canonical id, so
 * `"Police capacity"` finds `police_capacity`; an unknown name is a usage error with a
 * did-you-mean hint.
 */
import { didYouMean } from "../analysis/did-you-mean.js";
import { expectModel, expectString, expectStrings } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import { canonicalId } from "../model/canonical.js";
import type { CausalMap, Indicator, Intervention } from "../model/types.js";

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const INTERVENTION = new RegExp(`^(.+?)=(${NUMBER})(?:@(${NUMBER}))?$`);
const INDICATOR = new RegExp(`^(.+?):(up|down)(?::(${NUMBER}))?$`);

function factorId(map: CausalMap, name: string, spec: string): string {
  const id = canonicalId(name.trim());
  const ids = map.factors.map((f) => f.id);
  if (ids.includes(id)) return id;
  const hint = didYouMean(id, ids);
  throw new UsageError(
    `marvel: unknown factor ${JSON.stringify(name.trim())} in ${JSON.stringify(spec)}${hint ? ` (${hint})` : ""}`,
  );
}

/** Step interventions from `FACTOR=CHANGE[@TIME]` specs, with ids `intervene_<factor>[_<n>]`. */
export function parseInterventionSpecs(map: CausalMap, specs: readonly string[]): Intervention[] {
  expectModel("parseInterventionSpecs", "map", map, ["causal-map"]);
  expectStrings("parseInterventionSpecs", "specs", specs);
  const taken = new Set((map.interventions ?? []).map((iv) => iv.id));
  return specs.map((spec) => {
    const m = INTERVENTION.exec(spec.trim());
    if (!m)
      throw new UsageError(
        `marvel: bad intervention ${JSON.stringify(spec)}: expected FACTOR=CHANGE or FACTOR=CHANGE@TIME`,
      );
    const factor = factorId(map, m[1]!, spec);
    let id = `intervene_${factor}`;
    for (let i = 2; taken.has(id); i++) id = `intervene_${factor}_${i}`;
    taken.add(id);
    return {
      kind: "step",
      id,
      factor,
      size: Number(m[2]),
      ...(m[3] === undefined ? {} : { start: Number(m[3]) }),
    };
  });
}

/** Indicators from `FACTOR:up|down[:WEIGHT]` specs. */
export function parseIndicatorSpecs(map: CausalMap, specs: readonly string[]): Indicator[] {
  expectModel("parseIndicatorSpecs", "map", map, ["causal-map"]);
  expectStrings("parseIndicatorSpecs", "specs", specs);
  return specs.map((spec) => {
    const m = INDICATOR.exec(spec.trim());
    if (!m)
      throw new UsageError(
        `marvel: bad indicator ${JSON.stringify(spec)}: expected FACTOR:up or FACTOR:down[:WEIGHT]`,
      );
    return {
      factor: factorId(map, m[1]!, spec),
      desired: m[2] as "up" | "down",
      ...(m[3] === undefined ? {} : { weight: Number(m[3]) }),
    };
  });
}

/** Moments from `1,2,5,10`. */
export function parseMoments(text: string): number[] {
  expectString("parseMoments", "text", text);
  const moments = text.split(",").map((part) => Number(part.trim()));
  if (moments.length === 0 || moments.some((m) => !Number.isFinite(m) || m <= 0))
    throw new UsageError(
      `marvel: bad moments ${JSON.stringify(text)}: expected positive numbers like 1,2,5,10`,
    );
  return moments;
}
