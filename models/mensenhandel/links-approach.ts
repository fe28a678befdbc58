import { assumption, source } from "./evidence.js";
import { link, type MapLink } from "./link.js";

/** Links of chain cooperation, prevention and the mayors' administrative approach. */
export const approachLinks: readonly MapLink[] = [
  link(
    "ketensamenwerking",
    "signalering_melding",
    "+",
    "average",
    "average",
    source(
      ["S1", "S2"],
      "the analysis holds that new initiatives work only when the base of the chain is in order; no size is given, so average",
    ),
  ),
  link(
    "ketensamenwerking",
    "zorgcoordinatie",
    "+",
    "average",
    "average",
    source(["S2", "S69"], "care coordination is part of the base that must be made durable"),
  ),
  link(
    "ketensamenwerking",
    "kwaliteit_strafzaken",
    "+",
    "weak",
    "average",
    assumption(
      "Case consultation between police, OM and care gives cases that hold up better; no source measures it.",
    ),
  ),
  link(
    "preventie_weerbaarheid",
    "kwetsbaarheid",
    "-",
    "average",
    "average",
    assumption(
      "Exploiters seek out vulnerable young people (S60, S61), so resilience and early help shrink the pool they recruit from; no Dutch evaluation gives the size.",
    ),
  ),
  link(
    "gemeentelijk_beleid",
    "preventie_weerbaarheid",
    "+",
    "average",
    "average",
    assumption("A municipal trafficking policy includes prevention among those at risk."),
  ),
  link(
    "bestuurlijke_aanpak",
    "winstgevendheid_uitbuiting",
    "-",
    "average",
    "average",
    source(
      ["S6", "S65"],
      "licences, permit checks and closures make exploitation in licensed settings costlier; no size is given",
    ),
  ),
  link(
    "bestuurlijke_aanpak",
    "signalering_melding",
    "+",
    "weak",
    "average",
    source(["S65"], "the licence intake interview asks about coercion"),
  ),
  link(
    "gemeentelijk_beleid",
    "bestuurlijke_aanpak",
    "+",
    "average",
    "average",
    assumption("Municipalities with a trafficking policy use their administrative powers more."),
  ),
];
