import { readFileSync } from "node:fs";
import PizZip from "pizzip";

/** The XML of one worksheet of a saved .xlsx, found by its tab name through the workbook's relationships. */
export function sheetXml(path: string, name: string): string {
  const zip = new PizZip(readFileSync(path));
  const workbookXml = zip.file("xl/workbook.xml")!.asText();
  const relsXml = zip.file("xl/_rels/workbook.xml.rels")!.asText();
  const sheet = [...workbookXml.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)].find(
    (match) => match[1] === name,
  );
  if (!sheet) throw new Error(`no sheet ${name}`);
  const target = [...relsXml.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].find(
    (match) => match[1] === sheet[2],
  )?.[2];
  return zip.file(target!.replace(/^\/?(xl\/)?/, "xl/"))!.asText();
}

/** The XML of a part of the package, e.g. «xl/styles.xml». */
export function partXml(path: string, part: string): string {
  return new PizZip(readFileSync(path)).file(part)!.asText();
}

/** Text of an XML element with the five predefined entities decoded. */
export function xmlText(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
