/**
 * XMILE `<model_units>` (XMILE 1.0 §3.1.3 "Units of measure"): each `<unit name="…">` may give
 * its meaning in other units (`<eqn>people/year</eqn>`) and other spellings (`<alias>`); a unit
 * marked `disabled="true"` is left out. The definitions go to `model.units`, where the units
 * check reads them.
 */
import type { UnitDefinition } from "../../model/types.js";
import { pathStep, type XmileContext } from "./xmile-context.js";
import { decodeXmileName } from "./xmile-names.js";
import { childrenNamed, childText, type XmlElement } from "./xml-element.js";

/** The units defined under `<model_units>`, in document order; problems go to `ctx`. */
export function readModelUnits(el: XmlElement | undefined, ctx: XmileContext): UnitDefinition[] {
  if (el === undefined) return [];
  const out: UnitDefinition[] = [];
  for (const unit of childrenNamed(el, "unit")) {
    const path = `xmile/model_units/${pathStep(unit)}`;
    const name = decodeXmileName(unit.attrs.name ?? "");
    if (name === "") {
      ctx.warning("missing-name", "<unit> without a name ignored", { path, element: unit });
      continue;
    }
    if (unit.attrs.disabled?.trim().toLowerCase() === "true") continue;
    const equation = childText(unit, "eqn")?.trim();
    const aliases = childrenNamed(unit, "alias")
      .map((a) => a.text.trim())
      .filter((a) => a !== "");
    out.push({
      name,
      ...(equation ? { equation } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
    });
  }
  return out;
}
