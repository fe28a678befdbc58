/**
 * The explorer of the trafficking model (issue 19): the calibrated stock-and-flow model with a
 * switch per measure of the catalogue and the 2018 programme as one package switch, the
 * calibrated constants as sliders over their calibration bounds, the report's indicators with
 * the NRM registrations, the multiple-systems estimates and the convictions as points, and the
 * systeemkaart with its named loops and their stories. Everything is read through the exported
 * API of `models/mensenhandel`. `npm start` calls {@link writeMensenhandelExplorer}.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  SCENARIO_INDICATORS,
  SCENARIO_YEARS,
} from "../models/mensenhandel/analysis/scenario-analysis.js";
import {
  justiceFigures,
  registeredVictims,
  victimEstimates,
} from "../models/mensenhandel/data/read-data.js";
import { measures, namedLoops, systeemkaart } from "../models/mensenhandel/index.js";
import {
  calibratedValues,
  fittedParameters,
  mensenhandelSfd,
} from "../models/mensenhandel/sfd/index.js";
import { explorerHtml } from "../src/explore/explorer-html.js";
import type { Bilingual, ExplorerSpec } from "../src/explore/explorer-spec.js";
import type { Evidence } from "../src/model/types.js";
import { causalLoopDiagram } from "../src/render/cld/causal-loop-diagram.js";
import { cldFromCausalMap } from "../src/render/cld/cld-input.js";
import { measureSwitch, programmeSwitch } from "./mensenhandel-explorer-switches.js";

/** Samples and seed of the range ensemble. */
export const ENSEMBLE = { runs: 200, seed: 2018 } as const;

function evidenceText(e: Evidence): string {
  switch (e.kind) {
    case "source":
      return `${e.ids.join(", ")}${e.note ? `: ${e.note}` : ""}`;
    case "assumption":
      return e.reasoning;
  }
}

/** The systeemkaart with its named loops, in `lang`. */
function systeemkaartSvg(lang: "nl" | "en"): string {
  const loops = namedLoops.map((l) => ({ id: l.id, polarity: l.polarity, variables: l.variables }));
  return causalLoopDiagram(cldFromCausalMap(systeemkaart, loops), {
    lang,
    colourBy: "group",
    idPrefix: "kaart",
  }).svg;
}

/** Options of {@link mensenhandelExplorerSpec}. */
export interface MensenhandelExplorerOptions {
  readonly lang?: "nl" | "en";
  /** Values of the calibrated constants (e.g. a fresh refit); default: `calibratedValues`. */
  readonly values?: Readonly<Record<string, number>>;
}

/** The explorer spec of the trafficking model. */
export function mensenhandelExplorerSpec(options: MensenhandelExplorerOptions = {}): ExplorerSpec {
  const lang = options.lang ?? "nl";
  const values = { ...calibratedValues, ...options.values };
  const model = mensenhandelSfd({ values });
  const variable = (id: string) => model.variables.find((v) => v.id === id);
  const label = (id: string): Bilingual => {
    const v = variable(id);
    return { nl: v?.labels?.nl ?? id, en: v?.labels?.en ?? id };
  };
  const indicators = [
    ...SCENARIO_INDICATORS.filter((i) => i.id !== "registered_victims"),
    { id: "registered_in_year", desired: "up" as const },
  ].map((i) => ({
    id: i.id,
    label: label(i.id),
    units: variable(i.id)?.units ?? "",
    desired: i.desired,
  }));
  const estimates = victimEstimates().flatMap((e) =>
    Array.from({ length: e.to - e.from + 1 }, (_, k) => ({ t: e.from + k + 0.5, v: e.estimate })),
  );
  const nrm = registeredVictims("nrm");
  const convictions = justiceFigures("convictions");
  return {
    title: {
      nl: "Verkenner: maatregelen tegen mensenhandel",
      en: "Explorer: measures against human trafficking",
    },
    lang,
    model,
    parameters: fittedParameters.map((p) => {
      const { lo, hi } = p.fit!;
      return {
        id: p.id,
        label: { nl: p.labels.nl, en: p.labels.en },
        doc: { nl: evidenceText(p.evidence), en: evidenceText(p.evidence) },
        units: p.units,
        min: lo,
        max: hi,
        value: values[p.id] ?? p.value,
        step: (hi - lo) / 100,
      };
    }),
    switches: [programmeSwitch(), ...measures.map(measureSwitch)],
    // every run holds the whole catalogue, the measures that are off neutral, as sfdScenario does
    neutralOff: true,
    indicators,
    observed: [
      {
        indicator: "total_victims",
        label: { nl: "schatting (MSE)", en: "estimate (MSE)" },
        time: estimates.map((e) => e.t),
        values: estimates.map((e) => e.v),
      },
      {
        indicator: "registered_in_year",
        label: { nl: "NRM-registraties", en: "NRM registrations" },
        time: nrm.map((r) => r.year + 1),
        values: nrm.map((r) => r.value),
      },
      {
        indicator: "convictions",
        label: { nl: "veroordelingen (data)", en: "convictions (data)" },
        time: convictions.map((r) => r.year + 0.5),
        values: convictions.map((r) => r.value),
      },
    ],
    years: [...SCENARIO_YEARS],
    ensemble: {
      ...ENSEMBLE,
      // The calibrated constants vary over their calibration bounds, most likely at the fit.
      parameters: fittedParameters.map((p) => ({
        id: p.id,
        distribution: {
          kind: "triangular" as const,
          lo: p.fit!.lo,
          mode: values[p.id] ?? p.value,
          hi: p.fit!.hi,
        },
      })),
    },
    map: {
      title: { nl: "Systeemkaart", en: "System map" },
      svg: { nl: systeemkaartSvg("nl"), en: systeemkaartSvg("en") },
      factors: systeemkaart.factors.map((f) => ({
        id: f.id,
        label: { nl: f.labels?.nl ?? f.id, en: f.labels?.en ?? f.id },
      })),
      loops: namedLoops.map((l) => ({
        id: l.id,
        name: { nl: l.name_nl, en: l.name_en },
        polarity: l.polarity,
        variables: l.variables,
        story: { nl: l.story_nl ?? l.story_en, en: l.story_en },
      })),
    },
  };
}

/** Write `verkenner.html` of the trafficking model into `dir`; returns its path. */
export async function writeMensenhandelExplorer(
  dir: string,
  options: MensenhandelExplorerOptions = {},
): Promise<string> {
  const html = await explorerHtml(mensenhandelExplorerSpec(options));
  await mkdir(dir, { recursive: true });
  const file = join(dir, "verkenner.html");
  await writeFile(file, html);
  return file;
}
