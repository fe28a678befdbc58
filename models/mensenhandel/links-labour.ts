import { assumption, source } from "./evidence.js";
import { link, type MapLink } from "./link.js";

/**
 * The labour-inspection track beside the criminal one: labour exploitation versus bad
 * employership, the criminal threshold and administrative enforcement (research.md §5.8, §6.5).
 */
export const labourLinks: readonly MapLink[] = [
  link(
    "juridische_drempel_arbeidsuitbuiting",
    "instroom_om",
    "-",
    "average",
    "average",
    source(
      ["S53"],
      "the narrow definition of art. 273f Sr limits prosecutions of labour exploitation",
    ),
  ),
  link(
    "juridische_drempel_arbeidsuitbuiting",
    "bestuursrechtelijke_handhaving",
    "+",
    "average",
    "high",
    assumption(
      "Cases below the criminal threshold are left to administrative fines (the severity threshold of research.md §6.5).",
    ),
  ),
  link(
    "inspectiecapaciteit_szw",
    "signalering_melding",
    "+",
    "average",
    "average",
    source(
      ["S53", "S28", "S29"],
      "victims identified by the inspectorate rose from 38 (2016) to 75 (2018)",
    ),
  ),
  link(
    "inspectiecapaciteit_szw",
    "bestuursrechtelijke_handhaving",
    "+",
    "strong",
    "high",
    source(["S53"], "4 to 10 inspectors in 2019; violations found 16 (2017) to 37 (2019)"),
  ),
  link(
    "inspectiecapaciteit_szw",
    "instroom_om",
    "+",
    "weak",
    "average",
    source(
      ["S53", "S38"],
      "the share of reports leading to a criminal investigation fell from 25 % (2016) to 4 % (2019)",
    ),
  ),
  link(
    "bestuursrechtelijke_handhaving",
    "oneerlijk_werk",
    "-",
    "weak",
    "average",
    source(["S53"], "fines stayed flat and firms restart under a new name, so the effect is weak"),
  ),
];
