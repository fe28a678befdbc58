import type { FactorId } from "./factors.js";
import type { SourceId } from "./sources.js";

/**
 * The workshop themes of the letter Kamerstuk 28 638 nr. 162 (31 Aug 2018): the sixteen
 * workshops on the plan of approach and the residence-regulation changes from 1 Oct 2018. Each
 * theme names the factors and links of the systeemkaart that carry it.
 */
export interface Theme {
  readonly nl: string;
  readonly en: string;
  readonly factors: readonly FactorId[];
  readonly links: readonly (readonly [FactorId, FactorId])[];
  readonly sources: readonly SourceId[];
}

/** The ids of the themes, in the order of the letter. */
export type ThemeId =
  | "seksuele_uitbuiting_jongens"
  | "criminele_uitbuiting"
  | "lvb"
  | "specialistische_opvang_multiproblematiek"
  | "informatiedeling_zorg_veiligheid"
  | "migratieroutes"
  | "arbeidsuitbuiting_slecht_werkgeverschap"
  | "verblijfsregeling";

/** Each workshop theme with the factors and links that carry it. */
export const themes: Readonly<Record<ThemeId, Theme>> = {
  seksuele_uitbuiting_jongens: {
    nl: "Seksuele uitbuiting van jongens",
    en: "Sexual exploitation of boys",
    factors: ["herkenning_jongens"],
    links: [
      ["signaleringsvermogen_professionals", "herkenning_jongens"],
      ["herkenning_jongens", "signalering_melding"],
    ],
    sources: ["K162"],
  },
  criminele_uitbuiting: {
    nl: "Criminele uitbuiting",
    en: "Criminal exploitation",
    factors: ["criminele_uitbuiting"],
    links: [
      ["kwetsbaarheid", "criminele_uitbuiting"],
      ["criminele_uitbuiting", "werkelijke_slachtoffers"],
      ["criminele_uitbuiting", "signalering_melding"],
    ],
    sources: ["K162", "S14", "S30"],
  },
  lvb: {
    nl: "Slachtoffers met een licht verstandelijke beperking",
    en: "Victims with a mild intellectual disability",
    factors: ["herkenning_lvb", "kwetsbaarheid"],
    links: [
      ["signaleringsvermogen_professionals", "herkenning_lvb"],
      ["herkenning_lvb", "signalering_melding"],
      ["herkenning_lvb", "herhaald_slachtofferschap"],
    ],
    sources: ["K162", "S60", "S61"],
  },
  specialistische_opvang_multiproblematiek: {
    nl: "Specialistische opvang voor slachtoffers met multiproblematiek",
    en: "Specialist shelter for victims with multiple problems",
    factors: ["specialistische_opvang", "multiproblematiek", "slachtoffers_zonder_opvangplek"],
    links: [
      ["specialistische_opvang", "slachtoffers_zonder_opvangplek"],
      ["specialistische_opvang", "herhaald_slachtofferschap"],
      ["multiproblematiek", "slachtoffers_zonder_opvangplek"],
      ["herhaald_slachtofferschap", "multiproblematiek"],
    ],
    sources: ["K162", "S47"],
  },
  informatiedeling_zorg_veiligheid: {
    nl: "Knelpunten in de informatiedeling tussen zorg- en veiligheidspartijen",
    en: "Information sharing between care and security partners",
    factors: ["drempel_informatiedeling", "meldbereidheid_zorg"],
    links: [
      ["drempel_informatiedeling", "meldbereidheid_zorg"],
      ["meldbereidheid_zorg", "signalering_melding"],
      ["zicht_op_omvang", "drempel_informatiedeling"],
    ],
    sources: ["K162", "S24", "S57", "S58"],
  },
  migratieroutes: {
    nl: "Mensenhandel op migratieroutes",
    en: "Trafficking on migration routes",
    factors: ["kwetsbare_migratie", "vertrek_uit_opvang", "b8_meldingen"],
    links: [
      ["kwetsbare_migratie", "vertrek_uit_opvang"],
      ["vertrek_uit_opvang", "werkelijke_slachtoffers"],
      ["kwetsbare_migratie", "b8_meldingen"],
    ],
    sources: ["K162", "S50", "S62", "S63"],
  },
  arbeidsuitbuiting_slecht_werkgeverschap: {
    nl: "Het onderscheid tussen arbeidsuitbuiting en slecht werkgeverschap",
    en: "Labour exploitation versus bad employership",
    factors: [
      "oneerlijk_werk",
      "arbeidsuitbuiting",
      "juridische_drempel_arbeidsuitbuiting",
      "bestuursrechtelijke_handhaving",
    ],
    links: [
      ["oneerlijk_werk", "arbeidsuitbuiting"],
      ["juridische_drempel_arbeidsuitbuiting", "instroom_om"],
      ["juridische_drempel_arbeidsuitbuiting", "bestuursrechtelijke_handhaving"],
      ["bestuursrechtelijke_handhaving", "oneerlijk_werk"],
    ],
    sources: ["K162", "S53", "S55"],
  },
  verblijfsregeling: {
    nl: "De verblijfsregeling mensenhandel",
    en: "The residence regulation for trafficking victims",
    factors: ["toegang_verblijfsregeling", "vermoed_misbruik_b8"],
    links: [
      ["toegang_verblijfsregeling", "aangiftebereidheid"],
      ["vermoed_misbruik_b8", "toegang_verblijfsregeling"],
      ["toegang_verblijfsregeling", "b8_meldingen"],
    ],
    sources: ["K162", "S48", "S50", "S51"],
  },
};
