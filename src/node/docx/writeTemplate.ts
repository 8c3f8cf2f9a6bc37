/** Writes a .docx template from the neutral block model (src/core/template/blocks.ts), by hand with pizzip. */
import PizZip from "pizzip";
import {
  type Align,
  type Block,
  type ParagraphBlock,
  type TableBlock,
  tableColumns,
} from "../../core/template/blocks";
import {
  BODY_SIZE,
  CONTENT_TYPES,
  DOCUMENT_RELS,
  documentXml,
  escapeXml,
  PACKAGE_RELS,
  STYLES,
  TABLE_SIZE,
  TEXT_WIDTH,
} from "./ooxml";

const JC: Readonly<Record<Align, string>> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
};

interface RunStyle {
  readonly bold: boolean;
  /** Points; written only when it differs from the document's default. */
  readonly size: number;
}

function runProperties(style: RunStyle): string {
  const halfPoints = Math.round(style.size * 2);
  const props = [
    style.bold ? "<w:b/><w:bCs/>" : "",
    style.size === BODY_SIZE ? "" : `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`,
  ].join("");
  return props === "" ? "" : `<w:rPr>${props}</w:rPr>`;
}

/** One run; «\n» inside becomes a line break within the paragraph. */
function run(text: string, style: RunStyle): string {
  if (text === "") return "";
  const content = text
    .split("\n")
    .map((line) => (line === "" ? "" : `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`))
    .join("<w:br/>");
  return `<w:r>${runProperties(style)}${content}</w:r>`;
}

/** First-line indent of 1.25 cm in twips. */
const FIRST_LINE_INDENT = 709;

/** The paragraph mark carries the run style too, so that an empty paragraph or cell has the right height. */
function paragraph(text: string, align: Align, style: RunStyle, indent = false, keepNext = false): string {
  const ind = indent ? `<w:ind w:firstLine="${FIRST_LINE_INDENT}"/>` : "";
  const keep = keepNext ? "<w:keepNext/>" : "";
  return `<w:p><w:pPr>${keep}${ind}<w:jc w:val="${JC[align]}"/>${runProperties(style)}</w:pPr>${run(text, style)}</w:p>`;
}

function paragraphs(block: ParagraphBlock): string {
  const style = { bold: block.bold === true, size: block.size ?? BODY_SIZE };
  return block.paragraph
    .split("\n")
    .map((line) => paragraph(line, block.align ?? "left", style, block.indent === true, block.keepWithNext))
    .join("");
}

/** Column widths in twips: proportional to `widths`, together exactly the text width. */
export function columnWidths(columns: number, widths: readonly number[] | undefined): number[] {
  const weights = Array.from({ length: columns }, (_, i) => {
    const w = widths?.[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  out[columns - 1] = TEXT_WIDTH - out.slice(0, -1).reduce((a, b) => a + b, 0);
  return out;
}

function table(block: TableBlock): string {
  const { header, rows, widths, borderless, align, compact } = block.table;
  const columns = tableColumns(block.table);
  const twips = columnWidths(columns, widths);
  const border = (side: string): string =>
    borderless
      ? `<w:${side} w:val="nil"/>`
      : `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  // A layout table keeps its text on the page margins (no side padding); a compact one has 1 mm.
  const side = borderless ? 0 : compact ? 57 : null;
  const margins =
    side === null
      ? ""
      : `<w:tblCellMar><w:left w:w="${side}" w:type="dxa"/><w:right w:w="${side}" w:type="dxa"/></w:tblCellMar>`;
  const props = `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders><w:tblLayout w:type="fixed"/>${margins}</w:tblPr>`;
  const grid = `<w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const row = (cells: readonly string[], isHeader: boolean, keepNext: boolean): string => {
    const style = { bold: isHeader, size: block.table.size ?? TABLE_SIZE };
    const tcs = twips.map(
      (w, i) =>
        `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${paragraph(cells[i] ?? "", isHeader ? "center" : (align?.[i] ?? "left"), style, false, keepNext)}</w:tc>`,
    );
    // A row is never split between pages; the header row repeats on each.
    return `<w:tr><w:trPr><w:cantSplit/>${isHeader ? "<w:tblHeader/>" : ""}</w:trPr>${tcs.join("")}</w:tr>`;
  };
  // Word and LibreOffice keep a row with the next one when its paragraphs are kept with the next:
  // the header with the first row, and every row but the last of a table kept together. A row repeated
  // for a list («Ознакомлены») is kept too: filled, its copies are rows but the last of the table.
  const headerRow = header.length > 0 ? row(header, true, true) : "";
  const keep = block.table.keepTogether === true;
  const body = rows.map((r, i) => row(r, false, keep && (i < rows.length - 1 || isRepeatedRow(r)))).join("");
  return `<w:tbl>${props}${grid}${headerRow}${body}</w:tbl>`;
}

/** A row written by `loopRow`: the list opens in its first cell and closes in its last. */
function isRepeatedRow(cells: readonly string[]): boolean {
  const list = /^\{\{#([^}]+)\}\}/.exec(cells[0] ?? "")?.[1];
  return list !== undefined && cells.length > 1 && (cells[cells.length - 1] ?? "").endsWith(`{{/${list}}}`);
}

const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** The body XML of blocks (without the section properties). */
export function blocksToBodyXml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if ("paragraph" in block) return paragraphs(block);
      if ("table" in block) return table(block);
      return PAGE_BREAK;
    })
    .join("");
}

/** A complete .docx (A4, Times New Roman 14, tables 12) holding the blocks, tags left as written. */
export function writeDocxTemplate(blocks: readonly Block[]): Uint8Array {
  const zip = new PizZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELS);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/document.xml", documentXml(blocksToBodyXml(blocks)));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
