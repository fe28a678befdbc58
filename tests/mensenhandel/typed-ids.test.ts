import { describe, expect, expectTypeOf, it } from "vitest";
import { source } from "../../models/mensenhandel/evidence.js";
import { type FactorId, factorById } from "../../models/mensenhandel/factors.js";
import type { PerformanceIndicator } from "../../models/mensenhandel/indicators.js";
import { link } from "../../models/mensenhandel/link.js";
import type { NamedLoop } from "../../models/mensenhandel/loops.js";
import { step } from "../../models/mensenhandel/measure.js";
import type { MeasureId } from "../../models/mensenhandel/measures.js";
import type { Scenario } from "../../models/mensenhandel/scenario.js";
import type { SourceId } from "../../models/mensenhandel/sources.js";

/**
 * Names that do not exist must not compile: each `@ts-expect-error` below fails the type check
 * (`npm run typecheck`) if the line after it ever compiles. The function is never called.
 */
function doesNotCompile(): void {
  // @ts-expect-error: no factor `slachtoffers` (the ids are `werkelijke_slachtoffers`, …)
  link("slachtoffers", "verborgen_slachtoffers", "+", "strong", "high", source(["S11"]));
  // @ts-expect-error: no source `S72`
  source(["S72"]);
  // @ts-expect-error: a measure changes a factor that exists
  step("politiecapaciteit", 0.1, 2019, { kind: "derived", arithmetic: "1 = 1" });
  // @ts-expect-error: an indicator names a factor that exists
  const indicator: PerformanceIndicator["factor"] = "aantal_slachtoffers";
  // @ts-expect-error: a loop lists factors that exist
  const loop: NamedLoop["variables"] = ["pakkans", "afschrikking"];
  // @ts-expect-error: a scenario names a measure that exists
  const scenario: readonly MeasureId[] = ["avim_capaciteit", "meer_politie"];
  // @ts-expect-error: a scenario resizes a measure that exists
  const override: Scenario["overrides"] = { meer_politie: { scale: 2 } };
  void [indicator, loop, scenario, override];
}

describe("typed identifiers of the systeemkaart", () => {
  it("are literal unions of the factor, source and measure ids", () => {
    expectTypeOf<"verborgen_slachtoffers">().toExtend<FactorId>();
    expectTypeOf<"slachtoffers">().not.toExtend<FactorId>();
    expectTypeOf<"S71" | "K162">().toExtend<SourceId>();
    expectTypeOf<"avim_capaciteit">().toExtend<MeasureId>();
    expectTypeOf<string>().not.toExtend<FactorId>();
    expect(doesNotCompile).toBeTypeOf("function");
  });

  it("look a factor up by its id", () => {
    expect(factorById("pakkans").labels.nl).toBe("Ervaren pakkans van daders");
  });
});
