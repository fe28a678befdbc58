import type { Factor } from "../../src/model/types.js";
import type { Actor } from "./actors.js";
import type { FactorGroup } from "./factor-groups.js";
import type { SourceId } from "./sources.js";

/**
 * A factor of the systeemkaart as it is written down: a {@link Factor} whose labels,
 * description, actors, group and sources are all required and typed.
 */
export interface FactorSpec extends Factor {
  readonly kind: "factor";
  readonly id: string;
  readonly labels: { readonly nl: string; readonly en: string };
  readonly description: string;
  readonly actors: readonly Actor[];
  readonly group: FactorGroup;
  /** Research.md §3 catalogue number (`F1`–`F30`), absent for factors this map adds. */
  readonly catalogue?: string;
  readonly sources: readonly SourceId[];
}
