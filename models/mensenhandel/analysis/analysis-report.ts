/**
 * The HTML report of the analysis for the core group, in Dutch throughout, through the
 * library's `renderReport`. It opens with the conclusions (measure × indicator with the
 * ensemble's ranges and the MARVEL verdict), then the summary with the validation, the
 * systeemkaart and its loops with their stories, the charts, and a section per topic: the
 * uncertainty, MARVEL per indicator, leverage, calibration and validation, reality checks, and
 * the sources.
 */
import type { StructureAnalysis } from "../../../src/analysis/analyze-structure.js";
import type { VesterRole } from "../../../src/analysis/leverage/structural-table.js";
import type { RealityCheckResult } from "../../../src/checks/reality-check.js";
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import { formatNumber, formatPercent } from "../../../src/render/format/number-format.js";
import {
  type ReportBlock,
  type ReportSection,
  renderReport,
  type ScenarioTable,
} from "../../../src/render/report/render-report.js";
import { formatDistribution } from "../../../src/sensitivity/distribution.js";
import { factors } from "../factors.js";
import { indicators } from "../indicators.js";
import { namedLoops } from "../loops.js";
import { measures } from "../measures.js";
import { sfdDimensions } from "../sfd/dimensions.js";
import type { UncertainInput } from "../sfd/parameter-ranges.js";
import { sfdParameters } from "../sfd/parameters.js";
import { sources } from "../sources.js";
import type { CalibrationAnalysis } from "./calibration-analysis.js";
import { conclusionBlocks } from "./conclusions.js";
import { marvelRows, marvelScenarios } from "./marvel-analysis.js";
import { effectOf, SCENARIO_INDICATORS, type ScenarioAnalysis } from "./scenario-analysis.js";
import type { UncertaintyAnalysis } from "./uncertainty-analysis.js";
import type { Validation } from "./validation.js";

/** Everything the report shows. */
export interface ReportParts {
  readonly structure: StructureAnalysis;
  /** The leverage ranking restricted to factors someone can act on. */
  readonly actionable: StructureAnalysis["leverage"];
  readonly marvel: MarvelEvaluation;
  readonly calibration: CalibrationAnalysis;
  readonly validation: Validation;
  readonly scenarios: ScenarioAnalysis;
  readonly uncertainty: UncertaintyAnalysis;
  readonly checks: readonly RealityCheckResult[];
  readonly figures: { readonly title: string; readonly svg: string }[];
  readonly diagram: string;
}

const pct = (x: number) => formatPercent(x, "nl", 1);
const num = (x: number) => formatNumber(x, "nl");
const yesNo = (b: boolean) => (b ? "ja" : "nee");

const ROLE: Readonly<Record<VesterRole, string>> = {
  active: "actief",
  reactive: "reactief",
  critical: "kritisch",
  buffering: "bufferend",
};

const SERIES_NOTES: Readonly<Record<string, string>> = {
  form_sexual: "een slachtoffer met meer vormen telt in elke vorm mee",
  form_labour_criminal: "in 2020 telt een slachtoffer met meer vormen in elke vorm mee",
  channel_police:
    "het model gebruikt deze reeks voor het prioriteitsverlies en de COVID-19-daling: geen onafhankelijke toets; bronnen tellen melders, een slachtoffer kan er meer hebben",
  channel_care: "de AVG-drempel komt uit de vrijwillige meldingen 2014–2018, een bredere groep",
  police_om_suspects: "het model telt alle verdachten naar het OM, niet alleen die van de politie",
  share_seen: "de bronnen geven 0,25–0,33; vergeleken met het midden, 0,29",
};

const factorName = (id: string) => factors.find((f) => f.id === id)?.labels.nl ?? id;

/** The Dutch name of a sampled input: a constant, one element of it, or a measure's size. */
function inputLabel(input: UncertainInput): string {
  if (input.kind === "measure")
    return `omvang: ${measures.find((m) => m.id === input.id)?.labels.nl ?? input.id}`;
  const p = sfdParameters.find((x) => x.id === input.parameter);
  if (p === undefined) return input.id;
  if (input.elements === undefined) return p.labels.nl;
  const names = (p.dims ?? []).map((d, k) => {
    const dim = sfdDimensions.find((x) => x.id === d)!;
    const e = input.elements![k]!;
    return dim.elementNames?.[dim.elements.indexOf(e)] ?? e;
  });
  return `${p.labels.nl} (${names.join(", ")})`;
}
const tableBlock = (table: ScenarioTable): ReportBlock => ({ kind: "table", table });

function leverageSection(p: ReportParts): ReportSection {
  const row = (c: StructureAnalysis["leverage"][number], rank: number) => ({
    label: `${rank}. ${c.label ?? factorName(c.id)}`,
    values: [num(c.activeSum), num(c.passiveSum), c.loops, ROLE[c.role]],
  });
  return {
    id: "hefbomen",
    title: "Aangrijpingspunten en hefbomen van de systeemkaart",
    blocks: [
      tableBlock({
        title: "Aangrijpingspunten voor beleid (factoren die een maatregel verandert)",
        columns: ["actief", "passief", "lussen", "rol"],
        rows: p.actionable.map((c, i) => row(c, i + 1)),
        caption:
          "Actief: hoeveel een factor andere beïnvloedt; passief: hoeveel hij zelf beïnvloed wordt; lussen: door hoeveel terugkoppellussen hij loopt. De structurele tabel hieronder zet ook statistieken bovenaan, zoals het aantal geregistreerde slachtoffers: daar komen veel lussen samen, maar niemand kan ze direct instellen.",
      }),
      tableBlock({
        title: "Hefboomtabel systeemkaart (structureel)",
        columns: ["actief", "passief", "lussen", "rol"],
        rows: p.structure.leverage.map((c) => row(c, c.rank)),
      }),
    ],
  };
}

function marvelSection(p: ReportParts): ReportSection {
  const label = (id: string) => marvelScenarios.find((s) => s.id === id)?.labels.nl ?? id;
  const robustness = p.marvel.robustness;
  const perIndicator: ScenarioTable = {
    title: "MARVEL per indicator: goed na 1 · 2 · 5 · 10 jaar, en robuustheid",
    columns: indicators.map((i) => `${i.labels.nl} (${i.desired === "up" ? "↑" : "↓"})`),
    rows: p.marvel.ranking.map((id) => {
      const s = p.marvel.scenarios.find((x) => x.id === id)!;
      return {
        label: label(id),
        values: indicators.map((ind) => {
          const e = s.indicators.find((x) => x.factor === ind.factor);
          if (e === undefined) return "–";
          const marks = e.ok.map((ok) => (ok ? "✓" : "✗")).join("");
          const r = e.robustness;
          const share =
            r === undefined || r.length === 0
              ? ""
              : ` (${formatPercent(r.reduce((a, b) => a + b, 0) / r.length, "nl", 0)})`;
          return `${marks}${share}`;
        }),
      };
    }),
    caption: `✓: de indicator beweegt op dat moment de gewenste kant op; tussen haakjes het gemiddelde aandeel van ${robustness?.samples ?? 0} steekproeven van de sterkte- en snelheidsklassen waarin dat zo blijft (seed ${robustness?.seed ?? "–"}).`,
  };
  const ranking: ScenarioTable = {
    title: "MARVEL-rangorde van de maatregelen (vanaf 2018)",
    columns: ["score", "aandeel goed", "robuust"],
    rows: marvelRows(p.marvel).map((r) => ({
      label: `${r.rank}. ${r.label}`,
      values: [num(r.score), pct(r.okShare), pct(r.robust)],
    })),
  };
  return {
    id: "marvel",
    title: "MARVEL: de maatregelen op de systeemkaart",
    blocks: [
      {
        kind: "paragraph",
        text: "Score: het gewogen gemiddelde over de indicatoren en de momenten van hoe ver elke indicator de gewenste kant op beweegt, zodat een hogere score een gunstiger maatregel betekent.",
      },
      {
        kind: "paragraph",
        text: "Aandeel goed: het deel van de combinaties van indicator en moment (1, 2, 5 en 10 jaar) waarin de indicator de gewenste kant op beweegt.",
      },
      {
        kind: "paragraph",
        text: `Robuust: het deel van ${robustness?.samples ?? 0} steekproeven, waarin de sterkte- en snelheidsklassen van de verbanden willekeurig een klasse verschuiven, waarin de indicatoren toch de gewenste kant op bewegen.`,
      },
      tableBlock(perIndicator),
      tableBlock(ranking),
    ],
  };
}

function uncertaintySection(p: ReportParts): ReportSection {
  const bound = [
    ...new Set([...p.calibration.atBound, ...p.validation.holdout.atBound].map((b) => b.id)),
  ];
  return {
    id: "onzekerheid",
    title: "Onzekerheid: wat de steekproef varieert",
    blocks: [
      {
        kind: "paragraph",
        text: `Het voorraad-stroommodel draait ${p.uncertainty.samples} keer (Latijnse hyperkubus, seed ${p.uncertainty.seed}), elke steekproef onder elk scenario, zodat het effect van een maatregel per steekproef (met tegen zonder) wordt berekend. Gevarieerd worden alle constanten die een aanname zijn en de omvang van maatregelen die gekozen is; bronconstanten en uit cijfers afgeleide omvangen blijven vast. Het model wordt daarbij niet opnieuw gefit.`,
      },
      {
        kind: "paragraph",
        text:
          bound.length === 0
            ? "Geen gefitte constante eindigde op een grens van haar bereik."
            : `Gefitte constanten die op een grens van hun bereik eindigden (de cijfers bepalen ze niet binnen het bereik): ${bound.map((id) => sfdParameters.find((x) => x.id === id)?.labels.nl ?? id).join(", ")}.`,
      },
      tableBlock({
        title: "Verdelingen (driehoeksverdeling: laagste, meest waarschijnlijke, hoogste waarde)",
        columns: ["soort", "verdeling", "onderbouwing"],
        rows: p.uncertainty.inputs.map((i) => ({
          label: inputLabel(i),
          values: [
            i.kind === "constant" ? "aanname" : "omvang maatregel",
            formatDistribution(i.distribution).replace(/(\d)\.(\d)/g, "$1,$2"),
            i.reasoning.nl,
          ],
        })),
      }),
    ],
  };
}

function validationSection(p: ReportParts): ReportSection {
  const v = p.validation;
  return {
    id: "validatie",
    title: "Kalibratie en validatie",
    blocks: [
      tableBlock({
        title: "Kalibratie: geregistreerde slachtoffers (NRM)",
        columns: ["waargenomen", "model"],
        rows: p.calibration.fitRows.map((r) => ({
          label: String(r.year),
          values: [num(r.observed), num(r.simulated)],
        })),
        caption: `gemiddelde absolute afwijking (MAPE) ${pct(p.calibration.mape)}`,
      }),
      tableBlock({
        title: "Toets buiten de steekproef: fit op 2013–2018, voorspelling van 2019–2020",
        columns: ["waargenomen (NRM)", "model", "gebruikt in de fit"],
        rows: v.holdout.points.map((r) => ({
          label: String(r.year),
          values: [num(r.observed), num(r.simulated), yesNo(r.year <= 2018)],
        })),
        caption: `MAPE binnen de steekproef (2013–2018) ${pct(v.holdout.inSampleMape)}, buiten de steekproef (2019–2020) ${pct(v.holdout.mape)}; tegen ${pct(p.calibration.mape)} voor de fit op alle jaren 2013–2020`,
      }),
      tableBlock({
        title: "Validatie: reeksen waarop het model niet is gefit",
        columns: ["bron", "punten", "MAPE", "opmerking"],
        rows: v.series.map((s) => ({
          label: s.nl,
          values: [s.source, s.points.length, pct(s.mape), SERIES_NOTES[s.name] ?? ""],
        })),
      }),
      tableBlock({
        title: "Trend van de schattingen (MSE) tegen het model",
        columns: [
          "schatting",
          "model",
          "model van",
          "model tot",
          "klopt",
          "door het model gebruikt",
        ],
        rows: v.trend.map((t) => ({
          label: `${t.from} → ${t.to}`,
          values: [
            t.observed === "up" ? "stijgt" : "daalt",
            t.simulated === "up" ? "stijgt" : "daalt",
            num(t.simulatedFrom),
            num(t.simulatedTo),
            yesNo(t.agrees),
            yesNo(t.usedByModel),
          ],
        })),
        caption:
          "Slachtoffers in een jaar (prevalentie), zoals de schattingen ze tellen: verborgen slachtoffers plus wie in het jaar in beeld kwam.",
      }),
      tableBlock({
        title: "Slachtoffers in een jaar tegen de bandbreedte van de schattingen",
        columns: ["model", "ondergrens", "bovengrens", "binnen"],
        rows: p.calibration.ranges.map((r) => ({
          label: String(r.year),
          values: [num(r.simulated), num(r.low), num(r.high), yesNo(r.inside)],
        })),
        caption:
          "2018–2019: de bronnen drukken de bovengrens af als 6.300–7.000; de smallere 6.300 is gebruikt.",
      }),
      tableBlock({
        title: "Strafrechtketen: model tegen cijfers",
        columns: ["waargenomen", "model"],
        rows: p.calibration.justice.map((r) => ({
          label: `${r.indicator === "convictions" ? "veroordelingen" : r.indicator === "om_suspects" ? "verdachten bij het OM" : "verdachten via de politie"} ${r.year}`,
          values: [num(r.observed), num(r.simulated)],
        })),
        caption:
          "De verdachten bij het OM in 2013 en 2017 zijn gefit; de rest is validatie (S32, S34, S39, S40).",
      }),
      tableBlock({
        title: "Eén centrale run: effect van elke maatregel in 2030 (met tegen zonder)",
        columns: SCENARIO_INDICATORS.map((i) => i.nl),
        rows: p.scenarios.comparisons.map((c) => ({
          label: c.labels.nl,
          values: SCENARIO_INDICATORS.map((i) => {
            const e = effectOf(p.scenarios, c, i.id, 2030);
            return Number.isNaN(e.relative) ? "–" : formatPercent(e.relative, "nl", 1, true);
          }),
        })),
        caption:
          "Zonder onzekerheid, bij de gekalibreerde waarden; de conclusies bovenaan geven de bandbreedte.",
      }),
    ],
  };
}

function checksSection(p: ReportParts): ReportSection {
  return {
    id: "realiteitstoetsen",
    title: "Realiteitstoetsen",
    blocks: [
      tableBlock({
        title: `Realiteitstoetsen: ${p.checks.filter((c) => c.passed).length} van ${p.checks.length} geslaagd`,
        columns: ["geslaagd", "gezien"],
        rows: p.checks.map((c) => ({
          label: c.name.split(" / ")[0]!,
          values: [yesNo(c.passed), c.detail.replace(/(\d)\.(\d)/g, "$1,$2")],
        })),
      }),
    ],
  };
}

const sourcesSection: ReportSection = {
  id: "bronnen",
  title: "Bronnen",
  blocks: [
    { kind: "links", items: sources.map((s) => ({ text: `${s.id}: ${s.title}`, href: s.url })) },
  ],
};

/** The opening text: what this is, and what the validation says, in plain Dutch. */
function summaryText(p: ReportParts): string {
  const v = p.validation;
  const last = v.trend.find((t) => t.from === "2014-2015" && t.to === "2018-2019");
  const worst = [...v.series].sort((a, b) => b.mape - a.mape)[0];
  return [
    "De oorspronkelijke systeemkaart van TNO en de kerngroep (MARVEL, 2018) is nooit gepubliceerd. Deze systeemkaart is een reconstructie uit openbare bronnen (S1–S71, K162), met een MARVEL-evaluatie van de maatregelen van Samen tegen mensenhandel en een voorraad-stroommodel dat op de geregistreerde slachtoffers is gekalibreerd. Maatregelen die vóór 2021 golden zitten in de basis; maatregelen worden vanaf 2021 beoordeeld, of als bijdrage (de basis tegen een run zonder de maatregel).",
    `Toets buiten de steekproef: gefit op 2013–2018 voorspelt het model de registraties van 2019–2020 met een gemiddelde afwijking van ${pct(v.holdout.mape)}, tegen ${pct(v.holdout.inSampleMape)} op de jaren die de fit zag. Het verschil zegt hoeveel van de goede passing op alle jaren (${pct(p.calibration.mape)}) aan het fitten zelf ligt.`,
    last === undefined
      ? ""
      : last.agrees
        ? `De schattingen (MSE) dalen van 2014–15 naar 2018–19 en het model daalt mee (${num(last.simulatedFrom)} → ${num(last.simulatedTo)}).`
        : `Het model volgt de daling van de schattingen (MSE) van 2014–15 naar 2018–19 niet: het aantal slachtoffers in een jaar gaat in het model van ${num(last.simulatedFrom)} naar ${num(last.simulatedTo)}. De reden: het model heeft geen bron voor de daling van seksuele uitbuiting die de tweede schatting laat zien (S14); de minder goede signalering van 2015–2018 laat slachtoffers in het model langer onopgemerkt, en dat verhoogt het totaal. Uitspraken over het totale aantal slachtoffers zijn daarom zwak.`,
    worst === undefined
      ? ""
      : `De reeks die het slechtst past is ${worst.nl} (${pct(worst.mape)} gemiddelde afwijking, ${worst.source}); zie de validatie.`,
    "Bekende beperkingen staan in docs/mensenhandel.md.",
  ]
    .filter((t) => t.length > 0)
    .join(" ");
}

/** The report as one self-contained HTML page. */
export function analysisReport(p: ReportParts): string {
  const s = p.structure.summary;
  return renderReport({
    title: "Systeemanalyse aanpak mensenhandel: een reconstructie uit openbare bronnen",
    lang: "nl",
    leading: [
      {
        id: "conclusies",
        title: "Conclusies voor de kerngroep",
        blocks: conclusionBlocks(p.uncertainty, p.marvel, p.scenarios.comparisons),
      },
    ],
    summary: {
      text: summaryText(p),
      facts: [
        { label: "factoren", value: s.factors },
        { label: "verbanden", value: s.links },
        { label: "versterkende lussen", value: s.loops.R },
        { label: "balancerende lussen", value: s.loops.B },
        { label: "MAPE kalibratie (NRM 2013–2020)", value: pct(p.calibration.mape) },
        {
          label: "MAPE buiten de steekproef (fit 2013–2018, toets 2019–2020)",
          value: pct(p.validation.holdout.mape),
        },
        {
          label: "MAPE binnen de steekproef van dezelfde fit",
          value: pct(p.validation.holdout.inSampleMape),
        },
        {
          label: "daling 2014–15 → 2018–19 van de schattingen gevolgd",
          value: yesNo(p.validation.mseTrendOk),
        },
        {
          label: "slachtoffers in een jaar binnen de bandbreedte van de schattingen",
          value: yesNo(p.calibration.rangesOk),
        },
        {
          label: "realiteitstoetsen geslaagd",
          value: `${p.checks.filter((c) => c.passed).length} van ${p.checks.length}`,
        },
      ],
    },
    // the map is large: as wide as the window, and the file beside the report opens it full size
    diagrams: [
      {
        title: "Systeemkaart (reconstructie uit openbare bronnen)",
        svg: p.diagram,
        href: "systeemkaart.svg",
        wide: true,
      },
    ],
    loops: namedLoops.map((l) => ({
      id: l.id,
      polarity: l.polarity,
      variables: l.variables,
      name: l.name_nl,
      story: l.story_nl,
    })),
    charts: p.figures,
    trailing: [
      uncertaintySection(p),
      marvelSection(p),
      leverageSection(p),
      validationSection(p),
      checksSection(p),
      sourcesSection,
    ],
  });
}
