/**
 * Vensim's unit equivalents (Settings → Units Equivalence), kept in the settings after the
 * sketch as `22:` lines: `22:Person,People,Persons` says the names are one unit, the first its
 * name. They become the model's {@link UnitDefinition}s with the others as aliases, which the
 * units check reads.
 */
import type { UnitDefinition } from "../../model/types.js";

/** The unit equivalents of a model's settings text (what follows the sketch). */
export function unitEquivalents(settings: string | undefined): UnitDefinition[] {
  const out: UnitDefinition[] = [];
  for (const m of (settings ?? "").matchAll(/^22:([^\r\n]*)$/gm)) {
    const names = m[1]!
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n !== "");
    const [name, ...aliases] = names;
    if (name === undefined) continue;
    out.push({ name, ...(aliases.length > 0 ? { aliases } : {}) });
  }
  return out;
}
