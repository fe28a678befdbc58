import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelError } from "../../../src/diagnostics/errors.js";
import { readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { parseSafeXml } from "../../../src/io/xmile/safe-xml.js";

/** The single diagnostic of a refusal, with how long the refusal took. */
function refusal(text: string, options = {}) {
  const t0 = performance.now();
  let error: unknown;
  try {
    parseSafeXml(text, options);
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - t0;
  expect(error).toBeInstanceOf(ModelError);
  const diagnostics = (error as ModelError).diagnostics;
  expect(diagnostics).toHaveLength(1);
  return { d: diagnostics[0]!, ms };
}

describe("hostile XML is refused quickly, with a diagnostic, and nothing is read", () => {
  it("billion laughs: the entity declarations are refused before any expansion", () => {
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join("\n");
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<xmile>&lol9;</xmile>`;
    const { d, ms } = refusal(text);
    expect(d.code).toBe("xml-dtd");
    expect(d.line).toBe(2);
    expect(d.message).toContain("doctype");
    expect(ms).toBeLessThan(2000);
  });

  it("an external entity pointing at /etc/passwd is refused and the file never appears", () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<xmile><model><variables><aux name="a"><eqn>&xxe;</eqn></aux></variables></model></xmile>`;
    const { d, ms } = refusal(text);
    expect(d.code).toBe("xml-dtd");
    expect(JSON.stringify(d)).not.toContain("root:");
    expect(ms).toBeLessThan(2000);
  });

  it("a stray entity reference without a DTD stays literal text", () => {
    const doc = parseSafeXml("<a>&xxe; &lt;b&gt; &amp; &#65;&#x42;</a>");
    expect(doc.root.text).toBe("&xxe; <b> & AB");
  });

  it("50 MB of nesting is refused by the size limit without parsing", () => {
    const text = "<a>".repeat((50 * 1024 * 1024) / 3);
    const { d, ms } = refusal(text);
    expect(d.code).toBe("xml-too-large");
    expect(ms).toBeLessThan(2000);
  });

  it("deep nesting within the size limit is refused by the depth scan, located", () => {
    const text = `<xmile>\n${"<a>".repeat(1_000_000)}${"</a>".repeat(1_000_000)}</xmile>`;
    const { d, ms } = refusal(text);
    expect(d.code).toBe("xml-too-deep");
    expect(d.line).toBe(2);
    expect(d.column).toBe(1 + 3 * 63);
    expect(ms).toBeLessThan(2000);
  });

  it("the XMILE reader cannot read files or the network: none of its modules imports them", () => {
    const dir = new URL("../../../src/io/xmile/", import.meta.url);
    const sources = readdirSync(dir).map((name) => readFileSync(new URL(name, dir), "utf8"));
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) {
      expect(source).not.toMatch(/from "(node:)?(fs|fs\/promises|http|https|net|child_process)"/);
      expect(source).not.toMatch(/import\(/);
    }
  });

  it("the limits are options", () => {
    expect(refusal("<a><b><c/></b></a>", { maxDepth: 1 }).d.code).toBe("xml-too-deep");
    expect(refusal("<a/>", { maxChars: 3 }).d.code).toBe("xml-too-large");
    expect(parseSafeXml("<a><b><c/></b></a>", { maxDepth: 2 }).root.name).toBe("a");
  });
});

describe("malformed XML gives a located diagnostic", () => {
  it("a mismatched closing tag names both tags and where", () => {
    const { d } = refusal("<xmile>\n  <model>\n    <aux>\n  </model>\n</xmile>", {
      file: "m.xmile",
    });
    expect(d).toMatchObject({ code: "xml-malformed", file: "m.xmile", line: 4 });
    expect(d.message).toMatch(/aux/);
  });

  it("the XMILE reader returns it as a diagnostic instead of throwing", () => {
    const reading = readXmileWithDiagnostics("<xmile><model>", { file: "m.xmile" });
    expect(reading.model).toBeUndefined();
    expect(reading.diagnostics[0]).toMatchObject({ code: "xml-malformed", file: "m.xmile" });
  });
});

describe("parseSafeXml builds a plain tree", () => {
  it("keeps attributes decoded, children in order, text with CDATA, and offsets", () => {
    const text = `<?xml version="1.0"?>\n<x a="1 &lt; 2"><b/><!-- c --><c><![CDATA[p<q]]></c><b/></x>`;
    const { root, locate } = parseSafeXml(text);
    expect(root.name).toBe("x");
    expect(root.attrs).toEqual({ a: "1 < 2" });
    expect(root.children.map((c) => c.name)).toEqual(["b", "c", "b"]);
    expect(root.children[1]!.text).toBe("p<q");
    expect(locate(root.children[1]!.offset)).toEqual({ line: 2, column: 31 });
  });
});
