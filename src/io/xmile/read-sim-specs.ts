/**
 * XMILE `<sim_specs>` (XMILE 1.0 §2.3, §3.4): start and stop are required, dt defaults to 1
 * and may be a reciprocal (`<dt reciprocal="true">4</dt>` is 0.25), method defaults to Euler.
 * Methods stockflow lacks fall back as the specification allows (RK45 and Gear to RK4) with a
 * warning. A save period comes from a `save_step`/`save_interval` attribute (plain or `isee:`)
 * or a `<save_step>` child, when the file has one.
 */
import type { IntegrationMethod, SimSpecs } from "../../model/types.js";
import type { XmileContext } from "./xmile-context.js";
import { child, type XmlElement } from "./xml-element.js";

const METHODS: Readonly<Record<string, IntegrationMethod>> = {
  euler: "euler",
  rk2: "rk2",
  rk4: "rk4",
};
const FALLBACKS: Readonly<Record<string, IntegrationMethod>> = {
  rk45: "rk4",
  "rk4 auto": "rk4",
  rk4auto: "rk4",
  gear: "rk4",
};
const SAVE_ATTRS = ["save_step", "isee:save_step", "save_interval", "isee:save_interval"];

/** Read `<sim_specs>`; problems go to the context, missing numbers become 0 (start), 1 (dt). */
export function readSimSpecs(element: XmlElement | undefined, ctx: XmileContext): SimSpecs {
  const path = "xmile/sim_specs";
  if (element === undefined) {
    ctx.error("missing-element", "missing <sim_specs>", { path });
    return { start: 0, stop: 1, dt: 1 };
  }
  const number = (name: string, required: boolean): number | undefined => {
    const el = child(element, name);
    const twice = element.children.filter((c) => c.name === name)[1];
    if (twice !== undefined) {
      // Which one a tool would take is not said by the standard: refuse to guess.
      ctx.error("duplicate-element", `<${name}> is given more than once`, {
        path: `${path}/${name}`,
        element: twice,
        value: twice.text.trim(),
      });
    }
    if (el === undefined) {
      if (required) ctx.error("missing-element", `missing <${name}>`, { path, element });
      return undefined;
    }
    const value = Number(el.text.trim());
    if (el.text.trim() === "" || !Number.isFinite(value)) {
      ctx.error("bad-number", `<${name}> is not a number`, {
        path: `${path}/${name}`,
        element: el,
        value: el.text.trim(),
      });
      return undefined;
    }
    return value;
  };
  const start = number("start", true) ?? 0;
  const stop = number("stop", true) ?? start + 1;
  let dt = number("dt", false) ?? 1;
  const dtElement = child(element, "dt");
  if (dtElement?.attrs.reciprocal?.trim().toLowerCase() === "true" && dt !== 0) dt = 1 / dt;
  if (!(dt > 0)) {
    ctx.error("bad-number", "dt must be positive", { path: `${path}/dt`, value: String(dt) });
    dt = 1;
  }

  const specs: { -readonly [K in keyof SimSpecs]: SimSpecs[K] } = { start, stop, dt };
  const rawMethod = element.attrs.method?.trim();
  if (rawMethod !== undefined && rawMethod !== "") {
    const key = rawMethod.toLowerCase();
    const method = METHODS[key] ?? FALLBACKS[key];
    if (method === undefined) {
      ctx.warning("unknown-method", `unknown integration method ${rawMethod}, using euler`, {
        path,
        element,
        value: rawMethod,
      });
    } else if (METHODS[key] === undefined) {
      ctx.warning("method-fallback", `integration method ${rawMethod} runs as ${method}`, {
        path,
        element,
        value: rawMethod,
      });
    }
    specs.method = method ?? "euler";
  }
  const timeUnits = element.attrs.time_units?.trim();
  if (timeUnits !== undefined && timeUnits !== "") specs.timeUnits = timeUnits;

  const saveText =
    SAVE_ATTRS.map((a) => element.attrs[a]).find((v) => v !== undefined) ??
    child(element, "save_step")?.text;
  if (saveText !== undefined && saveText.trim() !== "") {
    const saveper = Number(saveText.trim());
    if (Number.isFinite(saveper) && saveper > 0) specs.saveper = saveper;
    else ctx.warning("bad-number", "save step is not a positive number", { path, value: saveText });
  }
  return specs;
}
