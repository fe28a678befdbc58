/** A small equation scope for the parser tests: a few values and one lookup. */
import type { EquationScope } from "../../src/expr/equation-scope.js";

const VALUES = ["births", "deaths", "population", "room_temperature", "a", "b", "c", "x", "y"];
const LOOKUPS = ["effect_table"];

/** Values `births`, `deaths`, `population`, `room_temperature`, `a`–`c`, `x`, `y`; lookup `effect_table`. */
export const scope: EquationScope = {
  kindOf: (id) => (VALUES.includes(id) ? "value" : LOOKUPS.includes(id) ? "lookup" : undefined),
  names: [...VALUES, ...LOOKUPS],
};
