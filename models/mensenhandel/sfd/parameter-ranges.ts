/**
 * The uncertainty of the stock-and-flow model: a distribution for every constant that is an
 * assumption, and for the size of every measure whose size is a choice rather than derived from
 * sourced figures, each with the reasoning behind its range. Sourced constants and derived
 * measure sizes are not varied. The ensemble of `analysis/uncertainty-analysis.ts` samples these
 * (Latin hypercube, seeded) around the calibrated values, without refitting.
 */
import type { Distribution } from "../../../src/sensitivity/distribution.js";
import { type MeasureId, measures } from "../measures.js";
import { type DimId, sfdDimensions } from "./dimensions.js";
import { sfdParameters } from "./parameters.js";

/** A range of an assumption: the distribution and why it is that wide. */
export interface ParameterRange {
  /** Low and high as multiples of the value when `relative`, else in the constant's units. */
  readonly lo: number;
  readonly hi: number;
  readonly relative?: boolean;
  readonly reasoning: { readonly nl: string; readonly en: string };
}

const HALF_TO_DOUBLE = "no source narrows it; from half to twice the value";

/**
 * The range of each assumption constant (a triangular distribution with its mode at the
 * constant's value). Arrayed constants vary element by element, relative to each element.
 */
export const parameterRanges: Readonly<Record<string, ParameterRange>> = {
  at_risk_pool: {
    lo: 0.5,
    hi: 2,
    relative: true,
    reasoning: {
      nl: "alleen het product met de gefitte ronselkans bepaalt het niveau; geen bron legt het vast: van de helft tot het dubbele",
      en: `only its product with the fitted recruitment hazard sets the level; ${HALF_TO_DOUBLE}`,
    },
  },
  risk_duration: {
    lo: 2,
    hi: 10,
    reasoning: {
      nl: "kwetsbaarheid duurt jaren; twee tot tien",
      en: "vulnerability lasts years; two to ten",
    },
  },
  self_exit_rate: {
    lo: 0.25,
    hi: 1,
    reasoning: {
      nl: "gemiddeld één tot vier jaar ongezien rond de geschatte twee",
      en: "a mean of one to four years unseen around the guessed two",
    },
  },
  admission_time: {
    lo: 0.04,
    hi: 0.25,
    reasoning: {
      nl: "twee weken tot een kwartaal om een slachtoffer te plaatsen",
      en: "two weeks to a quarter of a year to place a victim",
    },
  },
  max_wait: {
    lo: 0.1,
    hi: 0.5,
    reasoning: {
      nl: "een maand tot een half jaar op de wachtlijst voor andere hulp",
      en: "a month to half a year on the list before other care",
    },
  },
  shelter_stay: {
    lo: 0.25,
    hi: 1.5,
    reasoning: {
      nl: "van de norm van drie maanden (S46) tot anderhalf jaar",
      en: "from the three-month norm (S46) to a year and a half",
    },
  },
  care_duration: {
    lo: 0.5,
    hi: 2,
    reasoning: {
      nl: "een half jaar tot twee jaar hulp",
      en: "half a year to two years of assistance",
    },
  },
  retrafficking_share: {
    lo: 0.1,
    hi: 0.5,
    reasoning: {
      nl: "tussen de verhouding bij daders (ongeveer 1 op 10 van de 65 %, S38) en de helft",
      en: "between the offenders' ratio (about 1 in 10 of the 65 %, S38) and half",
    },
  },
  shortage_revictimisation_effect: {
    lo: 0,
    hi: 2,
    reasoning: {
      nl: "van geen effect tot driemaal het risico voor wie geen plek krijgt",
      en: "from no effect to three times the risk for victims left without a place",
    },
  },
  stabilisation_time: {
    lo: 3,
    hi: 10,
    reasoning: {
      nl: "drie tot tien jaar tot een slachtoffer stabiel hersteld is",
      en: "three to ten years before a victim counts as stably recovered",
    },
  },
  channel_reach: {
    lo: 0.5,
    hi: 1.5,
    relative: true,
    reasoning: {
      nl: "het bereik per kanaal en vorm is een schatting rond 1; de helft tot anderhalf keer per element",
      en: "the reach of each channel per form is a guess around 1; half to one and a half times each",
    },
  },
  hiring_delay: {
    lo: 0.5,
    hi: 3,
    reasoning: {
      nl: "een half jaar tot drie jaar om te werven en te certificeren (S41 noemt de vertraging, niet de duur)",
      en: "half a year to three years to recruit and certify (S41 names the delay, not its length)",
    },
  },
  visibility_priority_elasticity: {
    lo: 0,
    hi: 0.5,
    reasoning: {
      nl: "van geen reactie tot de gemiddelde klasse van MARVEL",
      en: "from no reaction to MARVEL's average class",
    },
  },
  registration_perception_time: {
    lo: 0.5,
    hi: 2,
    reasoning: {
      nl: "cijfers verschijnen jaarlijks; een half jaar tot twee jaar",
      en: "figures appear yearly; half a year to two years",
    },
  },
  priority_adjust_time: {
    lo: 0.25,
    hi: 1,
    reasoning: {
      nl: "de zeer hoge tot gemiddelde snelheid van MARVEL",
      en: "MARVEL's very high to average speed",
    },
  },
  expertise_rebuild_time: {
    lo: 1,
    hi: 5,
    reasoning: {
      nl: "de gemiddelde snelheid van MARVEL tot voorbij de lage",
      en: "MARVEL's average speed to beyond its low speed",
    },
  },
  awareness_time: {
    lo: 1,
    hi: 4,
    reasoning: {
      nl: "een tot vier jaar voordat training in de praktijk doorwerkt",
      en: "one to four years for training to reach practice",
    },
  },
  municipal_policy_base: {
    lo: 0.3,
    hi: 0.7,
    reasoning: {
      nl: "het aandeel gemeenten met beleid in 2018 staat niet in de bronnen",
      en: "the 2018 share of municipalities with a policy is not in the sources",
    },
  },
  municipal_policy_elasticity: {
    lo: 0.2,
    hi: 1,
    reasoning: {
      nl: "de zwakke tot sterke klasse van MARVEL",
      en: "MARVEL's weak to strong class",
    },
  },
  reorganisation_expertise_loss: {
    lo: 0.5,
    hi: 1.5,
    relative: true,
    reasoning: {
      nl: "gefit; de helft tot anderhalf keer de gefitte waarde",
      en: "fitted; half to one and a half times the fitted value",
    },
  },
  migration_claims_surge: {
    lo: 0.5,
    hi: 1.5,
    relative: true,
    reasoning: {
      nl: "gefit; de helft tot anderhalf keer de gefitte waarde",
      en: "fitted; half to one and a half times the fitted value",
    },
  },
  perpetrators_initial: {
    lo: 0.5,
    hi: 2,
    relative: true,
    reasoning: {
      nl: "geen bron telt actieve daders: van de helft tot het dubbele",
      en: `no source counts active traffickers; ${HALF_TO_DOUBLE}`,
    },
  },
  perpetrator_entry: {
    lo: 0.7,
    hi: 1.3,
    relative: true,
    reasoning: {
      nl: "gekozen om de voorraad in 2010 ongeveer gelijk te houden; 30 % naar beide kanten",
      en: "set to keep the stock about level in 2010; 30 % either way",
    },
  },
  perpetrator_career: {
    lo: 4,
    hi: 12,
    reasoning: {
      nl: "daders zijn jong (S59); vier tot twaalf jaar",
      en: "offenders are young (S59); four to twelve years",
    },
  },
  cases_per_fte: {
    lo: 0.41,
    hi: 1.2,
    reasoning: {
      nl: "van de 0,41 die in 2019 gerealiseerd werd (145 verdachten, 350 fte: S39, S10) tot een derde boven de lezing van 2012",
      en: "from the 0.41 realised in 2019 (145 suspects, 350 FTE: S39, S10) to a third above the 2012 reading",
    },
  },
  investigation_time: {
    lo: 0.5,
    hi: 2,
    reasoning: {
      nl: "een half jaar tot twee jaar per onderzoek",
      en: "half a year to two years per investigation",
    },
  },
  overload_elasticity: {
    lo: 0.2,
    hi: 1,
    reasoning: {
      nl: "de zwakke tot sterke klasse van MARVEL",
      en: "MARVEL's weak to strong class",
    },
  },
  overload_cap: {
    lo: 2,
    hi: 8,
    reasoning: {
      nl: "twee tot acht aanknopingspunten per eenheid capaciteit",
      en: "two to eight leads per unit of capacity",
    },
  },
  max_dismissal_share: {
    lo: 0.6,
    hi: 0.95,
    reasoning: {
      nl: "sepots stegen tot boven 40 % (S35); een plafond van 60 tot 95 %",
      en: "dismissals rose above 40 % (S35); a ceiling from 60 to 95 %",
    },
  },
  court_time: {
    lo: 0.5,
    hi: 2,
    reasoning: {
      nl: "een half jaar tot twee jaar van inschrijving bij het OM tot uitspraak",
      en: "half a year to two years from OM registration to a ruling",
    },
  },
  release_desistance_time: {
    lo: 3,
    hi: 10,
    reasoning: {
      nl: "drie tot tien jaar voordat een vrijgelaten dader voorgoed stopt",
      en: "three to ten years before a released offender stops for good",
    },
  },
  risk_perception_time: {
    lo: 1,
    hi: 4,
    reasoning: {
      nl: "een tot vier jaar voordat veroordelingen de netwerken bereiken",
      en: "one to four years for convictions to reach the networks",
    },
  },
  deterrence_elasticity: {
    lo: 0,
    hi: 0.5,
    reasoning: {
      nl: "geen Nederlandse elasticiteit bekend (research.md §6.3): van geen tot de gemiddelde klasse van MARVEL",
      en: "no Dutch elasticity (research.md §6.3): from none to MARVEL's average class",
    },
  },
  cooperation_elasticity: {
    lo: 0.2,
    hi: 1,
    reasoning: {
      nl: "de zwakke tot sterke klasse van MARVEL",
      en: "MARVEL's weak to strong class",
    },
  },
  demand_sensitivity: {
    lo: 0.5,
    hi: 1.5,
    relative: true,
    reasoning: {
      nl: "evenredig ronselen is de eenvoudigste lezing van S64; de helft tot anderhalf keer",
      en: "proportional recruitment is the simplest reading of S64; half to one and a half times",
    },
  },
};

/** The range of measure sizes that are a choice: half to one and a half times the chosen size. */
export const MEASURE_SIZE_RANGE: ParameterRange = {
  lo: 0.5,
  hi: 1.5,
  relative: true,
  reasoning: {
    nl: "geen bron geeft de omvang; de helft tot anderhalf keer de gekozen omvang",
    en: "no source gives the size; half to one and a half times the chosen size",
  },
};

/** The measures whose size is (at least in part) a choice rather than derived from figures. */
export const uncertainMeasureIds: readonly MeasureId[] = measures
  .filter((m) => m.changes.some((c) => c.basis.kind === "assumption"))
  .map((m) => m.id);

/** A sampled quantity: a flat constant or a measure's size multiplier, with its distribution. */
export interface UncertainInput {
  readonly kind: "constant" | "measure";
  /** The flat constant id, or the measure id. */
  readonly id: string;
  /** For a constant: the constant it is, or is an element of. */
  readonly parameter?: string;
  /** For an element of an arrayed constant: its element ids, one per dimension. */
  readonly elements?: readonly string[];
  readonly distribution: Distribution;
  readonly reasoning: { readonly nl: string; readonly en: string };
}

/** The element ids of every cell of an array over `dims`, row-major (the last varying fastest). */
function arrayCells(dims: readonly DimId[]): string[][] {
  return dims
    .map((d) => sfdDimensions.find((x) => x.id === d)!.elements)
    .reduce<string[][]>(
      (acc, elements) => acc.flatMap((cell) => elements.map((e) => [...cell, e])),
      [[]],
    );
}

function triangular(value: number, r: ParameterRange): Distribution {
  const lo = r.relative === true ? value * r.lo : r.lo;
  const hi = r.relative === true ? value * r.hi : r.hi;
  return { kind: "triangular", lo: Math.min(lo, value), mode: value, hi: Math.max(hi, value) };
}

/**
 * Every sampled input, in a fixed order: the assumption constants (arrayed ones element by
 * element, elements that are 0 left out) at `values` (the calibrated values by default), then
 * the measure size multipliers.
 */
export function uncertainInputs(values: Readonly<Record<string, number>>): UncertainInput[] {
  const constants = sfdParameters.flatMap((p): UncertainInput[] => {
    if (p.evidence.kind !== "assumption") return [];
    const range = parameterRanges[p.id];
    if (range === undefined) throw new Error(`internal: no range for assumption ${p.id}`);
    if (p.values === undefined) {
      const value = values[p.id] ?? p.value;
      return [
        {
          kind: "constant",
          id: p.id,
          parameter: p.id,
          distribution: triangular(value, range),
          reasoning: range.reasoning,
        },
      ];
    }
    const cells = arrayCells(p.dims ?? []);
    return p.values.flatMap((value, i): UncertainInput[] =>
      value === 0
        ? []
        : [
            {
              kind: "constant",
              // The flattened model names element [e1, e2] of `x` as `x_e1_e2`.
              id: [p.id, ...cells[i]!].join("_"),
              parameter: p.id,
              elements: cells[i]!,
              distribution: triangular(value, range),
              reasoning: range.reasoning,
            },
          ],
    );
  });
  const sizes = uncertainMeasureIds.map(
    (id): UncertainInput => ({
      kind: "measure",
      id,
      distribution: triangular(1, MEASURE_SIZE_RANGE),
      reasoning: MEASURE_SIZE_RANGE.reasoning,
    }),
  );
  return [...constants, ...sizes];
}
