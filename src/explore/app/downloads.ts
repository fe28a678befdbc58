/**
 * Downloads made in the page: a file offered through a Blob URL (no server involved), and the
 * CSV of every indicator's runs.
 */
import type { Run } from "../../simulate/run.js";
import type { ExplorerSpec } from "../explorer-spec.js";

/** Offer `text` for download as `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Bands by indicator, when the range has been computed. */
export type BandsByIndicator = Readonly<
  Record<string, { readonly p05: ArrayLike<number>; readonly p95: ArrayLike<number> }>
>;

/**
 * Long CSV (comma separated, full-precision numbers, so it reads back exactly): indicator, time,
 * baseline, choice, and the 5 and 95 % percentiles when the range is on.
 */
export function runsCsv(
  spec: ExplorerSpec,
  baseline: Run,
  choice: Run,
  bands: BandsByIndicator | undefined,
): string {
  const lines = [`indicator,time,baseline,choice${bands ? ",p05,p95" : ""}`];
  for (const ind of spec.indicators) {
    const b = baseline.series(ind.id);
    const c = choice.series(ind.id);
    const band = bands?.[ind.id];
    choice.time.forEach((t, i) => {
      const cells = [ind.id, t, b[i], c[i]];
      if (bands) cells.push(band?.p05[i] ?? "", band?.p95[i] ?? "");
      lines.push(cells.join(","));
    });
  }
  return `${lines.join("\n")}\n`;
}
