/**
 * The extent of a stock-and-flow diagram's layout: every stock (with the boxes stacked behind an
 * arrayed one and the dimension names under it), every symbol with its label, pipes and clouds.
 * The renderer adds {@link DIAGRAM_MARGIN} around it.
 */
import type { ViewPoint } from "../../model/types.js";
import type { SfLayout } from "./sf-layout.js";
import { DIM_LINE, STACK_OFFSET, symbolBox } from "./sf-node-sizes.js";

/** Room around the layout's extent in the picture. */
export const DIAGRAM_MARGIN = 30;

/** The layout's extent; `label` gives the label drawn under each symbol. */
export function layoutBounds(
  layout: SfLayout,
  label: (id: string) => string,
): { minX: number; minY: number; maxX: number; maxY: number } {
  const pts: ViewPoint[] = [...layout.clouds];
  for (const s of layout.stocks.values()) {
    pts.push(
      { x: s.x - s.width / 2, y: s.y - s.height / 2 - 2 * STACK_OFFSET },
      // room for the boxes stacked behind and the dimension names underneath
      {
        x: s.x + s.width / 2 + 2 * STACK_OFFSET,
        y: s.y + s.height / 2 + (s.dimensions === "inside" ? 0 : 2 * DIM_LINE + 4),
      },
    );
  }
  // a symbol with its label underneath: the box symbolBox gives, around the symbol's centre
  const symbol = (id: string, p: ViewPoint) => {
    const box = symbolBox(label(id));
    pts.push(
      { x: p.x - box.width / 2, y: p.y - box.centre },
      { x: p.x + box.width / 2, y: p.y - box.centre + box.height },
    );
  };
  for (const [id, p] of layout.nodes) symbol(id, p);
  for (const [id, f] of layout.flows) {
    symbol(id, f.valve);
    pts.push(...f.pipe);
  }
  if (pts.length === 0) return { minX: 0, minY: 0, maxX: 200, maxY: 100 };
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of pts) {
    b.minX = Math.min(b.minX, p.x);
    b.minY = Math.min(b.minY, p.y);
    b.maxX = Math.max(b.maxX, p.x);
    b.maxY = Math.max(b.maxY, p.y);
  }
  return b;
}
