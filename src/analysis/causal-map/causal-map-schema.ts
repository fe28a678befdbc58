/**
 * The zod schema of the causal-map file format (JSON or YAML): the {@link CausalMap} object plus a
 * top-level `"stockflow": 1` version field. Objects are strict: an unknown key is an error, so a
 * misspelt field never silently drops out. Semantic checks (unknown factors, duplicates, self-loops)
 * live in `check-causal-map.ts`, since they need the whole map; the MARVEL fields (interventions,
 * packages, indicators) come from `src/marvel/marvel-schema.ts`.
 */
import { z } from "zod";
import { marvelMapFields } from "../../marvel/marvel-schema.js";

/** The format version this reader understands. */
export const CAUSAL_MAP_FORMAT_VERSION = 1;

const labels = z.strictObject({ nl: z.string().optional(), en: z.string().optional() });

/** Link polarity: `+`, `-` or `?`. */
export const polaritySchema = z.enum(["+", "-", "?"]);
/** MARVEL strength classes. */
export const strengthSchema = z.enum(["weak", "average", "strong", "very_strong"]);
/** MARVEL speed classes. */
export const speedSchema = z.enum(["very_high", "high", "average", "low"]);

const evidence = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("source"),
    ids: z.array(z.string().min(1)).min(1),
    note: z.string().optional(),
  }),
  z.strictObject({ kind: z.literal("assumption"), reasoning: z.string().min(1) }),
]);

const factor = z.strictObject({
  kind: z.literal("factor").default("factor"),
  id: z.string().min(1),
  name: z.string().optional(),
  labels: labels.optional(),
  description: z.string().optional(),
  actors: z.array(z.string()).optional(),
  group: z.string().optional(),
  units: z.string().optional(),
  sources: z.array(z.string()).optional(),
  accumulating: z.boolean().optional(),
  normalised: z.boolean().optional(),
  initial: z.number().optional(),
});

const link = z.strictObject({
  kind: z.literal("link").default("link"),
  from: z.string().min(1),
  to: z.string().min(1),
  polarity: polaritySchema,
  strength: strengthSchema.optional(),
  speed: speedSchema.optional(),
  delay: z.number().nonnegative().optional(),
  evidence: evidence.optional(),
  note: z.string().optional(),
});

/** The schema of a causal-map file; parses to a `CausalMap` plus the version field. */
export const causalMapFileSchema = z.strictObject({
  $schema: z.string().optional(),
  stockflow: z.literal(CAUSAL_MAP_FORMAT_VERSION),
  kind: z.literal("causal-map"),
  name: z.string().optional(),
  labels: labels.optional(),
  doc: z.string().optional(),
  factors: z.array(factor),
  links: z.array(link),
  /** MARVEL's interventions, packages and indicators (schemas owned by `src/marvel/`). */
  ...marvelMapFields,
  source: z.string().optional(),
});

/** What the schema parses to. */
export type CausalMapFile = z.output<typeof causalMapFileSchema>;
