/**
 * Which automatic layout a stock-and-flow diagram without a view gets. ELK's layered layout
 * (`auto-layout.ts`) keeps small models compact and is kept whenever its picture fits an A4
 * landscape page (1600 × 1200 px); a model with stocks whose layered picture does not fit gets
 * the dense rows layout (`rows-layout.ts`), which fills the page's width with rows of chains and
 * puts the auxiliaries above and below the pipes. Measured on every model of the conformance
 * suite drawn without its view, both layouts keep every connector and pipe off foreign boxes and
 * every label clear; the rows layout is wider and flatter than ELK's on small models and
 * crosses more connectors where there are no chains, and is the only one of the two that brings
 * the trafficking model onto the page (docs/pictures.md, "Readability, measured").
 */
import type { Model } from "../../model/types.js";
import { type AutoLayoutParts, autoLayout } from "./auto-layout.js";
import { DIAGRAM_MARGIN, layoutBounds } from "./layout-bounds.js";
import type { ModelLink } from "./model-links.js";
import { rowsLayout } from "./rows-layout.js";
import type { SfLayout } from "./sf-layout.js";

/** The page an automatic layout should fit: A4 landscape at 1600 × 1200 px. */
export const PAGE = { width: 1600, height: 1200 } as const;

/** The automatic layout of a model without a usable view (see the file comment). */
export function automaticLayout(
  model: Model,
  links: readonly ModelLink[],
  seed: number,
  parts: AutoLayoutParts,
): SfLayout {
  const layered = autoLayout(model, links, seed, parts);
  if (!model.variables.some((v) => v.kind === "stock")) return layered;
  const b = layoutBounds(layered, parts.label);
  const fits =
    b.maxX - b.minX + 2 * DIAGRAM_MARGIN <= PAGE.width &&
    b.maxY - b.minY + 2 * DIAGRAM_MARGIN <= PAGE.height;
  return fits ? layered : rowsLayout(model, links, parts);
}
