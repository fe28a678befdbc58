/**
 * Gather the definitions of each name (a Vensim variable may have one equation per element or
 * subrange), set the control section's apart, and give each name its id.
 */
import type { VariableGroup } from "./build-variables.js";
import { HIDDEN, type VariableDefinition } from "./expand-macros.js";
import { CONTROL_NAMES } from "./read-control.js";
import { nameKey, type VensimNames } from "./vensim-names.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** The definitions of the control section (by key) and of every variable, in file order. */
export interface GroupedDefinitions {
  readonly control: ReadonlyMap<string, VariableDefinition>;
  readonly groups: readonly VariableGroup[];
  /** The definitions of a name as written, for constant control values. */
  definitionsOf(name: string): readonly VariableDefinition[] | undefined;
}

/** Group `definitions` by name and register the names in `names`; collisions go to `fail`. */
export function groupDefinitions(
  definitions: readonly VariableDefinition[],
  names: VensimNames,
  fail: (error: VensimSyntaxError, d: VariableDefinition) => void,
): GroupedDefinitions {
  const control = new Map<string, VariableDefinition>();
  const byKey = new Map<string, { name: string; hiddenId?: string; defs: VariableDefinition[] }>();
  for (const d of definitions) {
    const key = d.hiddenId !== undefined ? `${HIDDEN}${d.hiddenId}` : nameKey(d.name);
    if (d.hiddenId === undefined && CONTROL_NAMES.has(key)) {
      // A second TIME STEP (or other control value) would silently win over the first.
      if (control.has(key)) {
        fail(
          new VensimSyntaxError(`${d.name} is defined more than once`, 0, "duplicate-definition"),
          d,
        );
      }
      control.set(key, d);
      continue;
    }
    const group = byKey.get(key) ?? {
      name: d.name,
      ...(d.hiddenId !== undefined ? { hiddenId: d.hiddenId } : {}),
      defs: [],
    };
    group.defs.push(d);
    byKey.set(key, group);
  }
  const groups: VariableGroup[] = [];
  for (const g of byKey.values()) {
    const { id, collided } = names.add(g.name, g.hiddenId);
    if (collided !== undefined) {
      const message = `${g.name} has the same id as another name (${collided}); renamed to ${id}`;
      fail(new VensimSyntaxError(message, 0, "duplicate-name"), g.defs[0]!);
    }
    groups.push({ id, name: g.name, defs: g.defs });
  }
  return { control, groups, definitionsOf: (name) => byKey.get(nameKey(name))?.defs };
}
