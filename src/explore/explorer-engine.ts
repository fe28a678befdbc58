/**
 * The runs of an explorer page, made by the library's own scenario API: `prepareScenarios`
 * checks and compiles (once per measure signature, kept in a cache for the page's life) and
 * `simulate` runs, exactly as `runScenarios` does, so the page shows the numbers `stockflow
 * scenarios` prints for the same settings, bit for bit.
 */
import {
  type PreparedScenario,
  prepareScenarios,
  type ScenarioCache,
} from "../scenario/run-scenarios.js";
import type { Scenario } from "../scenario/scenario.js";
import type { Run } from "../simulate/run.js";
import { simulate } from "../simulate/simulate.js";
import type { ExplorerSpec } from "./explorer-spec.js";

/** Runs scenarios of one explorer page, compiling each measure signature once. */
export class ExplorerEngine {
  private readonly cache: ScenarioCache = new Map();

  constructor(private readonly spec: ExplorerSpec) {}

  /** The variables every run saves: the indicators. */
  get save(): string[] {
    return this.spec.indicators.map((i) => i.id);
  }

  /** Check and compile scenarios (see `prepareScenarios`). */
  prepare(scenarios: readonly Scenario[]): PreparedScenario[] {
    return prepareScenarios(this.spec.model, scenarios, this.cache);
  }

  /** Run scenarios; runs come back in their order. */
  run(scenarios: readonly Scenario[]): Run[] {
    const save = this.save;
    return this.prepare(scenarios).map((p) =>
      simulate(p.compiled, { save, params: p.params, tables: p.tables }),
    );
  }
}
