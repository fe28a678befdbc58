/**
 * The zod schemas of the MARVEL fields of a causal-map file: `interventions`, `packages` and
 * `indicators` (types in `src/model/types.ts`). The causal-map file schema spreads
 * {@link marvelMapFields} into its top-level object; {@link checkMarvelFields} does the checks a
 * schema cannot (references to factors and interventions that exist, unique ids).
 */
import { z } from "zod";
import { expectModel } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CausalMap } from "../model/types.js";

const labels = z.strictObject({ nl: z.string().optional(), en: z.string().optional() });

const base = {
  id: z.string().min(1),
  name: z.string().optional(),
  labels: labels.optional(),
  description: z.string().optional(),
  factor: z.string().min(1),
  start: z.number().finite().optional(),
  end: z.number().finite().optional(),
  actors: z.array(z.string()).optional(),
  sources: z.array(z.string()).optional(),
};

/** One intervention: a step, a ramp or a setpoint control on a factor. */
export const interventionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...base, kind: z.literal("step"), size: z.number().finite() }),
  z.strictObject({
    ...base,
    kind: z.literal("ramp"),
    size: z.number().finite(),
    duration: z.number().positive().optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("setpoint"),
    value: z.number().finite(),
    adjustmentTime: z.number().positive().optional(),
  }),
]);

/** A package: interventions switched on together. */
export const packageSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  labels: labels.optional(),
  description: z.string().optional(),
  interventions: z.array(z.string().min(1)).min(1),
});

/** A performance indicator. */
export const indicatorSchema = z.strictObject({
  factor: z.string().min(1),
  desired: z.enum(["up", "down"]),
  weight: z.number().nonnegative().optional(),
});

/** The optional MARVEL fields of a causal-map file, to spread into its `z.strictObject`. */
export const marvelMapFields = {
  interventions: z.array(interventionSchema).optional(),
  packages: z.array(packageSchema).optional(),
  indicators: z.array(indicatorSchema).optional(),
};

/**
 * Diagnostics of the MARVEL fields of a map: interventions and indicators on unknown factors,
 * packages naming unknown interventions, duplicate ids, a ramp or step ending before it starts.
 */
export function checkMarvelFields(map: CausalMap): Diagnostic[] {
  expectModel("checkMarvelFields", "map", map, ["causal-map"]);
  const out: Diagnostic[] = [];
  const factors = new Set(map.factors.map((f) => f.id));
  const error = (code: string, message: string, path: string, value: string): void => {
    out.push({ severity: "error", code, message, path, value });
  };
  const interventions = new Set<string>();
  (map.interventions ?? []).forEach((iv, i) => {
    if (interventions.has(iv.id))
      error(
        "duplicate-id",
        `duplicate intervention id ${JSON.stringify(iv.id)}`,
        `interventions[${i}].id`,
        iv.id,
      );
    interventions.add(iv.id);
    if (!factors.has(iv.factor))
      error(
        "unknown-factor",
        `intervention on unknown factor ${JSON.stringify(iv.factor)}`,
        `interventions[${i}].factor`,
        iv.factor,
      );
    if (iv.start !== undefined && iv.end !== undefined && iv.end <= iv.start)
      error(
        "bad-interval",
        `intervention ends at ${iv.end}, not after its start ${iv.start}`,
        `interventions[${i}].end`,
        String(iv.end),
      );
  });
  const packages = new Set<string>();
  (map.packages ?? []).forEach((p, i) => {
    if (packages.has(p.id) || interventions.has(p.id))
      error(
        "duplicate-id",
        `duplicate package id ${JSON.stringify(p.id)}`,
        `packages[${i}].id`,
        p.id,
      );
    packages.add(p.id);
    p.interventions.forEach((id, j) => {
      if (!interventions.has(id))
        error(
          "unknown-intervention",
          `package names unknown intervention ${JSON.stringify(id)}`,
          `packages[${i}].interventions[${j}]`,
          id,
        );
    });
  });
  (map.indicators ?? []).forEach((ind, i) => {
    if (!factors.has(ind.factor))
      error(
        "unknown-factor",
        `indicator on unknown factor ${JSON.stringify(ind.factor)}`,
        `indicators[${i}].factor`,
        ind.factor,
      );
  });
  return out;
}
