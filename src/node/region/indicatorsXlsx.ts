import type ExcelJS from "exceljs";
import {
  INDICATOR_COLUMNS,
  INDICATOR_HEADERS,
  INDICATORS_SHEET,
  type IndicatorColumn,
  type IndicatorValue,
} from "../../core/results/indicators";

/** How a column's numbers look in Excel: whole counts, one decimal for averages. */
export function indicatorNumberFormat(column: IndicatorColumn): string | undefined {
  if (column.kind === "count" || column.kind === "percent") return "0";
  if (column.kind === "decimal" || column.kind === "score") return "0.0";
  return undefined;
}

/**
 * Puts the layout's header and rows on `sheet`: numbers typed (no number stored as text), an empty cell
 * for «нет данных», the header bold and frozen so that a wide table stays readable.
 */
export function fillIndicatorSheet(
  sheet: ExcelJS.Worksheet,
  rows: readonly (readonly IndicatorValue[])[],
): void {
  sheet.addRow([...INDICATOR_HEADERS]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? null));
  for (const [index, column] of INDICATOR_COLUMNS.entries()) {
    const format = indicatorNumberFormat(column);
    const sheetColumn = sheet.getColumn(index + 1);
    if (format) sheetColumn.numFmt = format;
    sheetColumn.width = Math.min(Math.max(column.header.length + 2, 10), 34);
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** The indicators as an .xlsx workbook: one sheet «Показатели», header and one row per organisation. */
export async function indicatorsWorkbook(
  rows: readonly (readonly IndicatorValue[])[],
): Promise<ExcelJS.Workbook> {
  // Loaded on use, as everywhere in the CLI: exceljs alone slows every command's start.
  const workbook = new (await import("exceljs")).default.Workbook();
  fillIndicatorSheet(workbook.addWorksheet(INDICATORS_SHEET), rows);
  return workbook;
}
