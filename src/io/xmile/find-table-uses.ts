/**
 * Which auxiliaries with a graphical function are used as lookup tables: called with an input
 * (`table(x)`) or named in `LOOKUP(table, x)` (or `LOOKUP_FORWARD`, `LOOKUP_BACKWARD`, and
 * `LOOKUP(table[elem], x)` of an arrayed one whose elements have their own `<gf>`). xmutil, for one, writes a Vensim lookup as an
 * `<aux>` with a dummy `<eqn>0</eqn>` and a `<gf>`, called through `LOOKUP`; such an aux is a
 * stand-alone graphical function, not a value. Equations of array elements count too.
 */
import type { RawVariable } from "./collect-variables.js";
import { decodeXmileName } from "./xmile-names.js";
import { tokenizeXmile, type XmileToken } from "./xmile-tokenize.js";
import { child, childrenNamed } from "./xml-element.js";

const LOOKUP_CALLS = new Set(["lookup", "lookup_forward", "lookup_backward"]);

/** Ids of auxiliaries with a `<gf>` that some equation uses as a table. */
export function findTableUses(
  raws: readonly RawVariable[],
  resolve: (name: string, prefix: string) => string,
): Set<string> {
  const withGf = new Set(
    raws
      .filter(
        (r) =>
          r.tag === "aux" &&
          (child(r.element, "gf") !== undefined ||
            childrenNamed(r.element, "element").some((e) => child(e, "gf") !== undefined)),
      )
      .map((r) => r.id),
  );
  const used = new Set<string>();
  if (withGf.size === 0) return used;
  const nameOf = (t: XmileToken | undefined): string | undefined =>
    t?.kind === "name" ? t.text : t?.kind === "quoted" ? decodeXmileName(t.text) : undefined;
  // The variable's own equations and those of its array elements.
  const texts = raws.flatMap((raw) =>
    [raw.element, ...childrenNamed(raw.element, "element")].flatMap((el) =>
      childrenNamed(el, "eqn").map((eqn) => ({ raw, text: eqn.text })),
    ),
  );
  for (const { raw, text } of texts) {
    let tokens: XmileToken[];
    try {
      tokens = tokenizeXmile(text);
    } catch {
      continue;
    }
    tokens.forEach((t, i) => {
      const name = nameOf(t);
      const next = tokens[i + 1];
      if (name === undefined || next?.kind !== "op" || next.text !== "(") return;
      const fn = name.trim().replace(/\s+/g, "_").toLowerCase();
      const table = LOOKUP_CALLS.has(fn) ? nameOf(tokens[i + 2]) : name;
      if (table === undefined) return;
      const id = resolve(table, raw.prefix);
      if (withGf.has(id)) used.add(id);
    });
  }
  return used;
}
