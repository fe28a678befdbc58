/**
 * Evidence, read from an XMILE file and the Vensim file beside it, that a conversion of the
 * Vensim model to XMILE (xmutil's, as in SDEverywhere's and Simlin's suites) lost part of what the
 * reference output was computed from. Each check names what the XMILE file lacks:
 *
 * - a call the converter could not translate, kept only in a comment: `0{GET_DIRECT_DATA(…)}`
 *   (a stand-in number) or `{Untranslated function used}`;
 * - an element defined twice with different equations, where the Vensim file writes `:EXCEPT:`
 *   (the exception was lost, so both definitions were written out);
 * - a variable over one dimension reading another that the Vensim file maps onto it
 *   (`DimA: A1, A2 -> DimB`), in a file with no mapping (`maps_to`) at all;
 * - a data variable of the Vensim file (no equation, its values in a `.dat` file that the case's
 *   `*_spec.json` names), which the XMILE file defines with a stand-in equation instead.
 */

/** The Vensim files beside the XMILE file, and the data files the case's spec names. */
export interface VensimSiblings {
  /** `[file name, text]` of each `.mdl` file in the folder. */
  readonly mdl: readonly (readonly [string, string])[];
  /** `[spec file name, data file names]` of each `*_spec.json` that lists data files. */
  readonly dataFiles: readonly (readonly [string, readonly string[]])[];
}

/** The first evidence of loss found, or undefined. */
export function lostInConversion(xmile: string, siblings: VensimSiblings): string | undefined {
  return (
    untranslatedCall(xmile) ??
    lostExcept(xmile, siblings) ??
    lostMapping(xmile, siblings) ??
    lostData(xmile, siblings)
  );
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

function untranslatedCall(xmile: string): string | undefined {
  const marked = /<eqn>[^<]*\{Untranslated function used\}\s*([A-Za-z][\w ]*)\(/.exec(xmile);
  if (marked !== null) {
    return `not intact: line ${lineOf(xmile, marked.index)} marks ${marked[1]!.trim()} as a function the converter did not translate ({Untranslated function used})`;
  }
  const standIn = /<eqn>[^<]*?\b0\s*\{\s*([A-Za-z][\w ]*?)\s*\(/.exec(xmile);
  if (standIn !== null) {
    return `not intact: line ${lineOf(xmile, standIn.index)} holds 0 in place of ${standIn[1]!}(…), which the converter left in a comment`;
  }
  return undefined;
}

/** The `<aux|stock|flow name="…">…</…>` blocks of a file: name, body, offset. */
function variableBlocks(xmile: string): { name: string; body: string; at: number }[] {
  const blocks: { name: string; body: string; at: number }[] = [];
  for (const m of xmile.matchAll(/<(aux|stock|flow)\s+name="([^"]*)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    blocks.push({ name: m[2]!, body: m[3]!, at: m.index ?? 0 });
  }
  return blocks;
}

function lostExcept(xmile: string, siblings: VensimSiblings): string | undefined {
  const except = siblings.mdl.find(([, text]) => /:EXCEPT:/i.test(text));
  if (except === undefined) return undefined;
  for (const v of variableBlocks(xmile)) {
    const equations = new Map<string, string>();
    for (const m of v.body.matchAll(/<element\s+subscript="([^"]*)"\s*>\s*<eqn>([^<]*)<\/eqn>/g)) {
      const key = m[1]!.replace(/\s+/g, "");
      const eqn = m[2]!.trim();
      const before = equations.get(key);
      if (before !== undefined && before !== eqn) {
        return `not intact: ${v.name} defines element ${m[1]} twice, as ${before} and as ${eqn} (${except[0]} writes it with :EXCEPT:, which the conversion lost)`;
      }
      equations.set(key, eqn);
    }
  }
  return undefined;
}

function fold(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "_");
}

/** `[from, to, file]` for each dimension mapping `From: … -> To` of the Vensim files. */
function mappings(siblings: VensimSiblings): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const [file, text] of siblings.mdl) {
    for (const m of text.matchAll(/^\s*([^:~|=\n]+?)\s*:[^~|\n]*->\s*([^~|\n]+)/gm)) {
      for (const target of m[2]!.split(",")) {
        const to = /^\s*\(?\s*([^:()]+?)\s*(:|\)|$)/.exec(target)?.[1];
        if (to !== undefined) found.push([fold(m[1]!), fold(to), file]);
      }
    }
  }
  return found;
}

function lostMapping(xmile: string, siblings: VensimSiblings): string | undefined {
  if (/maps_to/.test(xmile)) return undefined;
  const maps = mappings(siblings);
  if (maps.length === 0) return undefined;
  for (const v of variableBlocks(xmile)) {
    const dims = [...v.body.matchAll(/<dim\s+name="([^"]*)"/g)].map((m) => fold(m[1]!));
    const eqns = [...v.body.matchAll(/<eqn>([^<]*)<\/eqn>/g)].map((m) => m[1]!).join(" ");
    const read = new Set(
      [...eqns.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => m[1]!.split(",").map((s) => fold(s))),
    );
    for (const [from, to, file] of maps) {
      const crossed =
        (dims.includes(to) && !dims.includes(from) && read.has(from)) ||
        (dims.includes(from) && !dims.includes(to) && read.has(to));
      if (crossed) {
        return `not intact: ${v.name} combines ${from} and ${to}, which ${file} maps onto each other; the file has no mapping (maps_to)`;
      }
    }
  }
  return undefined;
}

/** Names of the data variables of a Vensim file: entries with no equation, only a name. */
function dataVariables(mdl: string): string[] {
  const body = mdl.split(/\\\\\\---\/\/\//)[0] ?? mdl;
  const names: string[] = [];
  for (const entry of body.replace(/\{UTF-8\}/, "").split("|")) {
    const head = (entry.split("~")[0] ?? "").trim();
    const m = /^([A-Za-z"][^=:()[\]~]*?)\s*(\[[^\]]*\])?$/.exec(head);
    if (m !== null && head !== "" && !head.startsWith("*")) names.push(m[1]!.trim());
  }
  return names;
}

function lostData(xmile: string, siblings: VensimSiblings): string | undefined {
  const spec = siblings.dataFiles[0];
  if (spec === undefined) return undefined;
  const defined = new Set(
    variableBlocks(xmile)
      .filter((v) => /<eqn>/.test(v.body))
      .map((v) => fold(v.name)),
  );
  for (const [file, text] of siblings.mdl) {
    const lost = dataVariables(text).find((name) => defined.has(fold(name)));
    if (lost !== undefined) {
      return `not intact: ${lost} is a data variable of ${file}, read from ${spec[1].join(", ")} (${spec[0]}); the file holds a stand-in equation instead`;
    }
  }
  return undefined;
}
