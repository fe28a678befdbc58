/**
 * The performance indicators of the stock-and-flow model: the one list the conclusions, the
 * scenario tables, the package's `runMeasure` and the explorer read. Each names the model
 * variable, the direction the core group wants, and the systeemkaart factor MARVEL scores for
 * it (with the model variable compared with MARVEL, where that differs). Names come from the
 * model's own variables, so an indicator is called the same everywhere.
 */
import type { Labels } from "../../../src/model/types.js";
import type { FactorId } from "../factors.js";
import { identificationStructure } from "./identification-structure.js";
import { sfdParameters } from "./parameters.js";
import { perpetratorStructure } from "./perpetrator-structure.js";
import { victimStructure } from "./victim-structure.js";

/** An indicator of the stock-and-flow model. */
export interface SfdIndicatorSpec {
  /** The model variable. */
  readonly id: SfdIndicator;
  readonly labels: Required<Labels>;
  readonly desired: "up" | "down";
  /** The factor of the systeemkaart MARVEL scores for this indicator. */
  readonly marvel: FactorId;
  /**
   * The model variable compared with MARVEL's factor: for the total, the new victims (MARVEL's
   * factor counts new victims, the total counts everyone present in a year).
   */
  readonly marvelVia: string;
}

const SPECS = [
  {
    id: "total_victims",
    desired: "down",
    marvel: "werkelijke_slachtoffers",
    marvelVia: "new_victims",
  },
  {
    id: "hidden_victims",
    desired: "down",
    marvel: "verborgen_slachtoffers",
    marvelVia: "hidden_victims",
  },
  { id: "share_seen", desired: "up", marvel: "signalering_melding", marvelVia: "share_seen" },
  {
    id: "total_waiting",
    desired: "down",
    marvel: "slachtoffers_zonder_opvangplek",
    marvelVia: "total_waiting",
  },
  { id: "convictions", desired: "up", marvel: "veroordelingen", marvelVia: "convictions" },
  {
    id: "revictimisations",
    desired: "down",
    marvel: "herhaald_slachtofferschap",
    marvelVia: "revictimisations",
  },
] as const;

/** An indicator id: a variable of the stock-and-flow model. */
export type SfdIndicator = (typeof SPECS)[number]["id"];

/** The names of a model variable or constant, from the model itself; undefined if it has none. */
export function findSfdVariableLabels(id: string): Required<Labels> | undefined {
  const p = sfdParameters.find((x) => x.id === id);
  if (p !== undefined) return p.labels;
  const v = [...victimStructure, ...identificationStructure, ...perpetratorStructure].find(
    (x) => x.id === id,
  );
  if (v?.labels?.nl === undefined || v.labels.en === undefined) return undefined;
  return { nl: v.labels.nl, en: v.labels.en };
}

/** The names of a model variable, from the model itself. */
export function sfdVariableLabels(id: string): Required<Labels> {
  const labels = findSfdVariableLabels(id);
  if (labels === undefined)
    throw new Error(`internal: the stock-and-flow model has no names for ${id}`);
  return labels;
}

/** The indicators, in the order of the report's tables. */
export const sfdIndicators: readonly SfdIndicatorSpec[] = SPECS.map((s) => ({
  ...s,
  labels: sfdVariableLabels(s.id),
}));
