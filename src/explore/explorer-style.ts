/**
 * The stylesheet of the explorer page: two columns (controls, results) that become one below
 * 900 px, wide tables scrolling in their own box, visible keyboard focus.
 */
export const EXPLORER_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.35rem;margin:0}
h2{font-size:1.1rem;margin:18px 0 6px}
h3{font-size:1rem;margin:12px 0 4px}
h4{font-size:.95rem;margin:8px 0 2px}
.layout{display:grid;grid-template-columns:minmax(260px,320px) minmax(0,1fr);gap:16px;padding:16px 20px}
@media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr)}}
.panel{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 12px;align-self:start;position:sticky;top:8px;max-height:calc(100vh - 16px);overflow-y:auto}
@media (max-width:900px){.panel{position:static;max-height:none}}
main{min-width:0}
fieldset{border:1px solid #e3e3e3;border-radius:6px;margin:10px 0;padding:6px 10px}
legend{font-weight:600}
.row{display:flex;gap:8px;align-items:center;margin:6px 0;flex-wrap:wrap}
.switch{border-top:1px solid #eee;padding:6px 0}
.switch-head{display:flex;gap:6px;align-items:flex-start}
.switch-head label{font-weight:600}
.switch-settings{display:grid;grid-template-columns:auto 5.5em;gap:2px 8px;align-items:center;font-size:.85rem;margin-left:22px}
.switch-settings input{width:5.5em}
.slider{border-top:1px solid #eee;padding:6px 0;display:grid;grid-template-columns:1fr auto;gap:2px 8px}
.slider input{grid-column:1/3;width:100%}
.slider .range,.slider .doc{grid-column:1/3}
.doc,.range{font-size:.82rem;color:#555;margin:2px 0}
.chart svg{width:100%;height:auto;background:#fff;border:1px solid #ddd;border-radius:6px}
.status{min-height:1.6em;font-size:.9rem;display:flex;gap:8px;align-items:center}
.actions{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:8px 0}
.actions input{flex:1 1 240px;min-width:0;font-size:.8rem}
button{font:inherit;padding:4px 10px;border:1px solid #888;border-radius:4px;background:#fff;cursor:pointer}
:focus-visible{outline:3px solid #1f6feb;outline-offset:2px}
table{border-collapse:collapse;background:#fff;font-size:.88rem}
th,td{border:1px solid #ddd;padding:3px 8px;text-align:right;white-space:nowrap}
th[scope=row]{text-align:left;white-space:normal;min-width:12em}
.table-box{overflow-x:auto;max-width:100%;border:1px solid #ddd}
.map-body{display:grid;grid-template-columns:minmax(0,2fr) minmax(200px,1fr);gap:12px}
@media (max-width:1100px){.map-body{grid-template-columns:minmax(0,1fr)}}
.map-picture svg{width:100%;height:auto;background:#fff;border:1px solid #ddd;border-radius:6px}
.map-picture .dim{opacity:.12}
.map-picture .chosen rect{stroke:#d62728;stroke-width:3}
.problems p{color:#a40000;margin:4px 0}
.loop{border-left:4px solid #1f77b4;padding-left:8px;margin:8px 0}
`;
