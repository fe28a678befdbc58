/** The report's stylesheet: system fonts only, readable on screen and in print. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, sans-serif; color: #222; margin: 0; background: #f6f6f4; line-height: 1.45; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; box-sizing: border-box; }
h1 { font-size: 1.7rem; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.25rem; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
figure { margin: 1.2em 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figure.wide { width: calc(100vw - 32px); margin-left: calc(50% - 50vw + 16px); }
figcaption { color: #555; font-size: 0.9rem; margin-top: 0.3em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92rem; }
.table-box { max-width: 100%; overflow-x: auto; }
.caption { color: #555; font-size: 0.9rem; margin-top: 0.2em; }
td.story { min-width: 18em; max-width: 36em; }
td { white-space: pre-line; }
p, li { overflow-wrap: anywhere; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 4px 10px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.loop-R { color: #1f5fa8; font-weight: bold; }
.loop-B { color: #c0392b; font-weight: bold; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; }
nav ul { padding-left: 1.2em; }
footer { color: #777; font-size: 0.8rem; margin-top: 3em; }
@media print { body { background: #fff; } main { padding: 0; } figure { break-inside: avoid; } figure.wide { width: auto; margin-left: 0; } }
`;
