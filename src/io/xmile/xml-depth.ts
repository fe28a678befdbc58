/**
 * Nesting depth of XML text, measured by one linear scan before any parser sees the text, so
 * that a file of millions of nested tags is refused in milliseconds instead of exhausting the
 * stack. The scan knows comments, CDATA, processing instructions and quoted attribute values
 * (which may hold `>`); it does not validate anything else.
 */

/** Where the scan first went deeper than allowed. */
export interface DepthExcess {
  /** Offset of the `<` of the element that went too deep. */
  readonly offset: number;
  readonly depth: number;
}

/** The first place where elements nest deeper than `maxDepth`, or undefined. */
export function findDepthExcess(text: string, maxDepth: number): DepthExcess | undefined {
  let depth = 0;
  let i = text.indexOf("<");
  while (i >= 0 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    if (text.startsWith("<!--", i)) i = skipPast(text, "-->", i + 4);
    else if (text.startsWith("<![CDATA[", i)) i = skipPast(text, "]]>", i + 9);
    else if (next === 0x3f /* ? */) i = skipPast(text, "?>", i + 2);
    else if (next === 0x21 /* ! */) i = skipPast(text, ">", i + 2);
    else if (next === 0x2f /* / */) {
      depth = Math.max(0, depth - 1);
      i = skipPast(text, ">", i + 2);
    } else {
      const end = endOfTag(text, i + 1);
      const selfClosing = text.charCodeAt(end - 1) === 0x2f;
      if (!selfClosing) {
        depth += 1;
        if (depth > maxDepth) return { offset: i, depth };
      }
      i = end + 1;
    }
    i = text.indexOf("<", i);
  }
  return undefined;
}

function skipPast(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
}

/** Offset of the `>` closing a start tag, skipping quoted attribute values. */
function endOfTag(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return text.length;
}
