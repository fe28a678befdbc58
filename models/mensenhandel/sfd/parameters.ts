import { eventParameters } from "./parameters-events.js";
import { identificationParameters } from "./parameters-identification.js";
import { justiceParameters } from "./parameters-justice.js";
import { victimParameters } from "./parameters-victims.js";
import type { SfdParameter } from "./sfd-parameter.js";

/** Every constant of the stock-and-flow model, each with its source or assumption. */
export const sfdParameters: readonly SfdParameter[] = [
  ...victimParameters,
  ...identificationParameters,
  ...eventParameters,
  ...justiceParameters,
];

/** The constants calibration may move, with their bounds. */
export const fittedParameters: readonly SfdParameter[] = sfdParameters.filter(
  (p) => p.fit !== undefined,
);
