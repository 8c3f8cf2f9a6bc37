/**
 * A neutral model of a document template, so that default templates ship as code and become a .docx
 * (src/node/docx) or a Google Doc alike. Texts may hold template tags; a table row may be a loop row
 * (see `loopRow`).
 */
export type Align = "left" | "center" | "right" | "justify";

export interface ParagraphBlock {
  /** «\n» starts a new paragraph with the same formatting. */
  readonly paragraph: string;
  /** Default: left. */
  readonly align?: Align;
  readonly bold?: boolean;
  /** Font size in points; default 14 (12 in tables). */
  readonly size?: number;
  /** First-line indent of 1.25 cm, as the running text of an order is set. */
  readonly indent?: boolean;
  /** Never the last line of a page: a heading, the text a signature follows. */
  readonly keepWithNext?: boolean;
}

export interface TableBlock {
  readonly table: {
    /** Bold header row, repeated on each page; empty for a table without one. */
    readonly header: readonly string[];
    readonly rows: readonly (readonly string[])[];
    /** Relative column widths (e.g. [1, 4, 4]); equal columns when absent. */
    readonly widths?: readonly number[];
    /** A layout table without borders: an order's date and number line, signature lines. */
    readonly borderless?: boolean;
    /** Alignment of each column's body cells; left when absent (the header row is centred). */
    readonly align?: readonly Align[];
    /** Font size in points; default 12. */
    readonly size?: number;
    /** Narrow cell padding (1 mm at the sides), for a table of many columns. */
    readonly compact?: boolean;
    /**
     * Its rows on one page (a signature block): every row but the last is kept with the next, the copies
     * of a loop row too — a list that ends the table may still run over pages. No row is split anyway.
     */
    readonly keepTogether?: boolean;
  };
}

export interface PageBreakBlock {
  readonly pageBreak: true;
}

export type Block = ParagraphBlock | TableBlock | PageBreakBlock;

/** A table row repeated for each element of `list`: `{{#list}}` opens the first cell, `{{/list}}` ends the last. */
export function loopRow(list: string, cells: readonly string[]): string[] {
  if (cells.length === 0) return [];
  const out = [...cells];
  out[0] = `{{#${list}}}${out[0]}`;
  out[out.length - 1] = `${out[out.length - 1]}{{/${list}}}`;
  return out;
}

/** Number of columns of a table: the widest of its header and rows. */
export function tableColumns(table: TableBlock["table"]): number {
  return Math.max(table.header.length, ...table.rows.map((row) => row.length), 1);
}

/**
 * The template text of blocks as renderers see a document: each paragraph ends with «\n», a table row is
 * its cells joined by «\t» and ended by «\n», a page break is an empty paragraph. This is the text to
 * validate and to render with `renderText`.
 */
export function blocksToText(blocks: readonly Block[]): string {
  let out = "";
  for (const block of blocks) {
    if ("paragraph" in block) {
      out += `${block.paragraph}\n`;
    } else if ("table" in block) {
      const columns = tableColumns(block.table);
      const rows =
        block.table.header.length > 0 ? [block.table.header, ...block.table.rows] : block.table.rows;
      for (const row of rows) {
        out += `${Array.from({ length: columns }, (_, i) => row[i] ?? "").join("\t")}\n`;
      }
    } else {
      out += "\n";
    }
  }
  return out;
}
