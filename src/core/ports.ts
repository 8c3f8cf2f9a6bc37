import type { CellArea } from "./a1";
import type { Cell, Grid } from "./cell";
import type { Highlight } from "./highlights/highlightRules";

/** How one schema column should look in the sheet, at its actual position. */
export interface ColumnLayout {
  /** 0-based position in the sheet. */
  readonly index: number;
  readonly key: string;
  /** Set only for columns created by this run, so that a coordinator's own widths survive. */
  readonly width?: number;
  readonly options?: readonly string[];
  readonly generated: boolean;
  readonly note?: string;
}

export interface SheetLayout {
  readonly frozenRows: number;
  /** Number of header cells to style (the sheet's whole header, user columns included). */
  readonly headerWidth: number;
  readonly columns: readonly ColumnLayout[];
  /**
   * The sheet's conditional formatting: our rules replace our earlier ones and the coordinator's own stay.
   * Absent: the sheet's conditional formatting is left as it is.
   */
  readonly highlights?: readonly Highlight[];
}

/**
 * The spreadsheet as the use cases see it: Google Sheets in Apps Script, an .xlsx file offline.
 * Rows and columns are 0-based here; adapters translate. Every method is one batched operation.
 */
export interface WorkbookPort {
  sheetNames(): string[];
  /**
   * Whether the sheet exists; when absent, core's `hasSheet` (sheets.ts) asks `sheetNames`. An adapter whose names
   * cost a call per sheet (Google Sheets) answers it with one lookup.
   */
  hasSheet?(sheet: string): boolean;
  /** The first row of a sheet, up to its last used column. */
  readHeader(sheet: string): Cell[];
  /** All values of the sheet's used range, starting at A1. */
  readAll(sheet: string): Grid;
  /** Adds an empty sheet at the given tab position. */
  createSheet(name: string, position: number): void;
  renameSheet(from: string, to: string): void;
  /** The sheet's merged blocks of cells (one batched read); `write` refuses to write into them. */
  mergedRanges(sheet: string): readonly CellArea[];
  /**
   * Writes a rectangular block whose top-left cell is (row, column); grows the sheet if needed. Throws,
   * writing nothing, when the block touches merged cells (see core/merges.ts).
   */
  write(sheet: string, row: number, column: number, values: Grid): void;
  /** Appends rows after the last row that has content. */
  appendRows(sheet: string, rows: Grid): void;
  /** Applies frozen rows, header style, widths, dropdowns, notes and warning-only protection. */
  applyLayout(sheet: string, layout: SheetLayout): void;
}

/** Who is acting and when: the log and «Обновлено» columns need it, tests fix it. */
export interface Context {
  readonly now: Date;
  readonly user: string;
}
