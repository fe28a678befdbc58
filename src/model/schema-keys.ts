/**
 * The keys a strict object of a zod schema allows at a given path, for did-you-mean hints on
 * unknown keys. Walks the schema alongside the input: through objects, arrays, optional and
 * default wrappers, and discriminated unions (choosing the option the input's tag names).
 */
import type { z } from "zod";
import type { PathSegment } from "./object-path.js";
import { valueAtPath } from "./object-path.js";

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys allowed at `path` of `input` by `schema`, or an empty list when it cannot tell. */
export function schemaKeysAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  input: unknown,
): string[] {
  let current: z.ZodType | undefined = schema;
  let depth = 0;
  while (current !== undefined) {
    const def = defOf(current);
    if (def.innerType !== undefined) {
      current = def.innerType;
    } else if (def.type === "union" && def.discriminator !== undefined) {
      const tag = valueAtPath(input, [...path.slice(0, depth), def.discriminator]);
      current = def.options?.find((option) => {
        const tagSchema = defOf(option).shape?.[def.discriminator as string];
        return tagSchema !== undefined && (defOf(tagSchema).values ?? []).includes(tag);
      });
    } else if (depth === path.length) {
      return def.shape !== undefined ? Object.keys(def.shape) : [];
    } else if (def.type === "object") {
      current = def.shape?.[path[depth] as PathSegment];
      depth++;
    } else if (def.type === "array") {
      current = def.element;
      depth++;
    } else {
      return [];
    }
  }
  return [];
}
