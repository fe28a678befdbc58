/**
 * The plain element tree the XMILE reader walks: no DOM, no entities, only what a model needs.
 */

/** One XML element: its name as written (with any prefix), decoded attributes, element children and direct text. */
export interface XmlElement {
  /** Tag name as written, for example `aux` or `isee:prefs`. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (and CDATA), decoded, not trimmed. */
  readonly text: string;
  /** Offset of the element's `<` in the source text. */
  readonly offset: number;
}

/** The tag name without a namespace prefix (`isee:prefs` → `prefs`). */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

/** True when the tag carries a vendor prefix such as `isee:`. */
export function isPrefixed(element: XmlElement): boolean {
  return element.name.includes(":");
}

/** The first child with the given (unprefixed) name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Every child with the given (unprefixed) name, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The trimmed text of the first child with the given name, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  const c = child(element, name);
  return c === undefined ? undefined : c.text.trim();
}
