import { assumption, source } from "./evidence.js";
import { link, type MapLink } from "./link.js";

/**
 * How victims come into view: professionals' skill, the obliged and voluntary reporting
 * channels, information sharing and the information position (research.md §6.1, §6.2, §6.7).
 */
export const signallingLinks: readonly MapLink[] = [
  link(
    "signalering_melding",
    "duur_uitbuiting",
    "-",
    "strong",
    "average",
    source(["S69"], "earlier and better recognition shortens exploitation"),
  ),
  link(
    "verborgen_slachtoffers",
    "geregistreerde_slachtoffers",
    "+",
    "strong",
    "high",
    source(["S11", "S14"], "registered = victims × visibility, derived in research.md §6.2"),
  ),
  link(
    "signalering_melding",
    "geregistreerde_slachtoffers",
    "+",
    "strong",
    "very_high",
    source(["S11", "S15"], "registered = victims × visibility, derived in research.md §6.2"),
  ),
  link(
    "signaleringsvermogen_professionals",
    "signalering_melding",
    "+",
    "average",
    "average",
    source(
      ["S54", "S69"],
      "untrained inspectors left signals unreported; the effect size is unknown, so the link is at most average, as the map's rule for unsourced sizes says",
    ),
  ),
  link(
    "signaleringsvermogen_professionals",
    "herkenning_lvb",
    "+",
    "average",
    "average",
    assumption(
      "Recognising a mild intellectual disability is a skill, so professionals who are trained in the signals see it more often.",
    ),
  ),
  link(
    "herkenning_lvb",
    "signalering_melding",
    "+",
    "average",
    "average",
    source(
      ["S60", "S61"],
      "LVB victims are over-represented and poorly recognised by police and municipalities",
    ),
  ),
  link(
    "signaleringsvermogen_professionals",
    "herkenning_jongens",
    "+",
    "average",
    "average",
    assumption(
      "Boys are seldom pictured as victims of sexual exploitation, so training that shows them is what makes professionals recognise them (workshop theme, K162).",
    ),
  ),
  link(
    "herkenning_jongens",
    "signalering_melding",
    "+",
    "weak",
    "average",
    assumption(
      "Boys who are recognised as victims are reported, which raises the share of victims in view; the sources give no size for this group.",
    ),
  ),
  link(
    "verborgen_sectoren",
    "signalering_melding",
    "-",
    "strong",
    "high",
    source(
      ["S25", "S26", "S59"],
      "the shift to escort, homes, hotels and online recruitment lowers the chance of detection",
    ),
  ),
  link(
    "criminele_uitbuiting",
    "signalering_melding",
    "-",
    "average",
    "average",
    source(["S14", "S15", "S16"], "criminal exploitation stays among the most hidden forms"),
  ),
  link(
    "arbeidsuitbuiting",
    "signalering_melding",
    "-",
    "average",
    "average",
    source(["S14", "S15", "S16"], "labour exploitation stays among the most hidden forms"),
  ),
  link(
    "meldbereidheid_zorg",
    "signalering_melding",
    "+",
    "strong",
    "very_high",
    source(
      ["S24", "S57"],
      "reports by non-investigative bodies fell from 550 to 150 a year in 2018",
    ),
  ),
  link(
    "drempel_informatiedeling",
    "meldbereidheid_zorg",
    "-",
    "strong",
    "very_high",
    source(
      ["S24", "S57", "S58", "S29"],
      "the consent reading of the GDPR cut voluntary reports; obliged reporters were not hit",
    ),
  ),
  link(
    "zorgcoordinatie",
    "meldbereidheid_zorg",
    "+",
    "average",
    "average",
    assumption(
      "Regional care coordinators are among the voluntary reporters to CoMensha (§3 F9), so better coordination brings more reports.",
    ),
  ),
  link(
    "geregistreerde_slachtoffers",
    "zicht_op_omvang",
    "+",
    "strong",
    "high",
    source(
      ["S24"],
      "the picture of nature and scale rests on the registrations, hence the NRM's call to fix reporting",
    ),
  ),
  link(
    "zicht_op_omvang",
    "drempel_informatiedeling",
    "-",
    "weak",
    "average",
    assumption(
      "Only a clear view of the missing reports, such as the NRM's finding of 550 falling to 150 (S24), puts the information-sharing barrier on the agenda of those who can lower it.",
    ),
  ),
  link(
    "geregistreerde_slachtoffers",
    "prioriteit_mensenhandel",
    "-",
    "weak",
    "low",
    source(
      ["S5", "S33"],
      "a balancing alarm: the fall of registrations in 2014–2017 was named as a concern in the May 2018 letter (S5) and by the Rapporteur (S33), and the programme of 2018 followed; the size is not measured, so the link is weak",
    ),
  ),
  link(
    "zicht_op_omvang",
    "gemeentelijk_beleid",
    "+",
    "weak",
    "low",
    assumption(
      "A municipality that knows trafficking happens within its borders is more likely to make policy against it.",
    ),
  ),
  link(
    "gemeentelijk_beleid",
    "signalering_melding",
    "+",
    "average",
    "low",
    source(
      ["S-overheidvannu"],
      "intended mechanism of the Interbestuurlijk Programma, not an evaluated effect",
    ),
  ),
  link(
    "gemeentelijk_beleid",
    "zorgcoordinatie",
    "+",
    "average",
    "average",
    source(["S-overheidvannu"], "intended mechanism: regional care coordination in every region"),
  ),
  link(
    "gemeentelijk_beleid",
    "signaleringsvermogen_professionals",
    "+",
    "average",
    "average",
    assumption(
      "Municipalities with a policy train their front office, for example with the CCV modules named in research.md §4.2.",
    ),
  ),
];
