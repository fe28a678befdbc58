/**
 * A small but complete report, built from inline data, shared by the report tests and the
 * browser test.
 */
import { timeSeriesChart } from "../../src/render/chart/time-series-chart.js";
import { causalLoopDiagram } from "../../src/render/cld/causal-loop-diagram.js";
import type { ReportInput } from "../../src/render/report/render-report.js";
import { renderReport } from "../../src/render/report/render-report.js";
import type { Lang } from "../../src/render/strings.js";

const time = [0, 1, 2, 3, 4, 5];

/** The input of the fixture report. */
export function fixtureInput(lang: Lang = "en"): ReportInput {
  const cld = {
    nodes: [
      { id: "victims", label: "Hidden victims", labels: { nl: "Verborgen slachtoffers" } },
      {
        id: "identified",
        label: "Identified victims",
        labels: { nl: "Geïdentificeerde slachtoffers" },
      },
      { id: "traffickers", label: "Active traffickers", labels: { nl: "Actieve daders" } },
    ],
    edges: [
      { from: "traffickers", to: "victims", polarity: "+" as const },
      { from: "victims", to: "identified", polarity: "+" as const },
      { from: "identified", to: "traffickers", polarity: "-" as const, speed: "low" as const },
    ],
    loops: [{ id: "B1", polarity: "B", variables: ["traffickers", "victims", "identified"] }],
  };
  return {
    title: "Trafficking <sketch> & test",
    lang,
    summary: {
      text: "A three-factor sketch.",
      facts: [
        { label: "factors", value: 3 },
        { label: "victims in 2030", value: 1234.5678 },
      ],
    },
    diagrams: [{ title: "Causal-loop diagram", svg: causalLoopDiagram(cld, { lang }) }],
    loops: [{ id: "B1", polarity: "B", variables: ["traffickers", "victims", "identified"] }],
    charts: [
      {
        title: "Victims",
        svg: timeSeriesChart(
          {
            time,
            series: [{ name: "victims", values: time.map((t) => 100 - 5 * t), units: "people" }],
          },
          { title: "Victims" },
        ),
      },
    ],
    scenarios: [
      {
        title: "Victims in 2030",
        columns: ["base", "measure"],
        rows: [{ label: "hidden victims", values: [1500, 1320.25] }],
      },
    ],
  };
}

/** The fixture report as HTML. */
export function fixtureReport(lang: Lang = "en"): string {
  return renderReport(fixtureInput(lang));
}
