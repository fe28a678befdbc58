/**
 * Een scenario doorrekenen op het voorraad-stroommodel mensenhandel.
 * Running a scenario on the trafficking stock-and-flow model.
 *
 *   npx tsx examples/mensenhandel-scenario.ts
 *
 * NL: Kopieer dit bestand en pas de drie regels onder "Wat u aanpast" aan: welke maatregel, hoe
 * groot (1 = zoals gepland, 2 = twee keer zo groot) en vanaf welk jaar. Het script rekent het
 * basisscenario en uw scenario door en schrijft een grafiek (SVG, te openen in een browser) en
 * een tabel (CSV, te openen in Excel) naar out/mijn-scenario/ (in de map waar u het start).
 *
 * EN: Copy this file and edit the three lines under "Wat u aanpast" (what you change): which
 * measure, how large (1 = as planned, 2 = twice as large) and from which year. The script runs the
 * baseline and your scenario and writes a chart (SVG, opens in a browser) and a table (CSV, opens
 * in Excel) to out/mijn-scenario/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { runScenarios } from "stockflow";
import {
  type MeasureId,
  measureById,
  mensenhandelSfd,
  sfdScenario,
  UnknownMeasureError,
} from "stockflow/mensenhandel";
import { timeSeriesChart } from "stockflow/render";

// ── Wat u aanpast / what you change ─────────────────────────────────────────────────────────
// NL: de maatregel (zie docs/mensenhandel.md voor alle namen; een typfout geeft een fout bij het
//     starten). EN: the measure (all ids are in docs/mensenhandel.md; a typo fails to compile).
const maatregel: MeasureId = "avim_capaciteit";
// NL: omvang ten opzichte van het plan (58 + 29 fte bij 1). EN: size relative to the plan.
const omvang = 2;
// NL: startjaar. EN: start year.
const startjaar = 2021;
// ─────────────────────────────────────────────────────────────────────────────────────────────

// NL: een onbekende maatregel (zonder TypeScript-controle) geeft een melding met suggestie.
// EN: an unknown measure (without the type check) gives a message with a suggestion.
try {
  measureById(maatregel);
} catch (error) {
  if (!(error instanceof UnknownMeasureError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// NL: het model met de gekalibreerde waarden. EN: the model with its calibrated values.
const model = mensenhandelSfd();

// NL: uw scenario: de maatregel, vergroot en verschoven. EN: your scenario, resized and moved.
const mijnScenario = sfdScenario({
  id: "mijn_scenario",
  labels: { nl: "Mijn scenario", en: "My scenario" },
  measures: [maatregel],
  overrides: { [maatregel]: { scale: omvang, start: startjaar } },
});

// NL: de indicatoren die we bekijken. EN: the indicators we look at.
const indicatoren = {
  total_victims: "Totaal slachtoffers per jaar",
  hidden_victims: "Verborgen slachtoffers",
  registered_victims: "Geregistreerde slachtoffers per jaar",
  convictions: "Veroordelingen per jaar",
  total_waiting: "Slachtoffers zonder opvangplek",
} as const;

// NL: basis en uw scenario doorrekenen. EN: run the baseline and your scenario.
const [basis, mijn] = runScenarios(model, [{ name: "basis" }, mijnScenario], {
  save: Object.keys(indicatoren),
  saveper: 0.25,
});
if (basis === undefined || mijn === undefined) throw new Error("no runs");

// NL: de grafiek: totaal aantal slachtoffers, basis tegen uw scenario.
// EN: the chart: total victims, baseline against your scenario.
const grafiek = timeSeriesChart(
  {
    time: basis.run.time,
    series: [
      { name: "basis", values: basis.run.series("total_victims") },
      { name: "mijn scenario", values: mijn.run.series("total_victims") },
    ],
  },
  {
    title: `Totaal slachtoffers per jaar: ${maatregel} ×${omvang} vanaf ${startjaar}`,
    xLabel: "jaar",
  },
);

// NL: de tabel: elke indicator in 2020, 2025 en 2030. EN: the table: each indicator in 2020, 2025, 2030.
const regels = ["indicator,jaar,basis,mijn scenario,verschil %"];
for (const [id, naam] of Object.entries(indicatoren)) {
  for (const jaar of [2020, 2025, 2030]) {
    const b = basis.run.at(id, jaar);
    const m = mijn.run.at(id, jaar);
    const verschil = b === 0 ? "" : (((m - b) / b) * 100).toFixed(1);
    regels.push(`${naam},${jaar},${b.toFixed(0)},${m.toFixed(0)},${verschil}`);
  }
}

// NL: alles wegschrijven en de tabel tonen. EN: write everything and show the table.
const map = resolve("out/mijn-scenario");
await mkdir(map, { recursive: true });
await writeFile(resolve(map, "grafiek.svg"), grafiek.svg);
await writeFile(resolve(map, "tabel.csv"), `${regels.join("\n")}\n`);
console.log(regels.join("\n"));
console.log(`\ngrafiek en tabel in ${map}`);
