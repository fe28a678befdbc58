/**
 * The model file format as a JSON Schema (draft 2020-12), generated from the zod schema, for
 * editors: point a file's `"$schema"` at `docs/model.schema.json` to get completion and checks
 * while typing. The structural checks (unique ids, flows that exist) are not in it.
 */
import { z } from "zod";
import { modelFileSchema } from "./schema.js";

/** The JSON Schema of a model file (what a file may contain, so defaults are optional). */
export function modelJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(modelFileSchema, { io: "input" });
  return {
    $schema,
    title: "stockflow model",
    description: "A stock-and-flow model in the stockflow file format, version 1 (docs/models.md).",
    ...rest,
  };
}
