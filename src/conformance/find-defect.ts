/**
 * Evidence that a suite file is not intact: it lost what its reference was computed from, so
 * its verdict says nothing about stockflow. Three kinds, each read from the files themselves:
 * an equation the converter could not translate (`???`, what xmutil writes), XML that is not
 * well formed, and a call to a macro that the file does not define but a Vensim file beside it
 * does (the conversion dropped the `:MACRO:`). A file with such evidence is left out of the
 * pass rate, and the report names the evidence.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import type { CaseFile, ConformanceCase } from "./find-cases.js";

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
  return lost === undefined
    ? undefined
    : `not intact: calls ${lost.name}, a macro the file does not define (${lost.file} defines it)`;
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
