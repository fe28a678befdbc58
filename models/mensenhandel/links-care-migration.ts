import { assumption, source } from "./evidence.js";
import { link, type MapLink } from "./link.js";

/**
 * Shelter and care after identification, and the migration routes with the residence
 * regulation (research.md §5.5, §5.6, §6.4, §6.6).
 */
export const careMigrationLinks: readonly MapLink[] = [
  link(
    "geregistreerde_slachtoffers",
    "bezetting_opvang",
    "+",
    "average",
    "high",
    source(
      ["S17"],
      "part of the identified victims needs shelter: 212 first placements sought in 2013",
    ),
  ),
  link(
    "opvangcapaciteit",
    "slachtoffers_zonder_opvangplek",
    "-",
    "strong",
    "very_high",
    source(["S46", "S45"], "more places take in victims who would otherwise wait"),
  ),
  link(
    "bezetting_opvang",
    "slachtoffers_zonder_opvangplek",
    "+",
    "strong",
    "very_high",
    source(["S46"], "the COSM was structurally full in 2018"),
  ),
  link(
    "vervolghuisvesting",
    "bezetting_opvang",
    "-",
    "strong",
    "average",
    source(
      ["S46"],
      "stays exceed the three-month norm because outflow to follow-up housing stalls",
    ),
  ),
  link(
    "multiproblematiek",
    "bezetting_opvang",
    "+",
    "average",
    "average",
    assumption(
      "Victims with addiction, psychiatric problems or an intellectual disability are hard to move on, so they stay longer in the places they hold.",
    ),
  ),
  link(
    "specialistische_opvang",
    "slachtoffers_zonder_opvangplek",
    "-",
    "strong",
    "high",
    source(["S47"], "36 places for the victims regular shelter could not take"),
  ),
  link(
    "specialistische_opvang",
    "herhaald_slachtofferschap",
    "-",
    "average",
    "low",
    source(["S47"], "the specialist places address the revolving door (§6.4); an intended effect"),
  ),
  link(
    "slachtoffers_zonder_opvangplek",
    "herhaald_slachtofferschap",
    "+",
    "average",
    "average",
    assumption(
      "A victim who waits for a place stays in the exploiter's reach or in informal settings, where falling victim again is likelier (research.md §6.4).",
    ),
  ),
  link(
    "herhaald_slachtofferschap",
    "multiproblematiek",
    "+",
    "average",
    "average",
    assumption(
      "Each new victimisation adds trauma and problems, so re-victimised people more often have multiple problems (research.md §6.4, revolving door).",
    ),
  ),
  link(
    "multiproblematiek",
    "slachtoffers_zonder_opvangplek",
    "+",
    "average",
    "high",
    assumption(
      "Victims with multiple problems need scarce specialist places that regular shelter cannot replace (research.md §6.4).",
    ),
  ),
  link(
    "herkenning_lvb",
    "herhaald_slachtofferschap",
    "-",
    "average",
    "low",
    assumption(
      "A victim whose intellectual disability is recognised gets care and protection that fit it, which lowers the chance of being exploited again.",
    ),
  ),
  link(
    "opvangcapaciteit",
    "aangiftebereidheid",
    "+",
    "average",
    "high",
    source(["S44"], "the COSM aim: fast, safe shelter raises the willingness to cooperate"),
  ),
  link(
    "zorgcoordinatie",
    "slachtoffers_zonder_opvangplek",
    "-",
    "average",
    "high",
    source(
      ["S17"],
      "CoMensha's coordinators sought and found the placements (131 in the COSM in 2013)",
    ),
  ),
  link(
    "zorgcoordinatie",
    "herhaald_slachtofferschap",
    "-",
    "weak",
    "low",
    assumption(
      "Coordinated care after shelter keeps victims in touch with help, which protects them against new exploitation.",
    ),
  ),
  link(
    "gemeentelijk_beleid",
    "vervolghuisvesting",
    "+",
    "average",
    "low",
    assumption(
      "Municipalities provide follow-up housing (§3 F21), and those with a trafficking policy reserve it for victims.",
    ),
  ),
  link(
    "kwetsbare_migratie",
    "vertrek_uit_opvang",
    "+",
    "strong",
    "high",
    source(
      ["S62", "S50"],
      "Nigerian departures rose from about 70 (2014) to 961 (2019) with the Nigerian inflow",
    ),
  ),
  link(
    "kwetsbare_migratie",
    "b8_meldingen",
    "+",
    "strong",
    "high",
    source(["S63"], "claims rose strongly from late 2018, notably from Nigerian and Ugandan women"),
  ),
  link(
    "b8_meldingen",
    "geregistreerde_slachtoffers",
    "+",
    "strong",
    "very_high",
    source(["S63"], "each claim is a reported possible victim"),
  ),
  link(
    "b8_meldingen",
    "vermoed_misbruik_b8",
    "+",
    "average",
    "average",
    source(["S63", "S50"], "the rise in claims raised the suspicion of misuse"),
  ),
  link(
    "vermoed_misbruik_b8",
    "toegang_verblijfsregeling",
    "-",
    "strong",
    "average",
    source(
      ["S50"],
      "from 1 Aug 2019 a report by a Dublin claimant no longer leads to a permit automatically",
    ),
  ),
  link(
    "toegang_verblijfsregeling",
    "b8_meldingen",
    "+",
    "average",
    "high",
    assumption(
      "A report that opens a residence route is worth making for genuine and non-genuine claimants alike (research.md §6.6).",
    ),
  ),
  link(
    "b8_meldingen",
    "werkdruk_opsporing",
    "+",
    "average",
    "high",
    assumption(
      "Every claim has to be checked, and research.md §6.6 notes that perceived misuse occupies investigative capacity (S63).",
    ),
  ),
  link(
    "toegang_verblijfsregeling",
    "aangiftebereidheid",
    "+",
    "strong",
    "high",
    source(
      ["S48", "S51"],
      "the reflection period gives time to decide; cooperating counts as a permit application",
    ),
  ),
];
