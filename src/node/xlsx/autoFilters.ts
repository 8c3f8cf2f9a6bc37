/**
 * A coordinator filters a bank (say, by «Статус») and the program saves the book. exceljs keeps only the
 * filter's range: the chosen values are dropped while the rows they hid stay hidden, and the per-sheet
 * hidden name Excel keeps for a filter (`_xlnm._FilterDatabase`) becomes one global name, which Excel
 * may "repair". So the filters read from the file are put back into the saved file as they were.
 */
import { posix } from "node:path";
import type ExcelJS from "exceljs";
import PizZip from "pizzip";

const FILTER = /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/;
const FILTER_DATABASE = /<definedName\b[^>]*name="_xlnm\._FilterDatabase"[^>]*>[\s\S]*?<\/definedName>/g;

/** The original `<autoFilter>` element of each sheet that had one, by sheet name. */
const remembered = new WeakMap<ExcelJS.Workbook, Map<string, string>>();

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attribute(element: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}

/** The book's sheets in tab order: name and the zip path of the sheet's XML. */
function sheetParts(zip: PizZip): { name: string; path: string }[] {
  const workbook = zip.file("xl/workbook.xml")?.asText() ?? "";
  const rels = zip.file("xl/_rels/workbook.xml.rels")?.asText() ?? "";
  const targets = new Map<string, string>();
  for (const element of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(element, "Id");
    const target = attribute(element, "Target");
    if (id && target)
      targets.set(id, target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target)));
  }
  return (workbook.match(/<sheet\b[^>]*>/g) ?? []).flatMap((element) => {
    const name = attribute(element, "name");
    const path = targets.get(attribute(element, "r:id") ?? "");
    return name !== undefined && path !== undefined ? [{ name, path }] : [];
  });
}

/** Notes the sheets' filters of a book as read from its zip. */
export function rememberAutoFilters(workbook: ExcelJS.Workbook, zip: PizZip): void {
  const filters = new Map<string, string>();
  for (const { name, path } of sheetParts(zip)) {
    const filter = FILTER.exec(zip.file(path)?.asText() ?? "")?.[0];
    if (filter) filters.set(name, filter);
  }
  if (filters.size > 0) remembered.set(workbook, filters);
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `A1:F20` → `$A$1:$F$20`. */
function absolute(ref: string): string {
  return ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/**
 * The saved bytes with each remembered filter restored on its sheet (when exceljs kept its range) and
 * one hidden `_xlnm._FilterDatabase` name per filtered sheet, as Excel writes them.
 */
export function restoreAutoFilters(workbook: ExcelJS.Workbook, bytes: Uint8Array): Uint8Array {
  const filters = remembered.get(workbook);
  if (!filters) return bytes;
  const zip = new PizZip(bytes);
  const names: string[] = [];
  sheetParts(zip).forEach(({ name, path }, index) => {
    const xml = zip.file(path)?.asText();
    const saved = xml === undefined ? undefined : FILTER.exec(xml)?.[0];
    if (xml === undefined || saved === undefined) return;
    const original = filters.get(name);
    if (original && attribute(original, "ref") === attribute(saved, "ref"))
      zip.file(
        path,
        xml.replace(saved, () => original),
      );
    const ref = attribute(original ?? saved, "ref");
    if (ref)
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(`${quotedSheet(name)}!${absolute(ref)}`)}</definedName>`,
      );
  });
  let book = (zip.file("xl/workbook.xml")?.asText() ?? "").replace(FILTER_DATABASE, "");
  book = book.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, "");
  if (names.length > 0)
    book = book.includes("<definedNames>")
      ? book.replace("<definedNames>", `<definedNames>${names.join("")}`)
      : book.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
  zip.file("xl/workbook.xml", book);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
