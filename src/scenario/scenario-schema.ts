/**
 * The zod schema of a scenario file (YAML or JSON). Objects are strict, so a misspelt key is an
 * error with a did-you-mean hint instead of a change dropped in silence.
 */
import { z } from "zod";
import { graphicalFunctionSchema } from "../model/schema.js";

const num = z.number();

const changeSchema = z.union([
  z.strictObject({ add: num }),
  z.strictObject({ multiply: num }),
  z.strictObject({ set: num }),
]);

/** One measure. */
export const measureSchema = z.strictObject({
  name: z.string().optional(),
  variable: z.string(),
  change: changeSchema,
  from: num,
  ramp: num.optional(),
  until: num.optional(),
});

/**
 * A name in a scenario (a constant, a table, a distribution): never one that JavaScript objects
 * already have (`__proto__`, `constructor`), which a lookup by name would find on the prototype.
 */
const nameKey = z.string().refine((key) => !(key in Object.prototype), {
  message: "this name is reserved (it names a member of every JavaScript object)",
});

/** A scenario file. */
export const scenarioFileSchema = z.strictObject({
  stockflow: z.literal(1).optional(),
  kind: z.literal("scenario").optional(),
  name: z.string().optional(),
  doc: z.string().optional(),
  model: z.string().optional(),
  extends: z.string().optional(),
  set: z.record(nameKey, num).optional(),
  tables: z.record(nameKey, graphicalFunctionSchema).optional(),
  measures: z.array(measureSchema).optional(),
  /** Parameter distributions for `stockflow sensitivity --spec`: `NAME: uniform(LO,HI)`. */
  distributions: z.record(nameKey, z.string()).optional(),
});

/**
 * A scenario as the API takes it (`Scenario`): a scenario file's fields with a required name and
 * the file it came from. The entry points check their scenario arguments with it; other keys
 * are let through (a scenario read for a sensitivity study carries its parsed distributions).
 */
export const scenarioSchema = z.looseObject({
  ...scenarioFileSchema.shape,
  name: z.string(),
  source: z.string().optional(),
  distributions: z.unknown().optional(),
});

/** A list of scenarios, and of measures, for the argument checks. */
export const scenarioListSchema = z.array(scenarioSchema);
export const measureListSchema = z.array(measureSchema);

/** A scenario file as read. */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
