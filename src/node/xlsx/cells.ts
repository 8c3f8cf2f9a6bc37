import type ExcelJS from "exceljs";
import type { Cell } from "../../core/cell";

/** Turns whatever exceljs holds in a cell (rich text, formula, hyperlink…) into a plain value. */
export function fromExcel(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value)
      return fromExcel((value as ExcelJS.CellFormulaValue).result ?? "");
    if ("hyperlink" in value) return String(value.text ?? value.hyperlink);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/**
 * Values are written as plain values: a string that starts with «=» stays a string in an .xlsx, so
 * the apostrophe that marks such text for Google Sheets is dropped rather than shown.
 */
export function toExcel(value: Cell): ExcelJS.CellValue {
  if (value === "") return null;
  return typeof value === "string" && /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
