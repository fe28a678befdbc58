/**
 * A small element builder for the explorer page: tag, attributes (strings, or `true` for a
 * bare attribute), and children (elements or text, never parsed as HTML).
 */

/** Attributes of {@link el}; `false` and `undefined` leave an attribute out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Make an element. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

/** Replace the children of `parent`. */
export function fill(parent: Element, children: readonly (Node | string)[]): void {
  parent.replaceChildren(...children);
}
