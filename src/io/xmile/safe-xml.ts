/**
 * Safe XML: parse untrusted XML text into a plain {@link XmlElement} tree.
 *
 * Decisions, in the order they are checked (each refusal is one located diagnostic):
 * 1. a size limit (20 MB by default) before anything else;
 * 2. any `<!DOCTYPE` or `<!ENTITY` is refused outright: no DTD, no entity expansion (billion
 *    laughs) and no external entity (`SYSTEM "file:///etc/passwd"`) can ever be honoured, and
 *    nothing is read from disk or network;
 * 3. a nesting-depth limit (64 by default), measured by a linear scan so deep input cannot
 *    exhaust the stack;
 * 4. well-formedness, by fast-xml-parser's validator, which reports line and column;
 * 5. parsing by fast-xml-parser with entity processing off; only the five predefined entities
 *    and numeric character references are decoded, by {@link decodeXmlText}.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import { findDepthExcess } from "./xml-depth.js";
import type { XmlElement } from "./xml-element.js";
import { decodeXmlText, LineIndex } from "./xml-text.js";

/** Options of {@link parseSafeXml}. */
export interface SafeXmlOptions {
  /** File name for diagnostics. */
  readonly file?: string;
  /** Largest accepted text, in characters. */
  readonly maxChars?: number;
  /** Deepest accepted element nesting. */
  readonly maxDepth?: number;
}

/** Defaults of {@link SafeXmlOptions}. */
export const SAFE_XML_DEFAULTS = { maxChars: 20 * 1024 * 1024, maxDepth: 64 } as const;

/** A parsed document: its root element and a way back from offsets to lines and columns. */
export interface XmlDocument {
  readonly root: XmlElement;
  readonly file?: string;
  locate(offset: number): { line: number; column: number };
}

type FxpNode = Record<string, unknown>;

/** Parse XML text safely; throws {@link ModelError} with one located diagnostic when refused. */
export function parseSafeXml(text: string, options: SafeXmlOptions = {}): XmlDocument {
  expectString("parseSafeXml", "text", text);
  expectOptions("parseSafeXml", options, {
    file: "string",
    maxChars: "number",
    maxDepth: "number",
  });
  const { file } = options;
  const maxChars = options.maxChars ?? SAFE_XML_DEFAULTS.maxChars;
  const maxDepth = options.maxDepth ?? SAFE_XML_DEFAULTS.maxDepth;
  const lines = new LineIndex(text);
  const refuse = (code: string, message: string, offset?: number, value?: string): never => {
    const d: Diagnostic = {
      severity: "error",
      code,
      message,
      ...(file !== undefined ? { file } : {}),
      ...(offset !== undefined ? lines.locate(offset) : {}),
      ...(value !== undefined ? { value } : {}),
    };
    throw new ModelError([d], "xml refused");
  };

  if (text.length > maxChars) {
    refuse("xml-too-large", `xml: file too large: ${text.length} characters (limit ${maxChars})`);
  }
  const dtd = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (dtd !== null) {
    refuse(
      "xml-dtd",
      `xml: ${dtd[0].slice(2).toLowerCase()} declarations are not accepted (no dtd or entities)`,
      dtd.index,
      dtd[0],
    );
  }
  const excess = findDepthExcess(text, maxDepth);
  if (excess !== undefined) {
    refuse("xml-too-deep", `xml: elements nested deeper than ${maxDepth}`, excess.offset);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const d: Diagnostic = {
      severity: "error",
      code: "xml-malformed",
      message: `xml: ${valid.err.msg.replace(/\.$/, "").toLowerCase()}`,
      ...(file !== undefined ? { file } : {}),
      line: valid.err.line,
      column: valid.err.col,
    };
    throw new ModelError([d], "malformed xml");
  }

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    captureMetaData: true,
    maxNestedTags: maxDepth + 1,
  });
  const nodes = parser.parse(text) as FxpNode[];
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  // The start of the tag itself, whatever the parser counts as the start of the node.
  const offsetOf = (node: FxpNode, name: string): number => {
    const start = (node as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex;
    const at = text.indexOf(`<${name}`, start ?? 0);
    return at < 0 ? (start ?? 0) : at;
  };

  const convert = (node: FxpNode, name: string): XmlElement => {
    const rawChildren = (node[name] as FxpNode[] | undefined) ?? [];
    const children: XmlElement[] = [];
    let body = "";
    for (const c of rawChildren) {
      const tag = tagOf(c);
      if (tag === "#text") body += String(c["#text"]);
      else if (tag !== undefined && !tag.startsWith("?")) children.push(convert(c, tag));
    }
    const rawAttrs = (node[":@"] as Record<string, unknown> | undefined) ?? {};
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = decodeXmlText(String(value));
    return { name, attrs, children, text: decodeXmlText(body), offset: offsetOf(node, name) };
  };

  const top = nodes.filter((n) => {
    const tag = tagOf(n);
    return tag !== undefined && tag !== "#text" && !tag.startsWith("?");
  });
  const first = top[0];
  if (first === undefined) refuse("xml-empty", "xml: no root element");
  const root = convert(first!, tagOf(first!)!);
  return { root, ...(file !== undefined ? { file } : {}), locate: (o) => lines.locate(o) };
}

function tagOf(node: FxpNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@");
}
