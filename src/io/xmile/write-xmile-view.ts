/**
 * Write a {@link View} as an XMILE `<views><view>`: nodes as `<stock>`, `<flow>` (with its
 * pipe as `<pts>`) or `<aux>` by the kind of their variable, a second node of the same
 * variable as an `<alias>`, connectors with their angle. Clouds are not written: the reader
 * places them again at the free ends of pipes.
 */
import type { Variable, View, ViewElement } from "../../model/types.js";
import { encodeXmileName } from "./xmile-names.js";
import { escapeXml } from "./xml-text.js";

/** The lines of `<views>`, indented for the root model. */
export function writeXmileView(
  view: View,
  byId: ReadonlyMap<string, Variable>,
  nameOf: (id: string) => string,
): string[] {
  const name = (id: string) => escapeXml(encodeXmileName(nameOf(id)));
  const pipes = new Map<string, Extract<ViewElement, { kind: "pipe" }>>();
  for (const el of view.elements) {
    if (el.kind === "pipe" && !pipes.has(el.flow)) pipes.set(el.flow, el);
  }
  const drawn = new Set<string>();
  const lines: string[] = [];
  let uid = 0;
  for (const el of view.elements) {
    switch (el.kind) {
      case "node": {
        const size = `${el.width !== undefined ? ` width="${el.width}"` : ""}${
          el.height !== undefined ? ` height="${el.height}"` : ""
        }`;
        const at = `x="${el.x}" y="${el.y}"${size}`;
        if (drawn.has(el.variable)) {
          uid += 1;
          lines.push(`<alias uid="${uid}" ${at}><of>${name(el.variable)}</of></alias>`);
          break;
        }
        drawn.add(el.variable);
        const kind = byId.get(el.variable)?.kind;
        const tag = kind === "stock" ? "stock" : kind === "flow" ? "flow" : "aux";
        const pipe = tag === "flow" ? pipes.get(el.variable) : undefined;
        if (pipe === undefined) {
          lines.push(`<${tag} name="${name(el.variable)}" ${at}/>`);
        } else {
          lines.push(`<flow name="${name(el.variable)}" ${at}>`, "  <pts>");
          for (const p of pipe.points) lines.push(`    <pt x="${p.x}" y="${p.y}"/>`);
          lines.push("  </pts>", "</flow>");
        }
        break;
      }
      case "connector": {
        uid += 1;
        const angle = el.angle !== undefined ? ` angle="${el.angle}"` : "";
        lines.push(
          `<connector uid="${uid}"${angle}><from>${name(el.from)}</from><to>${name(el.to)}</to></connector>`,
        );
        break;
      }
      case "pipe":
      case "cloud":
        break;
    }
  }
  return [
    "    <views>",
    '      <view type="stock_flow">',
    ...lines.map((line) => `        ${line}`),
    "      </view>",
    "    </views>",
  ];
}
