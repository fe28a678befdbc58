/**
 * Text measurement without a DOM: an estimate of a label's width from its character count.
 *
 * Average glyph width in common sans-serif fonts is about 0.55–0.6 em; 0.6 errs on the wide side
 * so that label boxes computed from it contain the real text.
 */

/** Average advance of one character, in em. */
export const CHAR_WIDTH_EM = 0.6;

/** Estimated width in pixels of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * CHAR_WIDTH_EM;
}

/**
 * Break a label into lines of at most `maxChars` characters at spaces (a longer single word
 * stays whole), so that long factor names make compact boxes.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
