import { expectOptions } from "../../../src/diagnostics/check-argument.js";
import type { Model } from "../../../src/model/types.js";
import calibrated from "../data/calibrated.json" with { type: "json" };
import { sfdDimensions } from "./dimensions.js";
import { identificationStructure } from "./identification-structure.js";
import { fittedParameters, sfdParameters } from "./parameters.js";
import { perpetratorStructure } from "./perpetrator-structure.js";
import { toConstant } from "./sfd-parameter.js";
import { victimStructure } from "./victim-structure.js";

/**
 * The calibrated values of the fitted constants (`models/mensenhandel/data/calibrated.json`);
 * a value in the file for a constant that is no longer fitted is ignored.
 */
export const calibratedValues: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(calibrated.set as Record<string, number>).filter(([id]) =>
    fittedParameters.some((p) => p.id === id),
  ),
);

/** Options of {@link mensenhandelSfd}. */
export interface SfdOptions {
  /** Values of constants by id; default: the calibrated values. */
  readonly values?: Readonly<Record<string, number>>;
  /** Time step in years; default 1/16. */
  readonly dt?: number;
}

/**
 * The stock-and-flow model of Dutch human trafficking, 2010–2030 in years, arrayed over form of
 * exploitation and age (and identification channel): victims from risk to recovery,
 * perpetrators through the criminal-justice chain, identification through five channels, and
 * the exogenous events of 2013–2020. Constants default to their calibrated values.
 */
export function mensenhandelSfd(options: SfdOptions = {}): Model {
  expectOptions("mensenhandelSfd", options, { values: "object", dt: "number" });
  const values = { ...calibratedValues, ...options.values };
  return {
    kind: "stock-flow",
    name: "mensenhandel_sfd",
    labels: {
      nl: "Voorraad-stroommodel mensenhandel",
      en: "Stock-and-flow model of human trafficking",
    },
    doc: "Victims by form and age, perpetrators and the criminal-justice chain, identification channels and shelter in the Netherlands, 2010–2030; calibrated to the NRM registered victims 2013–2020 and the multiple-systems estimates.",
    specs: { start: 2010, stop: 2030, dt: options.dt ?? 0.0625, saveper: 0.25, timeUnits: "years" },
    dimensions: sfdDimensions,
    variables: [
      ...sfdParameters.map((p) => toConstant(p, values[p.id])),
      ...victimStructure,
      ...identificationStructure,
      ...perpetratorStructure,
    ],
  };
}
