import type { Dimension } from "../../../src/model/types.js";

/** Forms of exploitation, as the NRM series splits them (research.md §5.2). */
export const FORMS = ["sexual", "labour", "criminal", "other"] as const;
/** Age groups: minors (under 18) and adults. */
export const AGES = ["minor", "adult"] as const;
/** Identification channels: the reporters of research.md §5.2 ("Who reported"). */
export const CHANNELS = ["police", "kmar", "iszw", "care", "others"] as const;

/** The id of a dimension of the stock-and-flow model. */
export type DimId = "form" | "age" | "channel";

/** The dimensions of the stock-and-flow model, with Dutch element names. */
export const sfdDimensions: readonly Dimension[] = [
  {
    id: "form",
    name: "vorm van uitbuiting",
    elements: [...FORMS],
    elementNames: ["seksueel", "arbeid", "crimineel", "overig"],
  },
  { id: "age", name: "leeftijd", elements: [...AGES], elementNames: ["minderjarig", "volwassen"] },
  {
    id: "channel",
    name: "meldkanaal",
    elements: [...CHANNELS],
    elementNames: ["politie", "KMar", "Inspectie SZW", "zorg", "overige melders"],
  },
];
