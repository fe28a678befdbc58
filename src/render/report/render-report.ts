/**
 * The report: one self-contained HTML file (inline SVG and CSS, no scripts, fonts or network)
 * with a summary, the diagrams, the loops table, key charts and scenario comparison tables.
 * Its input is plain data, so the CLI and scripts can feed it whatever they computed.
 */

import { expectObject } from "../../diagnostics/check-argument.js";
import { formatNumber } from "../format/number-format.js";
import { type Lang, t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import type { Svg } from "../svg/svg.js";
import { prefixIds } from "./prefix-ids.js";
import { REPORT_CSS } from "./report-style.js";

/** A picture in the report. */
export interface ReportFigure {
  readonly title: string;
  readonly svg: Svg | string;
  readonly caption?: string;
  /**
   * A file beside the report that shows the picture at full size (e.g. `systeemkaart.svg`),
   * linked in the caption.
   */
  readonly href?: string;
  /** Span the whole width of the window instead of the text column (a large map). */
  readonly wide?: boolean;
}

/** A loop in the loops table. */
export interface ReportLoop {
  readonly id: string;
  readonly polarity: string;
  readonly variables: readonly string[];
  readonly name?: string;
  /** What the loop means, in words, shown beside it. */
  readonly story?: string;
  /** A picture of the loop on its own (a file beside the report), linked from its name. */
  readonly href?: string;
}

/** A scenario comparison: one row per indicator, one column per scenario. */
export interface ScenarioTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly label: string;
    readonly values: readonly (number | string)[];
  }[];
  readonly caption?: string;
}

/** A block of a free section: a paragraph, a list, a table or a picture. */
export type ReportBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | {
      readonly kind: "links";
      readonly items: readonly { readonly text: string; readonly href: string }[];
    }
  | { readonly kind: "table"; readonly table: ScenarioTable }
  | { readonly kind: "figure"; readonly figure: ReportFigure };

/** A section the caller writes: a title and its blocks. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/** Everything a report shows; every section is optional. */
export interface ReportInput {
  readonly title: string;
  readonly lang?: Lang;
  /** Sections before the summary (the conclusions first, say). */
  readonly leading?: readonly ReportSection[];
  readonly summary?: {
    readonly text?: string;
    readonly facts?: readonly { readonly label: string; readonly value: number | string }[];
  };
  readonly diagrams?: readonly ReportFigure[];
  /** Loops, or `[]` to say the model has none; omit to leave the section out. */
  readonly loops?: readonly ReportLoop[];
  readonly charts?: readonly ReportFigure[];
  readonly scenarios?: readonly ScenarioTable[];
  /** Sections after everything else (sources, say). */
  readonly trailing?: readonly ReportSection[];
  /** A footer line, e.g. the model file and date; nothing by default so output is reproducible. */
  readonly footer?: string;
}

function formatValue(value: number | string, lang: Lang): string {
  if (typeof value === "string") return escapeXml(value);
  return escapeXml(formatNumber(value, lang));
}

function figure(f: ReportFigure, index: number, lang: Lang): string {
  const svg = prefixIds(String(f.svg), `fig${index}`);
  const caption = escapeXml(f.caption ?? f.title);
  const link =
    f.href === undefined
      ? ""
      : ` (<a href="${escapeXml(f.href)}">${escapeXml(t("openFullSize", lang))}</a>)`;
  return `<figure${f.wide ? ' class="wide"' : ""}>\n${svg}\n<figcaption>${caption}${link}</figcaption>\n</figure>`;
}

function loopsTable(loops: readonly ReportLoop[], lang: Lang): string {
  if (loops.length === 0) return `<p>${t("noLoops", lang)}</p>`;
  const stories = loops.some((l) => l.story !== undefined);
  const head = `<tr><th>${t("loop", lang)}</th><th>${t("polarity", lang)}</th><th class="num">${t("length", lang)}</th><th>${t("variables", lang)}</th>${stories ? `<th>${t("story", lang)}</th>` : ""}</tr>`;
  const rows = loops.map((l) => {
    const kind =
      l.polarity === "R" ? t("reinforcing", lang) : l.polarity === "B" ? t("balancing", lang) : "?";
    const story = stories ? `<td class="story">${escapeXml(l.story ?? "")}</td>` : "";
    const name = escapeXml(l.name ?? l.variables.join(" → "));
    const named = l.href === undefined ? name : `<a href="${escapeXml(l.href)}">${name}</a>`;
    return `<tr><td class="loop-${escapeXml(l.polarity)}">${escapeXml(l.id)}</td><td>${escapeXml(kind)}</td><td class="num">${l.variables.length}</td><td>${named}</td>${story}</tr>`;
  });
  return `<div class="table-box"><table>\n${head}\n${rows.join("\n")}\n</table></div>`;
}

function block(b: ReportBlock, lang: Lang, nextFigure: () => number): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${escapeXml(b.text)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${escapeXml(i)}</li>`).join("")}</ul>`;
    case "links":
      return `<ul>${b.items.map((i) => `<li><a href="${escapeXml(i.href)}">${escapeXml(i.text)}</a></li>`).join("")}</ul>`;
    case "table":
      return scenarioTable(b.table, lang);
    case "figure":
      return figure(b.figure, nextFigure(), lang);
  }
}

function scenarioTable(s: ScenarioTable, lang: Lang): string {
  const head = `<tr><th></th>${s.columns.map((c) => `<th class="num">${escapeXml(c)}</th>`).join("")}</tr>`;
  const rows = s.rows.map(
    (r) =>
      `<tr><td>${escapeXml(r.label)}</td>${r.values.map((v) => `<td class="num">${formatValue(v, lang)}</td>`).join("")}</tr>`,
  );
  const caption = s.caption ? `<p class="caption">${escapeXml(s.caption)}</p>` : "";
  return `<h3>${escapeXml(s.title)}</h3>\n<div class="table-box"><table>\n${head}\n${rows.join("\n")}\n</table></div>${caption}`;
}

/** Render a self-contained HTML report. */
export function renderReport(input: ReportInput): string {
  expectObject("renderReport", "input", input);
  const lang: Lang = input.lang ?? "en";
  const sections: string[] = [];
  const toc: string[] = [];
  const section = (id: string, title: string, content: string) => {
    toc.push(`<li><a href="#${id}">${escapeXml(title)}</a></li>`);
    sections.push(`<section id="${id}">\n<h2>${escapeXml(title)}</h2>\n${content}\n</section>`);
  };
  let figures = 0;
  const nextFigure = () => ++figures;
  const free = (sec: ReportSection) =>
    section(sec.id, sec.title, sec.blocks.map((b) => block(b, lang, nextFigure)).join("\n"));
  for (const sec of input.leading ?? []) free(sec);
  if (input.summary) {
    const text = input.summary.text ? `<p>${escapeXml(input.summary.text)}</p>` : "";
    const facts = input.summary.facts?.length
      ? `<dl class="facts">${input.summary.facts.map((f) => `<dt>${escapeXml(f.label)}</dt><dd>${formatValue(f.value, lang)}</dd>`).join("")}</dl>`
      : "";
    section("summary", t("summary", lang), text + facts);
  }
  if (input.diagrams?.length) {
    section(
      "diagrams",
      t("diagrams", lang),
      input.diagrams.map((d) => figure(d, ++figures, lang)).join("\n"),
    );
  }
  if (input.loops) section("loops", t("loops", lang), loopsTable(input.loops, lang));
  if (input.charts?.length) {
    section(
      "charts",
      t("charts", lang),
      input.charts.map((c) => figure(c, ++figures, lang)).join("\n"),
    );
  }
  if (input.scenarios?.length) {
    section(
      "scenarios",
      t("scenarios", lang),
      input.scenarios.map((s) => scenarioTable(s, lang)).join("\n"),
    );
  }
  for (const sec of input.trailing ?? []) free(sec);
  const footer = `${t("generated", lang)}${input.footer ? ` · ${escapeXml(input.footer)}` : ""}`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(input.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeXml(input.title)}</h1>`,
    toc.length > 1 ? `<nav><ul>${toc.join("")}</ul></nav>` : "",
    ...sections,
    `<footer>${footer}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
