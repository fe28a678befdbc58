/**
 * The zod schema of the stockflow model format: a {@link Model} as JSON or YAML, plus a
 * top-level `"stockflow": 1` version field. Objects are strict (an unknown key is an error, since
 * a misspelt optional field would otherwise be dropped in silence). Checks across fields (unique
 * ids, flows that exist, well-formed graphical functions) live in `check-model.ts`.
 */
import { z } from "zod";
import type { Model } from "./types.js";

/** The version of the model format this library reads and writes. */
export const MODEL_FORMAT_VERSION = 1;

const text = z.string();
const num = z.number();

const labelsSchema = z.strictObject({ nl: text.optional(), en: text.optional() });

const locationSchema = z.strictObject({
  file: text.optional(),
  line: z.int().positive().optional(),
  column: z.int().positive().optional(),
  path: text.optional(),
});

const rangeSchema = z.strictObject({ min: num, max: num });

/** A graphical function: points given by `x` or by an evenly spaced `xscale`. */
export const graphicalFunctionSchema = z.strictObject({
  type: z.enum(["continuous", "extrapolate", "discrete"]).optional(),
  x: z.array(num).optional(),
  xscale: rangeSchema.optional(),
  y: z.array(num),
  yscale: rangeSchema.optional(),
});

/** Simulation specifications. */
export const simSpecsSchema = z.strictObject({
  start: num,
  stop: num,
  dt: num,
  saveper: num.optional(),
  method: z.enum(["euler", "rk2", "rk4"]).optional(),
  timeUnits: text.optional(),
  control: z
    .strictObject({
      start: text.optional(),
      stop: text.optional(),
      dt: text.optional(),
      saveper: text.optional(),
    })
    .optional(),
});

const base = {
  id: text,
  name: text.optional(),
  labels: labelsSchema.optional(),
  units: text.optional(),
  doc: text.optional(),
  loc: locationSchema.optional(),
  dims: z.array(text).optional(),
};

/** Per-element equations of an arrayed variable, keyed by element ids joined with `,`. */
const elementEquations = z.record(text, text).optional();

/** Any variable, told apart by `kind`. Stocks may leave out empty `inflows` and `outflows`. */
export const variableSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("stock"),
    ...base,
    initial: text,
    initialElements: elementEquations,
    inflows: z.array(text).default([]),
    outflows: z.array(text).default([]),
    nonNegative: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal("flow"),
    ...base,
    equation: text,
    elements: elementEquations,
    nonNegative: z.boolean().optional(),
    gf: graphicalFunctionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("aux"),
    ...base,
    equation: text,
    elements: elementEquations,
    gf: graphicalFunctionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("constant"),
    ...base,
    value: num,
    values: z.array(num).optional(),
  }),
  z.strictObject({ kind: z.literal("lookup"), ...base, gf: graphicalFunctionSchema }),
]);

const pointSchema = z.strictObject({ x: num, y: num });

/** One element of a diagram view. */
export const viewElementSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("node"),
    variable: text,
    x: num,
    y: num,
    width: num.optional(),
    height: num.optional(),
  }),
  z.strictObject({ kind: z.literal("pipe"), flow: text, points: z.array(pointSchema) }),
  z.strictObject({
    kind: z.literal("connector"),
    from: text,
    to: text,
    angle: num.optional(),
    polarity: z.enum(["+", "-", "?"]).optional(),
  }),
  z.strictObject({ kind: z.literal("cloud"), flow: text, x: num, y: num }),
]);

/** A dimension of arrays. */
export const dimensionSchema = z.strictObject({
  id: text,
  name: text.optional(),
  elements: z.array(text),
  elementNames: z.array(text).optional(),
  parent: text.optional(),
  maps: z.array(z.strictObject({ to: text, elements: z.array(text).optional() })).optional(),
});

/** A stock-and-flow {@link Model} as plain data (what the builder validates). */
export const modelSchema = z.strictObject({
  kind: z.literal("stock-flow"),
  dimensions: z.array(dimensionSchema).optional(),
  name: text.optional(),
  labels: labelsSchema.optional(),
  doc: text.optional(),
  specs: simSpecsSchema,
  units: z
    .array(
      z.strictObject({
        name: text,
        equation: text.optional(),
        aliases: z.array(text).optional(),
      }),
    )
    .optional(),
  variables: z.array(variableSchema),
  view: z.strictObject({ elements: z.array(viewElementSchema) }).optional(),
  source: text.optional(),
});

/** A model file: the model plus the `"stockflow": 1` version field and an optional `$schema`. */
export const modelFileSchema = modelSchema.extend({
  stockflow: z.literal(MODEL_FORMAT_VERSION),
  $schema: text.optional(),
});

// The schema and the hand-written types must describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
const schemaMatchesModel: Same<z.output<typeof modelSchema>, DeepMutable<Model>> = true;
void schemaMatchesModel;
