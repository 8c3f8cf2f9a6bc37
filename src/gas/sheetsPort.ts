import type { CellArea } from "../core/a1";
import type { Cell, Grid } from "../core/cell";
import { type Highlight, isOurHighlight } from "../core/highlights/highlightRules";
import { mergedWriteProblem } from "../core/merges";
import type { SheetLayout, WorkbookPort } from "../core/ports";
import { type SheetClock, sheetClock } from "./sheetClock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = "#e8eef7";

/** Already made text by core (`escapeFormula`): an apostrophe before a formula character. */
const ESCAPED = /^'[=+\-@]/;
/** «=…», «+…», «-…», «@…» are read as formulas; a leading apostrophe would be taken as the text marker. */
const STARTERS = /^[=+\-@']/;
const BOOLEAN = /^\s*(true|false|истина|ложь)\s*$/iu;
/** Words Sheets reads in dates and times: month names (English and Russian) and their abbreviations. */
const MONTH_WORDS =
  /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\p{L}*/giu;

/**
 * Whether Sheets would read the string as something other than text: a number («12», «0012», «1,5»,
 * «1e5», a long row of digits), a percent («5%»), a currency, a date («1.05», «01.09.2026», «1 мая»), a
 * time («14:00», «2 pm»), a boolean («TRUE», «ИСТИНА»). Erring on the side of «yes» costs nothing.
 */
function readAsValue(text: string): boolean {
  if (BOOLEAN.test(text)) return true;
  if (!/\d/.test(text)) return false;
  const rest = text
    .replace(MONTH_WORDS, "")
    .replace(/(^|[^a-z])(am|pm)(?![a-z])/giu, "$1")
    .replace(/(\d)e(?=[+-]?\d)/giu, "$1");
  return !/\p{L}/u.test(rest);
}

/**
 * Sheets parses a written string as if typed: formulas, numbers, dates, times, percents, booleans. A
 * leading apostrophe keeps it text, and Sheets hides the apostrophe and returns the text without it, so
 * every string that Sheets would not keep as it is gets one.
 */
export function asText(value: Cell): Cell {
  if (typeof value !== "string" || value === "" || ESCAPED.test(value)) return value;
  return STARTERS.test(value) || readAsValue(value) ? `'${value}` : value;
}

/** Marks a protection as ours, so that setup recognises it on the next run. */
export function protectionDescription(sheet: string, key: string): string {
  return `Наставничество: ${sheet} / ${key} — заполняется автоматически`;
}

/** What the port knows of a sheet's size: read once, then kept up to date by its own writes. */
interface Extent {
  lastRow?: number;
  maxRows?: number;
  maxColumns?: number;
  /** Merged blocks: nothing here merges cells, so they are read once. */
  merged?: readonly CellArea[];
}

/**
 * WorkbookPort over the bound spreadsheet; every method costs a fixed number of service calls, and
 * what one call told (the sheets and their names, a sheet's size) is not asked again: one instance
 * serves one locked piece of work, during which nobody else changes the spreadsheet.
 */
export class SheetsPort implements WorkbookPort {
  private readonly sheets = new Map<string, Sheet | null>();
  private names: string[] | null = null;
  private readonly extents = new Map<string, Extent>();
  private zoneClock: SheetClock | undefined;

  /** Dates are read and written on the spreadsheet's wall clock (see SheetClock). */
  constructor(
    private readonly spreadsheet: Spreadsheet,
    clock?: SheetClock,
  ) {
    this.zoneClock = clock;
  }

  private get clock(): SheetClock {
    this.zoneClock ??= sheetClock(this.spreadsheet);
    return this.zoneClock;
  }

  private readGrid(values: unknown[][]): Grid {
    return values.map((row) => row.map((cell) => this.clock.read(cell)));
  }

  private lookup(name: string): Sheet | null {
    let sheet = this.sheets.get(name);
    if (sheet === undefined) {
      sheet = this.names ? null : this.spreadsheet.getSheetByName(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  private sheet(name: string): Sheet {
    const sheet = this.lookup(name);
    if (!sheet) throw new Error(`Нет листа «${name}». Выполните «Наставничество → Настроить таблицу».`);
    return sheet;
  }

  private extent(name: string): Extent {
    let extent = this.extents.get(name);
    if (!extent) {
      extent = {};
      this.extents.set(name, extent);
    }
    return extent;
  }

  private lastRow(name: string): number {
    const extent = this.extent(name);
    extent.lastRow ??= this.sheet(name).getLastRow();
    return extent.lastRow;
  }

  sheetNames(): string[] {
    if (!this.names) {
      const sheets = this.spreadsheet.getSheets();
      this.names = sheets.map((sheet) => sheet.getName());
      this.sheets.clear();
      for (const [index, name] of this.names.entries()) this.sheets.set(name, sheets[index] ?? null);
    }
    return [...this.names];
  }

  hasSheet(name: string): boolean {
    return this.lookup(name) !== null;
  }

  readHeader(name: string): Cell[] {
    const sheet = this.sheet(name);
    const width = sheet.getLastColumn();
    if (width === 0) return [];
    return this.readGrid(sheet.getRange(1, 1, 1, width).getValues())[0] ?? [];
  }

  readAll(name: string): Grid {
    // An empty sheet's data range is A1 alone, holding "": two calls either way, no getLastRow.
    const grid = this.readGrid(this.sheet(name).getDataRange().getValues());
    const empty = grid.length === 1 && (grid[0] ?? []).every((cell) => cell === "");
    this.extent(name).lastRow = empty ? 0 : grid.length;
    return empty ? [] : grid;
  }

  createSheet(name: string, position: number): void {
    const count = this.names?.length ?? this.spreadsheet.getNumSheets();
    const sheet = this.spreadsheet.insertSheet(name, Math.min(position, count));
    this.names?.splice(Math.min(position, count), 0, name);
    this.sheets.set(name, sheet);
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    sheet.setName(to);
    this.sheets.set(from, null);
    this.sheets.set(to, sheet);
    if (this.names) this.names = this.names.map((name) => (name === from ? to : name));
    this.extents.delete(from);
  }

  /** One `getMergedRanges` over the whole sheet: it returns every block that has a cell in the range. */
  mergedRanges(name: string): readonly CellArea[] {
    const extent = this.extent(name);
    if (extent.merged) return extent.merged;
    const sheet = this.sheet(name);
    extent.maxRows ??= sheet.getMaxRows();
    extent.maxColumns ??= sheet.getMaxColumns();
    extent.merged = sheet
      .getRange(1, 1, extent.maxRows, extent.maxColumns)
      .getMergedRanges()
      .map((range) => ({
        row: range.getRow() - 1,
        column: range.getColumn() - 1,
        rows: range.getNumRows(),
        columns: range.getNumColumns(),
      }));
    return extent.merged;
  }

  /** Sheets keeps only the top-left value of a merged block: a write into one is refused. */
  write(name: string, row: number, column: number, values: Grid): void {
    const height = values.length;
    const width = values[0]?.length ?? 0;
    if (height === 0 || width === 0) return;
    const problem = mergedWriteProblem(name, this.mergedRanges(name), [{ row, column, values }]);
    if (problem !== null) throw new Error(problem);
    const sheet = this.sheet(name);
    const extent = this.extent(name);
    extent.maxRows ??= sheet.getMaxRows();
    if (row + height > extent.maxRows) {
      sheet.insertRowsAfter(extent.maxRows, row + height - extent.maxRows);
      extent.maxRows = row + height;
    }
    extent.maxColumns ??= sheet.getMaxColumns();
    if (column + width > extent.maxColumns) {
      sheet.insertColumnsAfter(extent.maxColumns, column + width - extent.maxColumns);
      extent.maxColumns = column + width;
    }
    sheet
      .getRange(row + 1, column + 1, height, width)
      .setValues(values.map((cells) => cells.map((cell) => asText(this.clock.write(cell)))));
    if (extent.lastRow !== undefined) extent.lastRow = Math.max(extent.lastRow, row + height);
  }

  appendRows(name: string, rows: Grid): void {
    this.write(name, this.lastRow(name), 0, rows);
  }

  applyLayout(name: string, layout: SheetLayout): void {
    const sheet = this.sheet(name);
    if (sheet.getFrozenRows() !== layout.frozenRows) sheet.setFrozenRows(layout.frozenRows);
    if (layout.headerWidth === 0) return;
    const header = sheet.getRange(1, 1, layout.frozenRows, layout.headerWidth);
    header
      .setFontWeight("bold")
      .setBackground(HEADER_BACKGROUND)
      .setWrap(true)
      .setVerticalAlignment("middle");
    this.applyNotes(sheet, layout);
    if (layout.highlights) applyHighlights(sheet, layout.highlights);
    const dataRows = Math.max(sheet.getMaxRows() - layout.frozenRows, 1);
    const protectedKeys = new Set(
      sheet
        .getProtections(SpreadsheetApp.ProtectionType.RANGE)
        .map((protection) => protection.getDescription()),
    );
    for (const column of layout.columns) {
      if (column.width !== undefined) sheet.setColumnWidth(column.index + 1, column.width);
      if (column.options) {
        const rule = SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.options], true)
          .setAllowInvalid(false)
          .setHelpText(`Выберите значение из списка: ${column.options.join(", ")}`)
          .build();
        sheet.getRange(layout.frozenRows + 1, column.index + 1, dataRows, 1).setDataValidation(rule);
      }
      const description = protectionDescription(name, column.key);
      if (column.generated && !protectedKeys.has(description)) {
        sheet
          .getRange(1, column.index + 1, sheet.getMaxRows(), 1)
          .protect()
          .setDescription(description)
          .setWarningOnly(true);
      }
    }
  }

  /** Header notes in one read and one write, keeping notes on the coordinator's own columns. */
  private applyNotes(sheet: Sheet, layout: SheetLayout): void {
    const range = sheet.getRange(1, 1, 1, layout.headerWidth);
    const current = range.getNotes()[0] ?? [];
    const notes = Array.from({ length: layout.headerWidth }, (_, index) => current[index] ?? "");
    for (const column of layout.columns) if (column.note) notes[column.index] = column.note;
    if (notes.some((note, index) => note !== (current[index] ?? ""))) range.setNotes([notes]);
  }
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === "string" && isOurHighlight(formula);
}

/**
 * The sheet's conditional formatting in one read and one write: our earlier rules are replaced, the
 * coordinator's own are kept and come first (Sheets applies the first rule that holds). Our ranges run
 * to the sheet's last row.
 */
function applyHighlights(sheet: Sheet, highlights: readonly Highlight[]): void {
  const theirs = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule));
  const maxRows = sheet.getMaxRows();
  const ours = highlights
    .filter((highlight) => highlight.row < maxRows)
    .map((highlight) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=${highlight.formula}`)
        .setBackground(highlight.fill)
        .setRanges([
          sheet.getRange(highlight.row + 1, highlight.column + 1, maxRows - highlight.row, highlight.columns),
        ])
        .build(),
    );
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}
