import type { MapLink } from "./link.js";
import { approachLinks } from "./links-approach.js";
import { careMigrationLinks } from "./links-care-migration.js";
import { exploitationLinks } from "./links-exploitation.js";
import { justiceLinks } from "./links-justice.js";
import { labourLinks } from "./links-labour.js";
import { signallingLinks } from "./links-signalling.js";

/** Every link of the systeemkaart, each with polarity, strength, speed and evidence. */
export const links: readonly MapLink[] = [
  ...exploitationLinks,
  ...signallingLinks,
  ...justiceLinks,
  ...labourLinks,
  ...careMigrationLinks,
  ...approachLinks,
];
