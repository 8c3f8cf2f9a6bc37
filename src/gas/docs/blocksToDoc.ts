import type { Align, Block } from "../../core/template/blocks";

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;

const FIRST_LINE_INDENT_PT = 35.4; // 1.25 cm, the usual indent of Russian official documents

function alignment(align: Align | undefined): GoogleAppsScript.Document.HorizontalAlignment {
  const { HorizontalAlignment } = DocumentApp;
  if (align === "center") return HorizontalAlignment.CENTER;
  if (align === "right") return HorizontalAlignment.RIGHT;
  if (align === "justify") return HorizontalAlignment.JUSTIFY;
  return HorizontalAlignment.LEFT;
}

/** The empty paragraph right after `table`, when Docs added one. */
function paragraphAfter(body: Body, table: Table): Paragraph | undefined {
  const index = body.getChildIndex(table) + 1;
  if (index >= body.getNumChildren()) return undefined;
  const next = body.getChild(index);
  if (next.getType() !== DocumentApp.ElementType.PARAGRAPH) return undefined;
  const paragraph = next.asParagraph();
  return paragraph.getText() === "" ? paragraph : undefined;
}

/**
 * Writes a default template into an empty Google Doc: paragraphs with their alignment, weight, size
 * and indent, tables with a bold header row (borderless where the layout asks), page breaks.
 *
 * Docs ends a body with a paragraph: appending a table also appends an empty paragraph after it. That
 * paragraph takes the next line (or page break); before another table, or at the end, it stays, and
 * `docText` leaves it out — so the Doc reads as exactly the blocks, as `blocksToText` and the .docx do.
 */
export function writeBlocks(body: Body, blocks: readonly Block[]): void {
  const placeholder = body.getNumChildren() === 1 ? body.getChild(0) : undefined;
  /** The empty paragraph Docs added after the last table, while nothing has been written after it. */
  let trailing: Paragraph | undefined;
  for (const block of blocks) {
    if ("paragraph" in block) {
      for (const line of block.paragraph.split("\n")) {
        const paragraph = trailing ?? body.appendParagraph(line);
        if (trailing) trailing.setText(line);
        trailing = undefined;
        paragraph.setAlignment(alignment(block.align));
        if (block.indent) paragraph.setIndentFirstLine(FIRST_LINE_INDENT_PT);
        if (line && (block.bold || block.size)) {
          const text = paragraph.editAsText();
          if (block.bold) text.setBold(true);
          if (block.size) text.setFontSize(block.size);
        }
      }
    } else if ("table" in block) {
      const { header, rows, borderless } = block.table;
      const cells = [...(header.length ? [header] : []), ...rows].map((row) => [...row]);
      // After a table, Docs' empty paragraph stays between the two: Docs does not join tables.
      const table = body.appendTable(cells);
      if (borderless) table.setBorderWidth(0);
      if (header.length) table.getRow(0).editAsText().setBold(true);
      trailing = paragraphAfter(body, table);
    } else if (trailing) {
      trailing.appendPageBreak();
      trailing = undefined;
    } else {
      body.appendPageBreak();
    }
  }
  // A new Doc starts with one empty paragraph; the template begins with its own first block instead.
  if (placeholder && placeholder.asParagraph().getText() === "" && body.getNumChildren() > 1)
    placeholder.removeFromParent();
}
