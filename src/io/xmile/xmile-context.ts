/**
 * What every part of the XMILE reader shares: the parsed document, the list of diagnostics it
 * collects, and how an element becomes a located diagnostic (file, line, column and an element
 * path such as `xmile/model/variables/aux[@name="x"]`).
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { XmlDocument } from "./safe-xml.js";
import type { XmlElement } from "./xml-element.js";

/** Where a diagnostic points. */
export interface XmileSite {
  /** Element path, for example `xmile/model/variables/aux[@name="x"]`. */
  readonly path: string;
  readonly element?: XmlElement;
  /** Offset inside the element's text (an equation), added to the element's position. */
  readonly textOffset?: number;
  readonly variable?: string;
  readonly value?: string;
}

/** Shared state of one reading. */
export class XmileContext {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly doc: XmlDocument,
    private readonly source: string,
  ) {}

  /** Record an error. */
  error(code: string, message: string, site: XmileSite): void {
    this.add("error", code, message, site);
  }

  /** Record a warning. */
  warning(code: string, message: string, site: XmileSite): void {
    this.add("warning", code, message, site);
  }

  private add(severity: Diagnostic["severity"], code: string, message: string, site: XmileSite) {
    let position: { line: number; column: number } | undefined;
    if (site.element !== undefined) {
      let offset = site.element.offset;
      if (site.textOffset !== undefined) {
        const open = this.source.indexOf(">", offset);
        offset = (open < 0 ? offset : open + 1) + site.textOffset;
      }
      position = this.doc.locate(offset);
    }
    this.diagnostics.push({
      severity,
      code,
      message,
      ...(site.variable !== undefined ? { variable: site.variable } : {}),
      ...(this.doc.file !== undefined ? { file: this.doc.file } : {}),
      ...(position ?? {}),
      path: site.path,
      ...(site.value !== undefined ? { value: site.value } : {}),
    });
  }
}

/** The path step of an element: its name, with its `name` attribute when it has one. */
export function pathStep(element: XmlElement): string {
  const name = element.attrs.name;
  return name === undefined ? element.name : `${element.name}[@name=${JSON.stringify(name)}]`;
}
