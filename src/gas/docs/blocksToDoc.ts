import type { Align, Block } from "../../core/template/blocks";

type Body = GoogleAppsScript.Document.Body;

const FIRST_LINE_INDENT_PT = 35.4; // 1.25 cm, the usual indent of Russian official documents

function alignment(align: Align | undefined): GoogleAppsScript.Document.HorizontalAlignment {
  const { HorizontalAlignment } = DocumentApp;
  if (align === "center") return HorizontalAlignment.CENTER;
  if (align === "right") return HorizontalAlignment.RIGHT;
  if (align === "justify") return HorizontalAlignment.JUSTIFY;
  return HorizontalAlignment.LEFT;
}

/**
 * Writes a default template into an empty Google Doc: paragraphs with their alignment, weight, size
 * and indent, tables with a bold header row (borderless where the layout asks), page breaks.
 */
export function writeBlocks(body: Body, blocks: readonly Block[]): void {
  const placeholder = body.getNumChildren() === 1 ? body.getChild(0) : undefined;
  for (const block of blocks) {
    if ("paragraph" in block) {
      for (const line of block.paragraph.split("\n")) {
        const paragraph = body.appendParagraph(line).setAlignment(alignment(block.align));
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
      const table = body.appendTable(cells);
      if (borderless) table.setBorderWidth(0);
      if (header.length) table.getRow(0).editAsText().setBold(true);
    } else {
      body.appendPageBreak();
    }
  }
  // A new Doc starts with one empty paragraph; the template begins with its own first block instead.
  if (placeholder && placeholder.asParagraph().getText() === "" && body.getNumChildren() > 1)
    placeholder.removeFromParent();
}
