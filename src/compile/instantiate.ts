/**
 * Instantiating generated source, once per distinct source and function table. The generated
 * functions are pure in their arguments, so the same source can serve every compilation that
 * produces it: recompiling a model (a scenario, a test, an analysis) then reuses code V8 has
 * already optimised instead of starting cold. The cache is small and bounded (least recently
 * used entries are dropped).
 */
import type { RuntimeFunctions } from "./runtime-functions.js";

const LIMIT = 64;
const caches = new WeakMap<RuntimeFunctions, Map<string, unknown>>();

/** `new Function("F", source)(functions)`, cached by source for each function table. */
export function instantiate<T>(source: string, functions: RuntimeFunctions): T {
  let cache = caches.get(functions);
  if (!cache) caches.set(functions, (cache = new Map()));
  const hit = cache.get(source);
  if (hit !== undefined) {
    cache.delete(source);
    cache.set(source, hit);
    return hit as T;
  }
  // The source holds only slot numbers, numbers, operators and builtin names from the table.
  const made = new Function("F", source)(functions) as T;
  cache.set(source, made);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return made;
}
