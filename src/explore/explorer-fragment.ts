/**
 * The share link: the reader's choices written into the URL fragment (`#…`), which never leaves
 * the browser, and read back when the same file is opened with it. Only what differs from the
 * page's defaults is written (`on` lists every switch that is on, when that set is not the
 * baseline's); numbers are written in JavaScript's shortest round-trip form, so
 * a restored value is the same double. A key or value the page does not know is reported, not
 * dropped in silence.
 */
import type { ExplorerSpec } from "./explorer-spec.js";
import { defaultState, type ExplorerState, type SwitchSetting } from "./explorer-state.js";

/** The fragment (without `#`) that restores `state`. */
export function encodeFragment(spec: ExplorerSpec, state: ExplorerState): string {
  const base = defaultState(spec);
  const q = new URLSearchParams();
  q.set("lang", state.lang);
  const on = spec.switches.filter((s) => state.switches[s.id]?.on).map((s) => s.id);
  const onByDefault = spec.switches.filter((s) => base.switches[s.id]?.on).map((s) => s.id);
  if (on.join(",") !== onByDefault.join(",")) q.set("on", on.join(","));
  for (const p of spec.parameters) {
    const v = state.params[p.id];
    if (v !== undefined && !Object.is(v, base.params[p.id])) q.set(`p.${p.id}`, String(v));
  }
  for (const s of spec.switches) {
    const v = state.switches[s.id];
    if (v === undefined) continue;
    if (v.size !== 1) q.set(`size.${s.id}`, String(v.size));
    if (v.start !== s.start) q.set(`start.${s.id}`, String(v.start));
  }
  if (state.indicator !== base.indicator) q.set("ind", state.indicator);
  if (state.factor !== "") q.set("factor", state.factor);
  if (state.band) q.set("band", "1");
  return q.toString();
}

/** The state a fragment describes, over the defaults, and what in it could not be used. */
export function decodeFragment(
  spec: ExplorerSpec,
  fragment: string,
): { state: ExplorerState; problems: string[] } {
  const base = defaultState(spec);
  const problems: string[] = [];
  const params: Record<string, number> = { ...base.params };
  const switches: Record<string, SwitchSetting> = { ...base.switches };
  let { lang, indicator, factor, band } = base;
  const number = (key: string, text: string): number | undefined => {
    const x = Number(text);
    if (text.trim() === "" || !Number.isFinite(x)) {
      problems.push(`${key}=${text}: not a number`);
      return undefined;
    }
    return x;
  };
  const setSwitch = (id: string, key: string, patch: Partial<SwitchSetting>) => {
    const current = switches[id];
    if (current === undefined) problems.push(`${key}: no measure ${JSON.stringify(id)}`);
    else switches[id] = { ...current, ...patch };
  };
  for (const [key, value] of new URLSearchParams(fragment.replace(/^#/, ""))) {
    const [head, ...rest] = key.split(".");
    const id = rest.join(".");
    if (key === "lang" && (value === "nl" || value === "en")) lang = value;
    else if (key === "on") {
      // the whole set of switches on: the baseline's are off unless listed
      for (const id of Object.keys(switches)) switches[id] = { ...switches[id]!, on: false };
      for (const s of value.split(",")) if (s !== "") setSwitch(s, key, { on: true });
    } else if (key === "ind" && spec.indicators.some((i) => i.id === value)) indicator = value;
    else if (key === "factor" && spec.map?.factors.some((f) => f.id === value)) factor = value;
    else if (key === "band" && spec.ensemble.parameters.length === 0)
      problems.push(`${key}=${value}: this page has no distributions to sample`);
    else if (key === "band") band = value === "1";
    else if (head === "p" && id in params) {
      const x = number(key, value);
      const p = spec.parameters.find((q) => q.id === id)!;
      if (x !== undefined && (x < p.min || x > p.max))
        problems.push(`${key}=${value}: outside ${p.min}…${p.max}`);
      else if (x !== undefined) params[id] = x;
    } else if (head === "size" || head === "start") {
      const x = number(key, value);
      if (x !== undefined) setSwitch(id, key, head === "size" ? { size: x } : { start: x });
    } else problems.push(`${key}=${value}: not understood`);
  }
  return { state: { lang, params, switches, indicator, factor, band }, problems };
}
