/** The few lines `stockflow mensenhandel` and `npm start` print, in Dutch or English. */
import { formatPercent } from "../../../src/render/format/number-format.js";
import type { Lang } from "../../../src/render/strings.js";
import { factors } from "../factors.js";
import { REPORT_TEXT } from "./report-text.js";

/** The figures the lines report. */
export interface TerminalFacts {
  readonly factors: number;
  readonly links: number;
  readonly loops: { readonly R: number; readonly B: number };
  /** Factor ids of the top intervention point and the top structural node. */
  readonly actionable: string;
  readonly structural: string;
  readonly marvelScenarios: number;
  readonly marvelSamples: number;
  /** Name of MARVEL's best measure. */
  readonly best: string;
  readonly calibration: number;
  readonly rangesOk: boolean;
  readonly holdout: number;
  readonly inSample: number;
  readonly trendOk: boolean;
  readonly samples: number;
  readonly scenarios: number;
  readonly seed: number;
  readonly runs: number;
  readonly passed: number;
  readonly checks: number;
}

const pct = (x: number, lang: Lang) => formatPercent(x, lang, 1);

/** The lines of the terminal summary. */
export function terminalLines(lang: Lang, f: TerminalFacts): string[] {
  const name = (id: string) => factors.find((x) => x.id === id)?.labels[lang] ?? id;
  const yes = (b: boolean) => (b ? REPORT_TEXT[lang].yes : REPORT_TEXT[lang].no);
  if (lang === "en") {
    return [
      `systeemkaart: ${f.factors} factors, ${f.links} links, ${f.loops.R} R and ${f.loops.B} B loops; intervention point 1: ${name(f.actionable)} (structural node 1: ${name(f.structural)})`,
      `MARVEL: ${f.marvelScenarios} scenarios, ${f.marvelSamples} samples; best: ${f.best}`,
      `calibration: MAPE ${pct(f.calibration, lang)} on NRM 2013–2020; total within the estimates: ${yes(f.rangesOk)}`,
      `validation: out of sample (fit 2013–2018) MAPE ${pct(f.holdout, lang)} on 2019–2020, in sample ${pct(f.inSample, lang)}; trend of the estimates followed: ${yes(f.trendOk)}`,
      `uncertainty: ${f.samples} samples × ${f.scenarios} scenarios (seed ${f.seed})`,
      `scenarios: ${f.runs} runs 2010–2030; reality checks: ${f.passed}/${f.checks} passed`,
    ];
  }
  return [
    `systeemkaart: ${f.factors} factoren, ${f.links} verbanden, ${f.loops.R} R- en ${f.loops.B} B-lussen; aangrijpingspunt 1: ${name(f.actionable)} (structureel knooppunt 1: ${name(f.structural)})`,
    `MARVEL: ${f.marvelScenarios} scenario's, ${f.marvelSamples} steekproeven; beste: ${f.best}`,
    `kalibratie: MAPE ${pct(f.calibration, lang)} op NRM 2013–2020; totaal binnen schattingen: ${yes(f.rangesOk)}`,
    `validatie: buiten de steekproef (fit 2013–2018) MAPE ${pct(f.holdout, lang)} op 2019–2020, binnen ${pct(f.inSample, lang)}; trend van de schattingen gevolgd: ${yes(f.trendOk)}`,
    `onzekerheid: ${f.samples} steekproeven × ${f.scenarios} scenario's (seed ${f.seed})`,
    `scenario's: ${f.runs} runs 2010–2030; realiteitstoetsen: ${f.passed}/${f.checks} geslaagd`,
  ];
}
