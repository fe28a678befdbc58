/**
 * XMILE in and out (package subpath `stockflow/xmile`): read XMILE 1.0 and Stella `.stmx`
 * files into a {@link Model}, write a model back as XMILE, and parse untrusted XML safely.
 *
 * @example
 * ```ts
 * import { readXmile, writeXmile } from "stockflow/xmile";
 * const model = readXmile(await readFile("teacup.stmx", "utf8"), { file: "teacup.stmx" });
 * await writeFile("teacup.xmile", writeXmile(model));
 * ```
 *
 * @packageDocumentation
 */

export { parseXmileExpr, XmileExprError, type XmileExprScope } from "./parse-xmile-expr.js";
export { printXmileExpr, type XmilePrintScope } from "./print-xmile-expr.js";
export {
  type ReadXmileOptions,
  readXmile,
  readXmileWithDiagnostics,
  type XmileReading,
} from "./read-xmile.js";
export {
  parseSafeXml,
  SAFE_XML_DEFAULTS,
  type SafeXmlOptions,
  type XmlDocument,
} from "./safe-xml.js";
export { translateXmileEquation } from "./translate-xmile-equation.js";
export { type WriteXmileOptions, writeXmile } from "./write-xmile.js";
export { XMILE_FUNCTIONS, type XmileFunction, xmileFunction } from "./xmile-functions.js";
export { decodeXmileName, xmileNameToId } from "./xmile-names.js";
export type { XmlElement } from "./xml-element.js";
