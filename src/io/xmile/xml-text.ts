/**
 * Text helpers of the safe XML reader: decoding the five predefined XML entities and numeric
 * character references (nothing else is ever expanded), escaping for the writer, and turning an
 * offset into a 1-based line and column.
 */

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * Decode `&lt; &gt; &amp; &quot; &apos;` and `&#NN;`/`&#xHH;`. Any other `&name;` is left as
 * written: the reader never honours DTD-declared entities.
 */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return codePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith("#")) return codePoint(Number.parseInt(body.slice(1), 10), whole);
    return PREDEFINED[body] ?? whole;
  });
}

function codePoint(value: number, whole: string): string {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : whole;
}

/** Escape text for a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;");
}

/** Escape text for an element body (quotes may stay as they are). */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Maps offsets in a text to 1-based lines and columns. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** The 1-based line and column of an offset. */
  locate(offset: number): { line: number; column: number } {
    if (this.starts === undefined) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) {
        starts.push(i + 1);
      }
      this.starts = starts;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
