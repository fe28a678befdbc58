import type { Labels } from "../../src/model/types.js";
import { chosen, derived, type MeasureChange, step } from "./measure.js";
import type { SourceId } from "./sources.js";

/**
 * A historical shock on the system that no measure imposed, in the same MARVEL terms as the
 * measures, so that a run from before 2014 can replay why registrations fell (research.md §6.1).
 */
export interface HistoricalEvent {
  readonly id: string;
  readonly labels: Required<Labels>;
  /** What happened, in the words of the sources. */
  readonly stated: string;
  readonly changes: readonly MeasureChange[];
  readonly sources: readonly SourceId[];
}

/** The shocks research.md §6.1 names as causes of the fall in registrations, 2014–2018. */
export const historicalEvents: readonly HistoricalEvent[] = [
  {
    id: "reorganisatie_nationale_politie",
    labels: { nl: "Reorganisatie Nationale Politie", en: "National Police reorganisation" },
    stated:
      "the reorganisation from 2013 temporarily left fewer trafficking experts available; specialist AVIM posts stayed unfilled",
    changes: [
      step(
        "reorganisatie_politie",
        1,
        2013,
        chosen(
          "The factor is an index of the disruption; one unit for the years of the reorganisation, ended by 2017, is a guess.",
        ),
        2017,
      ),
    ],
    sources: ["S5", "S32", "S43"],
  },
  {
    id: "asielinstroom_en_terrorisme",
    labels: {
      nl: "Asielinstroom en terrorismebestrijding",
      en: "Refugee influx and counter-terrorism",
    },
    stated: "the refugee influx of 2015–2016 and counter-terrorism took priority over trafficking",
    changes: [
      step(
        "concurrerende_prioriteiten",
        1,
        2015,
        chosen(
          "The factor is an index of the competing demands; one unit from 2015 to the first recovery in 2017 is a guess.",
        ),
        2017,
      ),
    ],
    sources: ["S5", "S24", "S43"],
  },
  {
    id: "avg_misverstand",
    labels: {
      nl: "Misverstand over de AVG bij zorgpartijen",
      en: "Misreading of the GDPR by care partners",
    },
    stated:
      "from 25 May 2018 the GDPR was read as requiring explicit consent; voluntary reports fell from about 550 to 150 a year",
    changes: [
      step(
        "drempel_informatiedeling",
        0.73,
        2018.4,
        derived("the fall of voluntary reports: 1 − 150 / 550 = 0.73, imposed on the barrier"),
      ),
    ],
    sources: ["S24", "S57", "S58", "S29"],
  },
];
