import type { CallLog, Implements } from "./calls";
import { SheetCharts } from "./charts";
import { formatInZone, instantAt, wallClock } from "./timeZones";

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Value = string | number | boolean | Date;

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const DEFAULT_WIDTH = 100;

export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;
export const DataValidationCriteria = { VALUE_IN_LIST: "VALUE_IN_LIST" } as const;

/** The zone of a new spreadsheet here: the manifest's, so that tests opt in to a different one. */
export const DEFAULT_TIME_ZONE = "Europe/Moscow";
export const LOCALE = "ru_RU";
/** Number formats the fake gives a cell when it converts a typed text, as Sheets does automatically. */
export const FORMATS = {
  date: "dd.MM.yyyy",
  time: "H:mm:ss",
  dateTime: "dd.MM.yyyy H:mm:ss",
  percent: "0%",
} as const;

/**
 * A date typed as «d.m» or «d.m.y» in a Russian-locale spreadsheet, if it is one: midnight of that day
 * on the spreadsheet's wall clock (a spreadsheet stores wall-clock times in its own time zone).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 */
function typedDate(text: string, zone: string): Date | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(text);
  if (!match) return undefined;
  const [day, month] = [Number(match[1]), Number(match[2])];
  const year = match[3] === undefined ? wallClock(zone, Date.now()).year : Number(match[3]);
  const fullYear = year < 100 ? 2000 + year : year;
  const check = new Date(Date.UTC(fullYear, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  return instantAt(zone, fullYear, month, day);
}

interface Interpreted {
  value: Value;
  formula?: string;
  /** The number format Sheets gives the cell for what was typed. */
  format?: string;
}

/**
 * What a Russian-locale spreadsheet does with a written string, as if typed: «'» forces text (and is
 * hidden); «=», «+», «-» start a formula; numbers («12», «0012», «1,5»), percents («5%» → 0.05), times
 * («14:00» → that time on 30.12.1899) and dates («1.05», «01.09.2026») — both on the spreadsheet's wall
 * clock — and booleans («TRUE», «ИСТИНА») are converted.
 */
function interpret(value: unknown, zone: string): Interpreted {
  if (value === null || value === undefined) return { value: "" };
  if (typeof value !== "string") return { value: value as Value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  const text = value.trim();
  if (/^(true|истина)$/i.test(text)) return { value: true };
  if (/^(false|ложь)$/i.test(text)) return { value: false };
  const percent = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(text);
  if (percent) return { value: Number(percent[1]!.replace(",", ".")) / 100, format: FORMATS.percent };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60)
    return {
      value: instantAt(zone, 1899, 12, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)),
      format: FORMATS.time,
    };
  const date = typedDate(text, zone);
  if (date) return { value: date, format: FORMATS.date };
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return { value: Number(text.replace(",", ".")) };
  if (/^[=+-]/.test(value)) return { value: "#ERROR!", formula: value.startsWith("=") ? value : `=${value}` };
  return { value };
}

/**
 * A cell as `getDisplayValues` shows it in a ru_RU spreadsheet: numbers with a decimal comma, booleans
 * as «ИСТИНА»/«ЛОЖЬ», dates and times by the cell's format on the spreadsheet's wall clock (a Date
 * written by a script without a format shows date and time).
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
 */
export function displayOf(value: Value, format: string | undefined, zone: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof value === "number") {
    const shown = format === FORMATS.percent ? Math.round(value * 1e10) / 1e8 : value;
    return `${String(shown).replace(".", ",")}${format === FORMATS.percent ? "%" : ""}`;
  }
  return formatInZone(value, zone, format ?? FORMATS.dateTime);
}

export class FakeDataValidation
  implements Implements<DataValidation, "getCriteriaValues" | "getAllowInvalid" | "getHelpText">
{
  constructor(
    readonly values: string[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaValues(): unknown[] {
    return [this.values, true];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder
  implements
    Implements<DataValidationBuilder, "requireValueInList" | "setAllowInvalid" | "setHelpText" | "build">
{
  private values: string[] = [];
  private allowInvalid = true;
  private helpText = "";
  requireValueInList(values: string[]): DataValidationBuilder {
    this.values = [...values];
    return this as unknown as DataValidationBuilder;
  }
  setAllowInvalid(allowInvalid: boolean): DataValidationBuilder {
    this.allowInvalid = allowInvalid;
    return this as unknown as DataValidationBuilder;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = helpText;
    return this as unknown as DataValidationBuilder;
  }
  build(): DataValidation {
    return new FakeDataValidation(this.values, this.allowInvalid, this.helpText) as unknown as DataValidation;
  }
}

interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function covers(outer: Area, inner: Area): boolean {
  return (
    outer.row <= inner.row &&
    outer.column <= inner.column &&
    outer.row + outer.rows >= inner.row + inner.rows &&
    outer.column + outer.columns >= inner.column + inner.columns
  );
}

function intersects(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export class FakeProtection
  implements Implements<Protection, "setDescription" | "getDescription" | "setWarningOnly" | "isWarningOnly">
{
  private description = "";
  private warningOnly = false;
  constructor(readonly area: Area) {}
  setDescription(description: string): Protection {
    this.description = description;
    return this as unknown as Protection;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this as unknown as Protection;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
}

export class FakeRange
  implements
    Implements<
      Range,
      | "getValues"
      | "getDisplayValues"
      | "setValues"
      | "getValue"
      | "setValue"
      | "getNotes"
      | "setNotes"
      | "setFontWeight"
      | "setBackground"
      | "setWrap"
      | "setVerticalAlignment"
      | "setDataValidation"
      | "getDataValidation"
      | "protect"
      | "getRow"
      | "getColumn"
      | "getNumRows"
      | "getNumColumns"
      | "getSheet"
      | "merge"
      | "getMergedRanges"
    >
{
  constructor(
    private readonly sheet: FakeSheet,
    readonly area: Area,
  ) {}

  private get self(): Range {
    return this as unknown as Range;
  }

  private record(method: string): void {
    this.sheet.calls.record(`Range.${method}`, this.sheet.getName());
  }

  private forEachCell(visit: (row: number, column: number, r: number, c: number) => void): void {
    for (let r = 0; r < this.area.rows; r++)
      for (let c = 0; c < this.area.columns; c++) visit(this.area.row + r, this.area.column + c, r, c);
  }

  getSheet(): Sheet {
    return this.sheet as unknown as Sheet;
  }
  getRow(): number {
    return this.area.row;
  }
  getColumn(): number {
    return this.area.column;
  }
  getNumRows(): number {
    return this.area.rows;
  }
  getNumColumns(): number {
    return this.area.columns;
  }

  getValues(): unknown[][] {
    this.record("getValues");
    return Array.from({ length: this.area.rows }, (_, r) =>
      Array.from({ length: this.area.columns }, (_, c) =>
        this.sheet.valueAt(this.area.row + r, this.area.column + c),
      ),
    );
  }

  getDisplayValues(): string[][] {
    this.record("getDisplayValues");
    return Array.from({ length: this.area.rows }, (_, r) =>
      Array.from({ length: this.area.columns }, (_, c) =>
        this.sheet.displayAt(this.area.row + r, this.area.column + c),
      ),
    );
  }

  setValues(values: unknown[][]): Range {
    this.record("setValues");
    if (values.length !== this.area.rows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.area.rows}.`,
      );
    for (const row of values)
      if (row.length !== this.area.columns)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.area.columns}.`,
        );
    this.forEachCell((row, column, r, c) => this.sheet.store(row, column, values[r]?.[c]));
    return this.self;
  }

  getValue(): unknown {
    this.record("getValue");
    return this.sheet.valueAt(this.area.row, this.area.column);
  }

  setValue(value: unknown): Range {
    this.record("setValue");
    this.sheet.store(this.area.row, this.area.column, value);
    return this.self;
  }

  getNotes(): string[][] {
    this.record("getNotes");
    return Array.from({ length: this.area.rows }, (_, r) =>
      Array.from(
        { length: this.area.columns },
        (_, c) => this.sheet.notes.get(`${this.area.row + r},${this.area.column + c}`) ?? "",
      ),
    );
  }

  setNotes(notes: unknown[][]): Range {
    this.record("setNotes");
    if (notes.length !== this.area.rows || notes.some((row) => row.length !== this.area.columns))
      throw new Error("The number of rows or columns in the data does not match the range.");
    this.forEachCell((row, column, r, c) => {
      const note = String(notes[r]?.[c] ?? "");
      if (note) this.sheet.notes.set(`${row},${column}`, note);
      else this.sheet.notes.delete(`${row},${column}`);
    });
    return this.self;
  }

  private style(property: string, value: unknown): Range {
    this.record(`set${property}`);
    this.forEachCell((row, column) => {
      const key = `${row},${column}`;
      this.sheet.styles.set(key, { ...this.sheet.styles.get(key), [property]: value });
    });
    return this.self;
  }

  setFontWeight(fontWeight: string | null): Range {
    return this.style("FontWeight", fontWeight);
  }
  setBackground(color: string | null): Range {
    return this.style("Background", color);
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.style("Wrap", isWrapEnabled);
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this.style("VerticalAlignment", alignment);
  }

  setDataValidation(rule: DataValidation | null): Range {
    this.record("setDataValidation");
    this.sheet.validations = this.sheet.validations.filter((entry) => !covers(this.area, entry.area));
    if (rule) this.sheet.validations.push({ area: this.area, rule: rule as unknown as FakeDataValidation });
    return this.self;
  }

  getDataValidation(): DataValidation | null {
    this.record("getDataValidation");
    const rule = this.sheet.validationAt(this.area.row, this.area.column);
    return (rule ?? null) as unknown as DataValidation | null;
  }

  /**
   * Range.merge(): the cells become one block; as in Sheets, only the top-left value is kept
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#merge). Merging over part of
   * another block fails as it does there.
   */
  merge(): Range {
    this.record("merge");
    if (this.sheet.merged.some((block) => intersects(block, this.area) && !covers(this.area, block)))
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    this.sheet.merged = this.sheet.merged.filter((block) => !covers(this.area, block));
    this.forEachCell((row, column) => {
      if (row !== this.area.row || column !== this.area.column) this.sheet.store(row, column, "");
    });
    this.sheet.merged.push({ ...this.area });
    return this.self;
  }

  /**
   * Range.getMergedRanges(): every merged block that lies in the range or has at least one cell in it
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges).
   */
  getMergedRanges(): Range[] {
    this.record("getMergedRanges");
    return this.sheet.merged
      .filter((block) => intersects(block, this.area))
      .map((block) => new FakeRange(this.sheet, { ...block }) as unknown as Range);
  }

  protect(): Protection {
    this.record("protect");
    const protection = new FakeProtection(this.area);
    this.sheet.protections.push(protection);
    return protection as unknown as Protection;
  }
}

export class FakeSheet
  implements
    Implements<
      Sheet,
      | "getName"
      | "setName"
      | "getLastRow"
      | "getLastColumn"
      | "getMaxRows"
      | "getMaxColumns"
      | "insertRowsAfter"
      | "insertColumnsAfter"
      | "deleteColumn"
      | "getRange"
      | "getDataRange"
      | "getFrozenRows"
      | "setFrozenRows"
      | "setColumnWidth"
      | "getColumnWidth"
      | "getProtections"
      | "getFormUrl"
      | "getSheetId"
      | "newChart"
      | "insertChart"
      | "getCharts"
      | "updateChart"
      | "removeChart"
    >
{
  /** Embedded charts (see ./charts). */
  readonly embedded = new SheetCharts();
  /** Row-major values, 1-based positions stored at [row-1][column-1]; only the used part exists. */
  private cells: Value[][] = [];
  readonly formulas = new Map<string, string>();
  /** Number formats by «row,column», set when a typed text was converted. */
  readonly formats = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly styles = new Map<string, Record<string, unknown>>();
  readonly widths = new Map<number, number>();
  validations: { area: Area; rule: FakeDataValidation }[] = [];
  /** Merged blocks (`Range.merge`). */
  merged: Area[] = [];
  readonly protections: FakeProtection[] = [];
  /** The form that sends its responses here (set by the fake FormApp's `setDestination`). */
  formUrl: string | null = null;
  private frozenRows = 0;
  private maxRows = DEFAULT_ROWS;
  private maxColumns = DEFAULT_COLUMNS;

  /** A sheet's ID stays when it is renamed (the `gid` of its address). */
  readonly sheetId: number;

  constructor(
    private name: string,
    readonly calls: CallLog,
    /** The spreadsheet's time zone, which it reads typed dates in and shows dates in. */
    readonly zone: () => string = () => DEFAULT_TIME_ZONE,
  ) {
    FakeSheet.created++;
    this.sheetId = 1000 + FakeSheet.created;
  }
  private static created = 0;

  getSheetId(): number {
    return this.sheetId;
  }

  private get self(): Sheet {
    return this as unknown as Sheet;
  }

  valueAt(row: number, column: number): Value {
    return this.cells[row - 1]?.[column - 1] ?? "";
  }

  displayAt(row: number, column: number): string {
    return displayOf(this.valueAt(row, column), this.formats.get(`${row},${column}`), this.zone());
  }

  store(row: number, column: number, raw: unknown): void {
    const { value, formula, format } = interpret(raw, this.zone());
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1]!;
    while (cells.length < column) cells.push("");
    cells[column - 1] = value;
    const key = `${row},${column}`;
    if (formula) this.formulas.set(key, formula);
    else this.formulas.delete(key);
    // A typed value gets its automatic format; a script's value keeps the cell's format.
    if (format) this.formats.set(key, format);
  }

  validationAt(row: number, column: number): FakeDataValidation | undefined {
    const area = { row, column, rows: 1, columns: 1 };
    return [...this.validations].reverse().find((entry) => covers(entry.area, area))?.rule;
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): Sheet {
    this.calls.record("Sheet.setName", name);
    this.name = name;
    return this.self;
  }

  getLastRow(): number {
    for (let r = this.cells.length; r > 0; r--)
      if (this.cells[r - 1]!.some((value) => value !== "")) return r;
    return 0;
  }

  getLastColumn(): number {
    let last = 0;
    for (const row of this.cells)
      for (let c = row.length; c > last; c--)
        if (row[c - 1] !== "") {
          last = c;
          break;
        }
    return last;
  }

  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.calls.record("Sheet.insertRowsAfter", this.name);
    if (afterPosition !== this.maxRows) throw new Error("Fake supports inserting rows at the end only.");
    this.maxRows += howMany;
    return this.self;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.calls.record("Sheet.insertColumnsAfter", this.name);
    if (afterPosition !== this.maxColumns)
      throw new Error("Fake supports inserting columns at the end only.");
    this.maxColumns += howMany;
    return this.self;
  }

  /** As in Sheets: the column disappears and everything to its right moves one column left. */
  deleteColumn(columnPosition: number): Sheet {
    this.calls.record("Sheet.deleteColumn", this.name);
    for (const row of this.cells) if (row.length >= columnPosition) row.splice(columnPosition - 1, 1);
    this.maxColumns -= 1;
    return this.self;
  }

  getRange(rowOrA1: number | string, columnArg?: number, numRows = 1, numColumns = 1): Range {
    this.calls.record("Sheet.getRange", this.name);
    if (typeof rowOrA1 === "string") return this.rangeFromA1(rowOrA1);
    const row = rowOrA1;
    const column = columnArg ?? Number.NaN;
    if ([row, column, numRows, numColumns].some((n) => !Number.isInteger(n)) || row < 1 || column < 1)
      throw new Error(`Exception: Range not found (${row}, ${column}, ${numRows}, ${numColumns})`);
    if (numRows < 1 || numColumns < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns)
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    return new FakeRange(this, { row, column, rows: numRows, columns: numColumns }) as unknown as Range;
  }

  private rangeFromA1(a1: string): Range {
    const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
    if (!match) throw new Error(`Range not found: ${a1}`);
    const toColumn = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(match[2]);
    const column = toColumn(match[1]!);
    const lastRow = match[4] ? Number(match[4]) : row;
    const lastColumn = match[3] ? toColumn(match[3]) : column;
    return this.getRange(row, column, lastRow - row + 1, lastColumn - column + 1);
  }

  getDataRange(): Range {
    return this.getRange(1, 1, Math.max(this.getLastRow(), 1), Math.max(this.getLastColumn(), 1));
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.embedded.newChart();
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.calls.record("Sheet.insertChart", this.name);
    this.embedded.insert(chart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.embedded.all();
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.calls.record("Sheet.updateChart", this.name);
    this.embedded.update(chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.calls.record("Sheet.removeChart", this.name);
    this.embedded.remove(chart);
  }

  getFormUrl(): string | null {
    return this.formUrl;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.calls.record("Sheet.setFrozenRows", this.name);
    this.frozenRows = rows;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.calls.record("Sheet.setColumnWidth", this.name);
    this.widths.set(columnPosition, width);
    return this.self;
  }
  getColumnWidth(columnPosition: number): number {
    return this.widths.get(columnPosition) ?? DEFAULT_WIDTH;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    this.calls.record("Sheet.getProtections", this.name);
    return (type === (ProtectionType.RANGE as unknown)
      ? [...this.protections]
      : []) as unknown as Protection[];
  }

  /** Everything a person would see, for before/after comparisons in tests. */
  snapshot(): unknown {
    return {
      name: this.name,
      values: this.cells.slice(0, this.getLastRow()).map((row) => row.slice(0, this.getLastColumn())),
      formulas: [...this.formulas],
      notes: [...this.notes].sort(),
      styles: [...this.styles].sort(),
      widths: [...this.widths].sort(),
      frozenRows: this.frozenRows,
      validations: this.validations.map((entry) => ({ area: entry.area, values: entry.rule.values })),
      merged: this.merged.map((block) => ({ ...block })),
      protections: this.protections.map((p) => ({
        area: p.area,
        d: p.getDescription(),
        w: p.isWarningOnly(),
      })),
      size: [this.maxRows, this.maxColumns],
    };
  }
}

/** The ranges a user selected (ctrl-click gives several). */
export class FakeRangeList implements Implements<GoogleAppsScript.Spreadsheet.RangeList, "getRanges"> {
  constructor(private readonly ranges: readonly FakeRange[]) {}
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.ranges] as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }
}

export class FakeSpreadsheet
  implements
    Implements<
      Spreadsheet,
      | "getSheets"
      | "getSheetByName"
      | "insertSheet"
      | "getNumSheets"
      | "toast"
      | "getId"
      | "getUrl"
      | "getName"
      | "getSpreadsheetTimeZone"
      | "setSpreadsheetTimeZone"
      | "getSpreadsheetLocale"
      | "getOwner"
      | "getEditors"
    >
{
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  /** What the coordinator has selected: a sheet and 1-based row spans. */
  selection: { sheet: string; rows: [number, number][] } | undefined;

  /** «Файл → Настройки → Часовой пояс»; see `getSpreadsheetTimeZone`. */
  timeZone = DEFAULT_TIME_ZONE;
  /** Who owns the file, and who else may edit it (sharing). */
  owner = "zam@school.example";
  readonly editors: string[] = [];

  constructor(
    readonly calls: CallLog,
    readonly id = "spreadsheet-1",
    private readonly title = "Наставничество",
  ) {}

  /**
   * The zone the spreadsheet reads typed dates in and shows dates in — not the script's
   * (`Session.getScriptTimeZone()`), which Dates in the script follow.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
   */
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** Changing the zone keeps the wall-clock times, as Sheets does; the fake only changes new readings. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return LOCALE;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors() — owner included. */
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.owner, ...this.editors].map(userOf);
  }
  getOwner(): GoogleAppsScript.Base.User {
    return userOf(this.owner);
  }

  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getName(): string {
    return this.title;
  }

  getSheets(): Sheet[] {
    return [...this.sheets] as unknown as Sheet[];
  }

  getSheetByName(name: string): Sheet | null {
    return (this.sheets.find((sheet) => sheet.getName() === name) ?? null) as unknown as Sheet | null;
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  insertSheet(nameOrIndex?: unknown, index?: unknown): Sheet {
    const sheetName = typeof nameOrIndex === "string" ? nameOrIndex : `Лист${this.sheets.length + 1}`;
    const sheetIndex =
      typeof nameOrIndex === "number" ? nameOrIndex : typeof index === "number" ? index : this.sheets.length;
    this.calls.record("Spreadsheet.insertSheet", sheetName);
    if (this.sheets.some((sheet) => sheet.getName() === sheetName))
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    if (sheetIndex < 0 || sheetIndex > this.sheets.length) throw new Error("Invalid sheet index.");
    const sheet = new FakeSheet(sheetName, this.calls, () => this.timeZone);
    this.sheets.splice(sheetIndex, 0, sheet);
    return sheet as unknown as Sheet;
  }

  deleteSheet(sheet: Sheet): void {
    this.calls.record("Spreadsheet.deleteSheet", sheet.getName());
    const index = this.sheets.indexOf(sheet as unknown as FakeSheet);
    if (index < 0) throw new Error("Exception: Sheet not found.");
    this.sheets.splice(index, 1);
  }

  getActiveSheet(): Sheet {
    const name = this.selection?.sheet;
    return (this.sheets.find((sheet) => sheet.getName() === name) ?? this.sheets[0]) as unknown as Sheet;
  }

  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList | null {
    const selection = this.selection;
    if (!selection) return null;
    const sheet = this.sheet(selection.sheet);
    const ranges = selection.rows.map(
      ([first, last]) => sheet.getRange(first, 1, last - first + 1, 1) as unknown as FakeRange,
    );
    return new FakeRangeList(ranges) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  /** Whether the current execution is a trigger's (set by the world). */
  inTrigger: () => boolean = () => false;
  /** Toasts asked for by a trigger's execution: nobody sees them (there is no open editor to show them in). */
  readonly triggerToasts: { message: string; title: string }[] = [];

  toast(msg: string, title?: string): void {
    (this.inTrigger() ? this.triggerToasts : this.toasts).push({ message: msg, title: title ?? "" });
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.getName() === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  snapshot(): unknown {
    return this.sheets.map((sheet) => sheet.snapshot());
  }
}

/** A Base.User of an e-mail address. */
export function userOf(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email } as unknown as GoogleAppsScript.Base.User;
}
