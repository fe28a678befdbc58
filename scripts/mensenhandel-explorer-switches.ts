/**
 * The switches of the trafficking explorer: one per measure of the catalogue, with its planned
 * changes in words and its lever measures on the stock-and-flow model, on when the measure is in
 * the historical baseline (in force before 2021), and the 2018 programme as one package switch.
 */
import {
  factorById,
  type Measure,
  type MeasureChange,
  measures,
  programmeScenario,
} from "../models/mensenhandel/index.js";
import { historicalMeasureIds } from "../models/mensenhandel/sfd/historical-baseline.js";
import { leverMeasures } from "../models/mensenhandel/sfd/index.js";
import type { Bilingual, ExplorerSwitch } from "../src/explore/explorer-spec.js";

const percent = (x: number) => `${x > 0 ? "+" : ""}${Math.round(x * 1000) / 10} %`;

function changeText(change: MeasureChange): Bilingual {
  const factor = factorById(change.factor);
  const name = { nl: factor?.labels?.nl ?? change.factor, en: factor?.labels?.en ?? change.factor };
  const size = percent(change.size);
  if (change.kind === "ramp") {
    return {
      nl: `${name.nl} ${size}, vanaf ${change.start} in ${change.duration} jaar`,
      en: `${name.en} ${size}, from ${change.start} over ${change.duration} years`,
    };
  }
  const until = change.end === undefined ? "" : change.end;
  return {
    nl: `${name.nl} ${size} vanaf ${change.start}${until === "" ? "" : ` tot ${until}`}`,
    en: `${name.en} ${size} from ${change.start}${until === "" ? "" : ` until ${until}`}`,
  };
}

/** The switch of one measure. */
export function measureSwitch(m: Measure): ExplorerSwitch {
  const scenarioMeasures = leverMeasures(m);
  const texts = m.changes.map(changeText);
  const none = {
    nl: " (werkt niet op het voorraad-stroommodel)",
    en: " (does not act on the stock-and-flow model)",
  };
  const doc = {
    nl: texts.map((t) => t.nl).join("; ") + (scenarioMeasures.length === 0 ? none.nl : ""),
    en: texts.map((t) => t.en).join("; ") + (scenarioMeasures.length === 0 ? none.en : ""),
  };
  const starts = m.changes.map((c) => c.start);
  return {
    id: m.id,
    label: { nl: m.labels.nl, en: m.labels.en },
    doc,
    measures: scenarioMeasures,
    start: Math.min(...starts),
    // in force before 2021: on in the historical baseline the model is calibrated with
    on: historicalMeasureIds.some((h) => h === m.id),
  };
}

/** The 2018 programme *Samen tegen mensenhandel* as one switch over its measures. */
export function programmeSwitch(): ExplorerSwitch {
  const programme = measures.filter((m) => programmeScenario.measures.includes(m.id));
  return {
    id: programmeScenario.id,
    label: { nl: programmeScenario.labels.nl, en: programmeScenario.labels.en },
    doc: {
      nl: `${programme.length} maatregelen samen, elk met de omvang en het startjaar hieronder`,
      en: `${programme.length} measures together, each with its size and start year below`,
    },
    measures: [],
    members: programmeScenario.measures,
    on: programmeScenario.measures.every((id) => historicalMeasureIds.some((h) => h === id)),
    start: Math.min(...programme.flatMap((m) => m.changes.map((c) => c.start))),
  };
}
