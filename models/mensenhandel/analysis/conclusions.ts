/**
 * The report's first section, "Conclusies voor de kerngroep": which measures move which
 * indicators, by how much and how sure we are. A measure × indicator table of the ensemble's
 * median change and 5–95 % range in 2025 and 2030 (stock-and-flow model), the MARVEL verdict
 * for the same measure beside it, the places where the two disagree with why, and a few plain
 * sentences on what the table means and what it cannot say.
 */
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import { formatPercent } from "../../../src/render/format/number-format.js";
import type { ReportBlock, ScenarioTable } from "../../../src/render/report/render-report.js";
import { factors } from "../factors.js";
import { measures } from "../measures.js";
import { levers } from "../sfd/measure-levers.js";
import type { MeasureComparison } from "../sfd/sfd-scenarios.js";
import type { EffectRange, UncertaintyAnalysis } from "./uncertainty-analysis.js";

/** The indicators of the table: the stock-and-flow variable, its MARVEL factor, Dutch name. */
export const CONCLUSION_INDICATORS = [
  {
    id: "total_victims",
    marvel: "werkelijke_slachtoffers",
    marvelVia: "new_victims",
    nl: "Slachtoffers in een jaar",
    desired: "down",
  },
  {
    id: "hidden_victims",
    marvel: "verborgen_slachtoffers",
    marvelVia: "hidden_victims",
    nl: "Niet in beeld",
    desired: "down",
  },
  {
    id: "share_seen",
    marvel: "signalering_melding",
    marvelVia: "share_seen",
    nl: "Aandeel in beeld",
    desired: "up",
  },
  {
    id: "total_waiting",
    marvel: "slachtoffers_zonder_opvangplek",
    marvelVia: "total_waiting",
    nl: "Wachtend op opvang",
    desired: "down",
  },
  {
    id: "convictions",
    marvel: "veroordelingen",
    marvelVia: "convictions",
    nl: "Veroordelingen",
    desired: "up",
  },
  {
    id: "revictimisations",
    marvel: "herhaald_slachtofferschap",
    marvelVia: "revictimisations",
    nl: "Herhaald slachtofferschap",
    desired: "down",
  },
] as const;

/** The indicators the ensemble saves for the conclusions (the table's and MARVEL's). */
export const ENSEMBLE_INDICATORS: readonly string[] = [
  ...new Set(CONCLUSION_INDICATORS.flatMap((i) => [i.id, i.marvelVia])),
];

/** The years of the table. */
export const CONCLUSION_YEARS = [2025, 2030] as const;

/** A direction read from a 5–95 % range: up, down, unsure (the range spans zero) or none. */
export type Direction = "up" | "down" | "unsure" | "none";

/**
 * The direction of an effect range. A range within ±0.05 % (what the table prints as 0,0 %) is
 * no effect: a measure that ended years before leaves only rounding-level traces.
 */
export function directionOf(e: Pick<EffectRange, "p05" | "p95" | "absolute">): Direction {
  if (Math.abs(e.absolute.p05) < 1e-9 && Math.abs(e.absolute.p95) < 1e-9) return "none";
  if (Math.abs(e.p05) < 0.0005 && Math.abs(e.p95) < 0.0005) return "none";
  if (e.p05 > 0) return "up";
  if (e.p95 < 0) return "down";
  return "unsure";
}

const ARROW: Readonly<Record<Direction, string>> = { up: "↑", down: "↓", unsure: "±", none: "=" };
const WORD: Readonly<Record<Direction, string>> = {
  up: "stijgt",
  down: "daalt",
  unsure: "onzeker",
  none: "geen effect",
};

const pct = (x: number) => (Math.abs(x) < 0.0005 ? "0,0 %" : formatPercent(x, "nl", 1, true));

function cell(effects: readonly EffectRange[], comparison: string, indicator: string): string {
  return CONCLUSION_YEARS.map((year) => {
    const e = effects.find(
      (x) => x.comparison === comparison && x.indicator === indicator && x.year === year,
    );
    if (e === undefined) return `${year}: –`;
    const d = directionOf(e);
    return d === "none"
      ? `${year}: =`
      : `${year}: ${ARROW[d]} ${pct(e.median)}\n(${pct(e.p05)} tot ${pct(e.p95)})`;
  }).join("\n");
}

/** The MARVEL verdict of a scenario: indicators right at each moment, and robustness. */
export function marvelVerdict(evaluation: MarvelEvaluation, id: string): string {
  const scenario = evaluation.scenarios.find((s) => s.id === id);
  if (scenario === undefined) return "–";
  const n = scenario.indicators.length;
  const perMoment = evaluation.moments.map(
    (_, k) => `${scenario.indicators.filter((i) => i.ok[k]).length}/${n}`,
  );
  const shares = scenario.indicators.flatMap((i) => i.robustness ?? []);
  const robust =
    shares.length === 0
      ? "–"
      : formatPercent(shares.reduce((a, b) => a + b, 0) / shares.length, "nl", 0);
  return `${perMoment.join(" · ")}; robuust ${robust}`;
}

/** Where the stock-and-flow model and MARVEL point different ways for a measure, with why. */
export interface Disagreement {
  readonly comparison: string;
  readonly indicator: string;
  readonly sfd: Direction;
  readonly marvel: "up" | "down" | "none";
  readonly why: string;
}

const factorName = (id: string) => factors.find((f) => f.id === id)?.labels.nl ?? id;

/** Compare, per measure and indicator, the ensemble's 2030 direction with MARVEL's at 10 years. */
export function disagreements(
  uncertainty: UncertaintyAnalysis,
  evaluation: MarvelEvaluation,
  comparisons: readonly MeasureComparison[],
): Disagreement[] {
  const last = evaluation.moments.length - 1;
  return comparisons.flatMap((c) => {
    const scenario = evaluation.scenarios.find((s) => s.id === c.id);
    if (scenario === undefined) return [];
    const noLever = [
      ...new Set(
        measures
          .filter((m) => c.measureIds.includes(m.id))
          .flatMap((m) => m.changes.map((ch) => ch.factor))
          .filter((f) => levers[f] === undefined),
      ),
    ];
    return CONCLUSION_INDICATORS.flatMap((ind): Disagreement[] => {
      const e = uncertainty.effects.find(
        (x) => x.comparison === c.id && x.indicator === ind.marvelVia && x.year === 2030,
      );
      const m = scenario.indicators.find((i) => i.factor === ind.marvel);
      if (e === undefined || m === undefined) return [];
      const sfd = directionOf(e);
      const change = m.change[last] ?? 0;
      const marvel = Math.abs(change) < 1e-9 ? "none" : change > 0 ? "up" : "down";
      const clash =
        (sfd === "up" && marvel === "down") ||
        (sfd === "down" && marvel === "up") ||
        (sfd === "none" && marvel !== "none");
      if (!clash) return [];
      const why =
        sfd === "none" && noLever.length > 0
          ? `het voorraad-stroommodel heeft geen hefboom voor ${noLever.map(factorName).join(", ")}; MARVEL laat de maatregel via de kaart doorwerken`
          : c.kind === "counterfactual"
            ? "het voorraad-stroommodel meet de bijdrage van een maatregel die al in de basis zit, met capaciteitsgrenzen en de gekalibreerde omvang; MARVEL zet de maatregel vanaf 2018 op de kaart en telt elke verbinding met haar sterkteklasse mee"
            : "MARVEL telt relatieve veranderingen langs alle verbanden van de kaart; het voorraad-stroommodel heeft voorraden en capaciteitsgrenzen (opsporing, opvang) die een effect kunnen afremmen of omkeren";
      return [{ comparison: c.id, indicator: ind.id, sfd, marvel, why }];
    });
  });
}

/** The blocks of the conclusions section. */
export function conclusionBlocks(
  uncertainty: UncertaintyAnalysis,
  evaluation: MarvelEvaluation,
  comparisons: readonly MeasureComparison[],
): ReportBlock[] {
  const rows = comparisons.filter((c) => c.id !== "alle_maatregelen");
  const table: ScenarioTable = {
    title: "Maatregel × indicator: verandering met tegen zonder de maatregel (mediaan, 5–95 %)",
    columns: [
      ...CONCLUSION_INDICATORS.map(
        (i) => `${i.nl} (${i.desired === "up" ? "↑ gewenst" : "↓ gewenst"})`,
      ),
      "MARVEL: indicatoren goed na 1 · 2 · 5 · 10 jaar",
    ],
    rows: rows.map((c) => ({
      label: `${c.labels.nl}${c.kind === "counterfactual" ? " (bijdrage)" : c.kind === "addition" ? " (toevoeging)" : " (pakket)"}`,
      values: [
        ...CONCLUSION_INDICATORS.map((i) => cell(uncertainty.effects, c.id, i.id)),
        marvelVerdict(evaluation, c.id),
      ],
    })),
    caption: `Voorraad-stroommodel: ${uncertainty.samples} steekproeven (Latijns hyperkubus, seed ${uncertainty.seed}) over de aannames en de gekozen omvang van maatregelen. ↑/↓: de hele 5–95 %-band ligt aan één kant van nul; ±: de band omvat nul. "Bijdrage" is de basis tegen een run zonder de maatregel (maatregelen van vóór 2021); "toevoeging" is de basis met de maatregel vanaf zijn eigen start.`,
  };
  const clear = rows.filter((c) => {
    const e = uncertainty.effects.find(
      (x) => x.comparison === c.id && x.indicator === "total_victims" && x.year === 2030,
    );
    return e !== undefined && directionOf(e) === "down";
  });
  const unsure = rows.filter((c) => {
    const e = uncertainty.effects.find(
      (x) => x.comparison === c.id && x.indicator === "total_victims" && x.year === 2030,
    );
    return e !== undefined && directionOf(e) === "unsure";
  });
  const clashes = disagreements(uncertainty, evaluation, rows);
  const name = (id: string) => rows.find((c) => c.id === id)?.labels.nl ?? id;
  const indName = (id: string) => CONCLUSION_INDICATORS.find((i) => i.id === id)?.nl ?? id;
  const sentences = [
    clear.length === 0
      ? "Geen enkele maatregel verlaagt het aantal slachtoffers in een jaar in 2030 zeker: bij elke maatregel omvat de 5–95 %-band ook geen effect of een stijging."
      : `In 2030 verlagen deze maatregelen het aantal slachtoffers in een jaar over de hele 5–95 %-band: ${clear.map((c) => c.labels.nl).join("; ")}.`,
    unsure.length === 0
      ? ""
      : `Onzeker (de band omvat nul): ${unsure.map((c) => c.labels.nl).join("; ")}.`,
    "De getallen zijn relatieve veranderingen van het model, geen voorspellingen: de omvang hangt aan aannames die in de bijlage met hun bereik staan, en het model volgt de daling van de schattingen tussen 2014–15 en 2018–19 niet (zie de validatie). Gebruik de tabel om maatregelen te vergelijken en om te zien waar de onzekerheid zit, niet om aantallen slachtoffers te beloven.",
    "Wat de tabel niet kan zeggen staat in de bekende beperkingen (docs/mensenhandel.md, Bekende beperkingen).",
  ].filter((t) => t.length > 0);
  const clashBlocks: ReportBlock[] =
    clashes.length === 0
      ? [
          {
            kind: "paragraph",
            text: "Het voorraad-stroommodel en MARVEL wijzen voor geen enkele maatregel en indicator een tegengestelde kant op (2030 tegen 10 jaar).",
          },
        ]
      : [
          {
            kind: "paragraph",
            text: `Waar het voorraad-stroommodel (2030) en MARVEL (na 10 jaar) verschillen: ${clashes.length} keer. MARVEL rekent met de systeemkaart (relatieve veranderingen, sterkte- en snelheidsklassen); het voorraad-stroommodel met voorraden, capaciteit en gekalibreerde aantallen. Voor de totale aantallen vergelijkt deze toets MARVELs nieuwe slachtoffers met de nieuwe slachtoffers van het model.`,
          },
          {
            kind: "list",
            items: clashes.map(
              (d) =>
                `${name(d.comparison)} · ${indName(d.indicator)}: voorraad-stroommodel ${WORD[d.sfd]}, MARVEL ${d.marvel === "up" ? "stijgt" : d.marvel === "down" ? "daalt" : "geen effect"}. Waarom: ${d.why}.`,
            ),
          },
        ];
  return [
    ...sentences.map((text): ReportBlock => ({ kind: "paragraph", text })),
    { kind: "table", table },
    ...clashBlocks,
  ];
}
