import type ExcelJS from "exceljs";
import type { CellArea } from "../../core/a1";
import type { Cell, Grid } from "../../core/cell";
import { type Highlight, isOurHighlight } from "../../core/highlights/highlightRules";
import { mergedWriteProblem } from "../../core/merges";
import type { SheetLayout, WorkbookPort } from "../../core/ports";
import { SetupNeededError } from "../../core/sheets";
import { columnLetter, DATE_FORMAT, DATE_TIME_FORMAT, dateFormat, fromExcel, toExcel } from "./cells";

/** Rows that get a dropdown beyond the data, so that a coordinator typing new rows gets one too. */
const VALIDATED_ROWS = 1000;
const HEADER_FILL = "FFE8EEF7";
const GENERATED_FONT = "FF5F6368";
/** exceljs widths are in characters of the default font; Google's are pixels. */
const PIXELS_PER_CHARACTER = 7;

interface MergeBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** WorkbookPort over an exceljs workbook held in memory; `XlsxFile` loads and saves it. */
export class XlsxPort implements WorkbookPort {
  /**
   * Each sheet's last used row, scanned once and then kept by the port's own writes: appending a row
   * costs O(new rows), not a scan of the whole sheet (a run's log lines would make a run quadratic).
   */
  private readonly lastRows = new Map<string, number>();

  constructor(readonly workbook: ExcelJS.Workbook) {
    for (const sheet of workbook.worksheets) compactValidations(sheet);
  }

  private lastRow(name: string): number {
    let last = this.lastRows.get(name);
    if (last === undefined) {
      last = lastUsedRow(this.sheet(name));
      this.lastRows.set(name, last);
    }
    return last;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new SetupNeededError(`Нет листа «${name}».`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  readHeader(name: string): Cell[] {
    return this.readAll(name)[0] ?? [];
  }

  readAll(name: string): Grid {
    const sheet = this.sheet(name);
    const height = this.lastRow(name);
    const width = lastUsedColumn(sheet);
    const grid: Grid = [];
    for (let row = 1; row <= height; row++) {
      const source = sheet.getRow(row);
      const values: Cell[] = [];
      for (let column = 1; column <= width; column++) {
        // exceljs gives every cell of a merged block the block's value; Sheets gives it to the top-left
        // cell only, and so does this port: a merged «Корпус 1» is not silently copied to other people.
        const cell = source.getCell(column);
        values.push(cell.master === cell ? fromExcel(cell.value) : "");
      }
      grid.push(values);
    }
    return grid;
  }

  createSheet(name: string): void {
    this.workbook.addWorksheet(name);
  }

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
    this.lastRows.delete(from);
    this.lastRows.delete(to);
  }

  /** exceljs keeps a sheet's merged blocks by their top-left address (1-based bounds). */
  mergedRanges(name: string): CellArea[] {
    const merges = (this.sheet(name) as unknown as { _merges: Record<string, MergeBounds | undefined> })
      ._merges;
    return Object.values(merges).flatMap((merge) =>
      merge
        ? [
            {
              row: merge.top - 1,
              column: merge.left - 1,
              rows: merge.bottom - merge.top + 1,
              columns: merge.right - merge.left + 1,
            },
          ]
        : [],
    );
  }

  /** exceljs would write a value meant for any cell of a merged block into its top-left cell: refused. */
  write(name: string, row: number, column: number, values: Grid): void {
    const problem = mergedWriteProblem(name, this.mergedRanges(name), [{ row, column, values }]);
    if (problem !== null) throw new Error(problem);
    const sheet = this.sheet(name);
    this.keepLastRow(name, row, values);
    values.forEach((cells, offset) => {
      const target = sheet.getRow(row + offset + 1);
      cells.forEach((value, index) => {
        const cell = target.getCell(column + index + 1);
        cell.value = toExcel(value);
        // A new style object: exceljs may share one between cells read from a file.
        if (value instanceof Date) cell.style = { ...cell.style, numFmt: dateFormat(value) };
        else if (cell.numFmt === DATE_FORMAT || cell.numFmt === DATE_TIME_FORMAT) {
          const { numFmt: _dropped, ...style } = cell.style;
          cell.style = style;
        }
      });
    });
  }

  appendRows(name: string, rows: Grid): void {
    this.write(name, this.lastRow(name), 0, rows);
  }

  /** The last used row after writing `values` at `row`: known when it grows, scanned again when it may shrink. */
  private keepLastRow(name: string, row: number, values: Grid): void {
    const known = this.lastRows.get(name);
    if (known === undefined) return;
    let lastFilled = -1;
    values.forEach((cells, offset) => {
      if (cells.some((value) => fromExcel(toExcel(value)) !== "")) lastFilled = offset;
    });
    if (lastFilled >= 0) this.lastRows.set(name, Math.max(known, row + lastFilled + 1));
    // Emptied cells at or below the known end: the end may have moved up.
    if (row + values.length >= known && lastFilled < values.length - 1) this.lastRows.delete(name);
  }

  applyLayout(name: string, layout: SheetLayout): void {
    const sheet = this.sheet(name);
    sheet.views = [{ state: "frozen", ySplit: layout.frozenRows, xSplit: 0 }];
    const generated = new Set(
      layout.columns.filter((column) => column.generated).map((column) => column.index),
    );
    for (let index = 0; index < layout.headerWidth; index++) {
      const cell = sheet.getCell(1, index + 1);
      cell.font = { bold: true, ...(generated.has(index) ? { color: { argb: GENERATED_FONT } } : {}) };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      cell.alignment = { wrapText: true, vertical: "middle" };
    }
    for (const column of layout.columns) {
      const letter = columnLetter(column.index);
      if (column.width !== undefined)
        sheet.getColumn(column.index + 1).width = column.width / PIXELS_PER_CHARACTER;
      if (column.note) sheet.getCell(1, column.index + 1).note = column.note;
      if (column.options) replaceColumnValidation(sheet, letter, layout.frozenRows, column.options);
    }
    if (layout.highlights) replaceHighlights(sheet, layout.highlights);
  }
}

function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row, number) => {
    if (row.values && (row.values as unknown[]).some((value) => fromExcel(value as ExcelJS.CellValue) !== ""))
      last = number;
  });
  return last;
}

function lastUsedColumn(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, column) => {
      if (fromExcel(cell.value) !== "" && column > last) last = column;
    });
  });
  return last;
}

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

function validationModel(sheet: ExcelJS.Worksheet): { model: ValidationModel } {
  return (sheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations;
}

/**
 * exceljs reads a range validation as one entry per cell, and on save gathers the entries back through
 * an optimiser that sorts addresses as text — «E10» before «E2» — and so writes overlapping ranges
 * («E10:E1000» and «E2:E1000»), which Excel offers to repair by dropping the dropdowns. Right after a
 * read, the cells of each column are gathered here into one range per run of equal rules instead.
 */
export function compactValidations(sheet: ExcelJS.Worksheet): void {
  const validations = validationModel(sheet);
  const compacted: ValidationModel = {};
  const cells = new Map<string, { row: number; rule: ExcelJS.DataValidation; text: string }[]>();
  // The cells of one range read share one rule object: each is compared as text once.
  const texts = new Map<ExcelJS.DataValidation, string>();
  const textOf = (rule: ExcelJS.DataValidation) => {
    let text = texts.get(rule);
    if (text === undefined) {
      text = JSON.stringify(rule);
      texts.set(rule, text);
    }
    return text;
  };
  for (const [address, rule] of Object.entries(validations.model)) {
    if (rule === undefined) continue; // what `dataValidations.remove` leaves
    const cell = /^([A-Z]+)(\d+)$/.exec(address);
    if (!cell) {
      compacted[address] = rule;
      continue;
    }
    const column = cells.get(cell[1]!) ?? [];
    column.push({ row: Number(cell[2]), rule, text: textOf(rule) });
    cells.set(cell[1]!, column);
  }
  for (const [letter, column] of cells) {
    column.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let index = 1; index <= column.length; index++) {
      const first = column[start]!;
      const next = column[index];
      if (next && next.row === column[index - 1]!.row + 1 && next.text === first.text) continue;
      const last = column[index - 1]!.row;
      compacted[last === first.row ? `${letter}${last}` : `${letter}${first.row}:${letter}${last}`] =
        first.rule;
      start = index;
    }
  }
  validations.model = compacted;
}

/** The column's entries are dropped and set again as one range: a second run writes the same file. */
function replaceColumnValidation(
  sheet: ExcelJS.Worksheet,
  letter: string,
  frozenRows: number,
  options: readonly string[],
): void {
  const validations = validationModel(sheet);
  const pattern = new RegExp(`^${letter}\\d+(:${letter}\\d+)?$`);
  for (const address of Object.keys(validations.model))
    if (pattern.test(address)) delete validations.model[address];
  validations.model[`${letter}${frozenRows + 1}:${letter}${VALIDATED_ROWS}`] = {
    type: "list",
    allowBlank: true,
    formulae: [`"${options.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Недопустимое значение",
    error: `Выберите значение из списка: ${options.join(", ")}`,
  };
}

/** exceljs keeps a sheet's conditional formatting, read or added, in this list (untyped in its declarations). */
interface WithConditionalFormattings {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function isOurRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  return (
    rule.type === "expression" &&
    (rule.formulae ?? []).some((formula: unknown) => typeof formula === "string" && isOurHighlight(formula))
  );
}

/**
 * Our rules replace our earlier ones; the coordinator's own stay and keep precedence (a lower priority
 * number wins in Excel). Ranges run as far down as the dropdowns do. Priorities are given here: exceljs
 * would number a new rule from the highest one already there, giving two rules the same priority.
 */
function replaceHighlights(sheet: ExcelJS.Worksheet, highlights: readonly Highlight[]): void {
  const formattings = sheet as unknown as WithConditionalFormattings;
  const kept = formattings.conditionalFormattings
    .map((entry) => ({ ...entry, rules: entry.rules.filter((rule) => !isOurRule(rule)) }))
    .filter((entry) => entry.rules.length > 0);
  let priority = Math.max(0, ...kept.flatMap((entry) => entry.rules.map((rule) => rule.priority ?? 0)));
  const ours = highlights.map((highlight): ExcelJS.ConditionalFormattingOptions => {
    const last = columnLetter(highlight.column + highlight.columns - 1);
    return {
      ref: `${columnLetter(highlight.column)}${highlight.row + 1}:${last}${Math.max(VALIDATED_ROWS, highlight.row + 1)}`,
      rules: [
        {
          type: "expression",
          priority: ++priority,
          formulae: [highlight.formula],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: `FF${highlight.fill.slice(1).toUpperCase()}` },
            },
          },
        },
      ],
    };
  });
  formattings.conditionalFormattings = [...kept, ...ours];
}
