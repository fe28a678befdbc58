/**
 * Vensim names to canonical ids. Vensim names are case-insensitive and treat blanks and `_`
 * alike, so `Room Temperature`, `room_temperature` and `"ROOM TEMPERATURE"` are one variable;
 * its id is {@link canonicalId} of the name as first written. Two different names with the
 * same id (`a$` and `a`) keep apart: the later gets a suffix `_2`, `_3`, … and a warning.
 */
import { canonicalId } from "../../model/canonical.js";
import { HIDDEN } from "./expand-macros.js";
import { vensimKey } from "./vensim-functions.js";

/** The key under which a name is looked up: hidden names as they are, others by {@link vensimKey}. */
export function nameKey(name: string): string {
  return name.startsWith(HIDDEN) ? name : vensimKey(name);
}

/** The ids of a model's variables. */
export class VensimNames {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Reserve ids that variables may not take (dimension ids, builtins). */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.taken.add(id);
  }

  /**
   * Register a name; returns its id and, when the canonical id was taken by another name,
   * the id it would have had.
   */
  add(name: string, hiddenId?: string): { id: string; collided?: string } {
    const key = hiddenId !== undefined ? `${HIDDEN}${hiddenId}` : nameKey(name);
    const known = this.ids.get(key);
    if (known !== undefined) return { id: known };
    const base = hiddenId ?? canonicalId(name);
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}_${n}`;
    this.ids.set(key, id);
    this.taken.add(id);
    return id === base ? { id } : { id, collided: base };
  }

  /** The id of a name as written, when it names a variable. */
  id(name: string): string | undefined {
    return this.ids.get(nameKey(name));
  }
}
