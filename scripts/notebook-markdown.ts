/**
 * An executed notebook as Markdown for the docs: markdown cells as they are, code cells as
 * TypeScript blocks, plain outputs as text blocks, and every picture (an `image/svg+xml` output
 * or an `<svg>` inside an HTML output) written to its own file and shown with `<img>`, since
 * Markdown viewers drop inline SVG.
 */
import { readFileSync } from "node:fs";

interface Cell {
  readonly cell_type: string;
  readonly source: string | string[];
  readonly outputs?: {
    readonly output_type: string;
    readonly text?: string | string[];
    readonly data?: Record<string, string | string[]>;
  }[];
}

const joined = (s: string | string[] | undefined): string =>
  Array.isArray(s) ? s.join("") : (s ?? "");
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are removed
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "").trimEnd();

/** The Markdown of the notebook at `file` and its pictures, by path relative to the docs. */
export function notebookMarkdown(file: string, name: string): Map<string, string> {
  const nb = JSON.parse(readFileSync(file, "utf8")) as { cells: Cell[] };
  const files = new Map<string, string>();
  const picture = (svg: string): string => {
    const path = `${name}/figure-${files.size + 1}.svg`;
    files.set(path, svg);
    return `<img src="${path}" alt="figure ${files.size}">`;
  };
  const parts: string[] = [];
  for (const cell of nb.cells) {
    const source = joined(cell.source).trimEnd();
    if (cell.cell_type === "markdown") {
      parts.push(source);
      continue;
    }
    if (cell.cell_type !== "code") continue;
    parts.push(`\`\`\`ts\n${source}\n\`\`\``);
    for (const out of cell.outputs ?? []) {
      const data = out.data ?? {};
      if (out.output_type === "stream")
        parts.push(`\`\`\`text\n${plain(joined(out.text))}\n\`\`\``);
      else if (data["image/svg+xml"] !== undefined)
        parts.push(picture(joined(data["image/svg+xml"])));
      else if (data["text/html"] !== undefined)
        parts.push(joined(data["text/html"]).replace(/<svg[\s\S]*?<\/svg>/g, picture));
      else if (data["text/plain"] !== undefined)
        parts.push(`\`\`\`text\n${plain(joined(data["text/plain"]))}\n\`\`\``);
    }
  }
  files.set(`${name}.md`, `${parts.join("\n\n")}\n`);
  return files;
}
