import type { Indicator, Labels } from "../../src/model/types.js";
import type { FactorId } from "./factors.js";
import type { SourceId } from "./sources.js";

/**
 * A performance indicator of the systeemkaart: a factor, the direction it should move in, its
 * weight in a package's score, and the figures that anchor it.
 */
export interface PerformanceIndicator extends Indicator {
  readonly factor: FactorId;
  readonly labels: Required<Labels>;
  readonly desired: "up" | "down";
  readonly weight: number;
  /** The level the sources give, in words. */
  readonly anchor: string;
  readonly sources: readonly SourceId[];
}

/**
 * The six performance indicators of issue 10, all weighted equally: the programme's shared
 * ambition is to reduce the number of victims (S9), which needs victims in view, sheltered,
 * protected from re-victimisation and their exploiters convicted.
 */
export const indicators: readonly PerformanceIndicator[] = [
  {
    factor: "werkelijke_slachtoffers",
    labels: { nl: "Nieuwe slachtoffers per jaar", en: "New victims per year" },
    desired: "down",
    weight: 1,
    anchor:
      "no source counts new victims; the estimates count victims present in a year, about 6,250 in 2014–2015 (5,000–7,500) and 5,000 in 2018–2019, which the stock-and-flow model compares with its total",
    sources: ["S9", "S11", "S14"],
  },
  {
    factor: "verborgen_slachtoffers",
    labels: { nl: "Slachtoffers niet in beeld", en: "Hidden victims" },
    desired: "down",
    weight: 1,
    anchor: "roughly four in five victims in 2014–2015, two in three to three in four in 2018–2019",
    sources: ["S11", "S14", "S15"],
  },
  {
    factor: "signalering_melding",
    labels: { nl: "Aandeel slachtoffers in beeld", en: "Share of victims seen" },
    desired: "up",
    weight: 1,
    anchor: "about 0.20 (2014–2015), 0.25–0.33 (2018–2019); 2–3 % of Dutch minor victims in 2018",
    sources: ["S11", "S14", "S24"],
  },
  {
    factor: "slachtoffers_zonder_opvangplek",
    labels: {
      nl: "Slachtoffers zonder opvangplek",
      en: "Victims in need of shelter without a place",
    },
    desired: "down",
    weight: 1,
    anchor: "COSM structurally full in 2018; stays beyond the three-month norm",
    sources: ["S46"],
  },
  {
    factor: "veroordelingen",
    labels: { nl: "Veroordelingen", en: "Convictions" },
    desired: "up",
    weight: 1,
    anchor: "103–156 a year in 2012–2016",
    sources: ["S32"],
  },
  {
    factor: "herhaald_slachtofferschap",
    labels: { nl: "Herhaald slachtofferschap", en: "Re-victimisation" },
    desired: "down",
    weight: 1,
    anchor: "50 % of the victims fall victim to a crime again within seven years",
    sources: ["S27"],
  },
];
