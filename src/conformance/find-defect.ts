/**
 * Evidence that a suite file is not intact: it lost what its reference was computed from, so
 * its verdict says nothing about stockflow. Each kind is read from the files themselves: an
 * equation the converter could not translate (`???`, what xmutil writes), XML that is not well
 * formed, a call to a macro that the file does not define but a Vensim file beside it does (the
 * conversion dropped the `:MACRO:`), and the losses of `lost-in-conversion.ts` (a call kept
 * only in a comment, a lost `:EXCEPT:`, a lost dimension mapping, a lost data variable). A file with such evidence is left out of the
 * pass rate, and the report names the evidence.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import type { CaseFile, ConformanceCase } from "./find-cases.js";
import { lostInConversion, type VensimSiblings } from "./lost-in-conversion.js";

/** The evidence that `f` is not intact, or undefined when the file shows none. */
export async function findDefect(c: ConformanceCase, f: CaseFile): Promise<string | undefined> {
  const text = await readFile(join(c.dir, f.file), "latin1");
  const untranslated = untranslatedLine(text, f.format);
  if (untranslated !== undefined) {
    return `not intact: line ${untranslated} holds an untranslated equation (???)`;
  }
  if (f.format === "mdl") return undefined;
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return `not intact: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`;
  }
  const lost = await lostMacro(c, text);
  if (lost !== undefined) {
    return `not intact: calls ${lost.name}, a macro the file does not define (${lost.file} defines it)`;
  }
  return lostInConversion(text, await vensimSiblings(c));
}

/** The `.mdl` files of the case's folder and the data files its `*_spec.json` files name. */
async function vensimSiblings(c: ConformanceCase): Promise<VensimSiblings> {
  const names = await readdir(c.dir);
  const mdl = await Promise.all(
    names
      .filter((name) => /\.mdl$/i.test(name))
      .map(async (name) => [name, await readFile(join(c.dir, name), "latin1")] as const),
  );
  const dataFiles: (readonly [string, readonly string[]])[] = [];
  for (const name of names.filter((n) => /_spec\.json$/i.test(n))) {
    try {
      const spec = JSON.parse(await readFile(join(c.dir, name), "utf8")) as Record<string, unknown>;
      const files = [spec.externalDatfiles, spec.datFiles]
        .flatMap((list) => (Array.isArray(list) ? list : []))
        .filter((f): f is string => typeof f === "string");
      if (files.length > 0) dataFiles.push([name, files]);
    } catch {
      // A spec that does not parse names no data files.
    }
  }
  return { mdl, dataFiles };
}

function untranslatedLine(text: string, format: CaseFile["format"]): number | undefined {
  const pattern = format === "mdl" ? /=\s*\?\?\?/ : /<eqn>\s*\?\?\?\s*<\/eqn>/;
  const match = pattern.exec(text);
  return match === null ? undefined : text.slice(0, match.index).split("\n").length;
}

async function lostMacro(
  c: ConformanceCase,
  text: string,
): Promise<{ name: string; file: string } | undefined> {
  const defined = new Set(
    [...text.matchAll(/<macro\s+name="([^"]+)"/g)].map((m) => fold(m[1] ?? "")),
  );
  const equations = [...text.matchAll(/<eqn>([^<]*)<\/eqn>/g)].map((m) => m[1] ?? "").join("\n");
  const siblings = (await readdir(c.dir)).filter((name) => /\.mdl$/i.test(name));
  for (const file of siblings) {
    const mdl = await readFile(join(c.dir, file), "latin1");
    for (const m of mdl.matchAll(/:MACRO:\s*([^(\n]+)\(/g)) {
      const name = (m[1] ?? "").trim();
      const called = new RegExp(
        `(^|[^\\w])${escapeRegExp(name).replace(/[ _]+/g, "[ _]+")}\\s*\\(`,
        "i",
      );
      if (!defined.has(fold(name)) && called.test(equations)) return { name, file };
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
