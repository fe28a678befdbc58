/**
 * Writes the builtin tables of `docs/equations.md` from the builtin table in
 * `src/expr/builtins.ts`, between the `<!-- builtins:start -->` and `<!-- builtins:end -->`
 * markers, so the docs never drift from the code. The prose around the markers is hand-written.
 *
 *     npx tsx scripts/gen-equations-doc.ts          # rewrite docs/equations.md
 *     npx tsx scripts/gen-equations-doc.ts --check  # exit 1 when the file is out of date
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BUILTINS, type BuiltinSpec } from "../src/expr/builtins.js";
import { LOOKUP_FUNCTIONS } from "../src/expr/lookup-functions.js";
import { signature } from "../src/expr/resolve-name.js";

const START = "<!-- builtins:start -->";
const END = "<!-- builtins:end -->";

const TITLES: ReadonlyMap<string, string> = new Map([
  ["math", "Mathematical functions"],
  ["time", "The clock of the run"],
  ["input", "Test inputs"],
  ["stateful", "Stateful functions (delays, smooths, memory)"],
  ["random", "Random draws"],
  ["array", "Array functions"],
]);

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string | undefined) => (text === undefined ? "" : `\`${cell(text)}\``);

function row(spec: BuiltinSpec): string {
  const call = spec.maxArgs === 0 ? spec.name : signature(spec);
  const aliases = (spec.aliases ?? []).map(code).join(", ");
  return `| ${code(call)} | ${aliases} | ${cell(spec.doc)} | ${code(spec.vensim)} | ${code(spec.xmile)} |`;
}

/** The generated Markdown: one table per category, builtins in table order. */
export function builtinTables(): string {
  const specs = Object.values(BUILTINS);
  const categories = [...new Set([...TITLES.keys(), ...specs.map((spec) => spec.category)])];
  return categories
    .map((category) => {
      const rows = specs.filter((spec) => spec.category === category).map(row);
      if (rows.length === 0) return undefined;
      return [
        `### ${TITLES.get(category) ?? category}`,
        "",
        "| call | also accepted | what it computes | Vensim | XMILE |",
        "|---|---|---|---|---|",
        ...rows,
      ].join("\n");
    })
    .filter((section) => section !== undefined)
    .concat(lookupFunctionTable())
    .join("\n\n");
}

/** The lookup functions, whose first argument names a lookup. */
function lookupFunctionTable(): string {
  const rows = LOOKUP_FUNCTIONS.map((spec) => {
    const required = spec.params.slice(0, spec.minArgs).join(", ");
    const optional = spec.params
      .slice(spec.minArgs)
      .map((p) => `[, ${p}]`)
      .join("");
    const call = `${spec.name}(table, ${required}${optional})`;
    return `| ${code(call)} | ${cell(spec.doc)} | ${code(spec.vensim)} |`;
  });
  return [
    "### Lookup functions (the first argument names a lookup)",
    "",
    "| call | what it computes | Vensim |",
    "|---|---|---|",
    ...rows,
  ].join("\n");
}

/** `doc` with the text between the markers replaced by the generated tables. */
export function withBuiltinTables(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`markers ${START} … ${END} not found`);
  return `${doc.slice(0, start + START.length)}\n\n${builtinTables()}\n\n${doc.slice(end)}`;
}

/** Path of the equations doc. */
export const EQUATIONS_DOC = fileURLToPath(new URL("../docs/equations.md", import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const doc = readFileSync(EQUATIONS_DOC, "utf8");
  const updated = withBuiltinTables(doc);
  if (process.argv.includes("--check")) {
    if (updated !== doc) {
      console.error("docs/equations.md is out of date: run npx tsx scripts/gen-equations-doc.ts");
      process.exit(1);
    }
  } else if (updated !== doc) {
    writeFileSync(EQUATIONS_DOC, updated);
  }
}
