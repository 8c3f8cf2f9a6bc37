import { DOMParser, onWarningStopParsing, type Document as XmlDocument } from "@xmldom/xmldom";
import PizZip from "pizzip";
import { CONTENT_TYPES, DOCUMENT_RELS, documentXml, PACKAGE_RELS, STYLES } from "../../src/node/docx/ooxml";

/** Parses XML strictly: any warning or error throws. */
export function parseXml(xml: string): XmlDocument {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
}

export function partXml(docx: Uint8Array, part: string): string {
  const file = new PizZip(docx).file(part);
  if (file === null) throw new Error(`нет части ${part}`);
  return file.asText();
}

/** A .docx whose body is exactly the given XML (for runs split the way Word splits them). */
export function docxWithBody(bodyXml: string, extraParts: Record<string, string> = {}): Uint8Array {
  const zip = new PizZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELS);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/document.xml", documentXml(bodyXml));
  for (const [name, xml] of Object.entries(extraParts)) zip.file(name, xml);
  return zip.generate({ type: "uint8array" });
}
