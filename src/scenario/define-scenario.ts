/**
 * Typed scenarios for TypeScript users: with a model built by the typed builder, every variable
 * name in `set`, `tables` and `measures` is checked by the compiler.
 *
 * @example
 * ```ts
 * const teacup = stockFlow("teacup", { start: 0, stop: 30, dt: 0.125 })
 *   .constant("room_temperature", 70)
 *   … .build();
 * const warm = defineScenario(teacup, { name: "warm room", set: { room_temperature: 80 } });
 * defineScenario(teacup, { name: "typo", set: { room_temprature: 80 } }); // compile error
 * ```
 */

import { expectModel, expectObject } from "../diagnostics/check-argument.js";
import type { VariableId } from "../model/builder.js";
import type { GraphicalFunction } from "../model/types.js";
import type { Measure, Scenario } from "./scenario.js";

/** A scenario whose variable names are the ids `Id` of a typed model. */
export interface TypedScenario<Id extends string> {
  readonly name: string;
  readonly doc?: string;
  readonly extends?: string;
  readonly set?: Partial<Readonly<Record<Id, number>>>;
  readonly tables?: Partial<Readonly<Record<Id, GraphicalFunction>>>;
  readonly measures?: readonly (Measure & { readonly variable: Id })[];
}

/** A scenario for `model`, its names checked against the model's variable ids at compile time. */
export function defineScenario<M>(_model: M, scenario: TypedScenario<VariableId<M>>): Scenario {
  expectModel("defineScenario", "model", _model, ["stock-flow"]);
  expectObject("defineScenario", "scenario", scenario);
  return scenario as Scenario;
}
