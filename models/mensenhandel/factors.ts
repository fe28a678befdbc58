import { argumentError, expectString } from "../../src/diagnostics/check-argument.js";
import { approachFactors } from "./factors-approach.js";
import { careMigrationFactors } from "./factors-care-migration.js";
import { chainFactors } from "./factors-chain.js";
import { exploitationFactors } from "./factors-exploitation.js";
import { justiceFactors } from "./factors-justice.js";

/**
 * Every factor of the systeemkaart, as one literal tuple so that {@link FactorId} is the union of
 * their ids: a link, measure, indicator, loop or scenario naming a factor that does not exist
 * fails to compile.
 */
export const factors = [
  ...exploitationFactors,
  ...chainFactors,
  ...justiceFactors,
  ...careMigrationFactors,
  ...approachFactors,
] as const;

/** The id of a factor of the systeemkaart. */
export type FactorId = (typeof factors)[number]["id"];

/** The factor with the given id. */
export function factorById(id: FactorId): (typeof factors)[number] {
  expectString("factorById", "id", id);
  const found = factors.find((f) => f.id === id);
  if (found === undefined)
    throw argumentError("factorById", "id", "the id of a factor of the systeemkaart", id);
  return found;
}
