import type { Cell } from "../cell";

export type ColumnType = "text" | "integer" | "date" | "enum" | "email";

export interface ColumnSpec {
  /** Stable identifier used by code; never shown. */
  readonly key: string;
  /** The header cell, as the coordinator sees it. */
  readonly header: string;
  /** Older or alternative headers recognised as this column. */
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  /** For `enum` columns: the dropdown values. */
  readonly options?: readonly string[];
  /** Width in pixels (Google Sheets units; the xlsx adapter converts). */
  readonly width: number;
  /** Filled by Nastavnik; protected with a warning so that a manual edit is deliberate. */
  readonly generated?: boolean;
  /** Shown as the header's note: what goes in the column. */
  readonly note?: string;
}

export type SheetKind = "table" | "settings" | "log";

export interface SheetSchema {
  readonly key: string;
  readonly name: string;
  /** Former names a sheet is still recognised by. */
  readonly aliases?: readonly string[];
  readonly kind: SheetKind;
  readonly columns: readonly ColumnSpec[];
  readonly frozenRows: number;
  /** Rows a newly created (or still empty) sheet is filled with, in column order. */
  readonly seed?: (context: SeedContext) => Cell[][];
}

export interface SeedContext {
  /** Today, in the organisation's time zone. */
  readonly today: Date;
}

/** Header comparison that forgives case, spacing, «ё» and stray punctuation around the text. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

export function headersOf(schema: SheetSchema): string[] {
  return schema.columns.map((column) => column.header);
}
