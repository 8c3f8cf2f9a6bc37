import type ExcelJS from "exceljs";
import type { Cell } from "../../core/cell";

/**
 * An .xlsx holds a date as a serial number of days: wall-clock time without a zone. exceljs writes a JS
 * Date as the serial of its UTC fields and reads a serial back as a Date whose UTC fields are the wall
 * clock. Core's dates are local (a calendar date is local midnight), so they cross as the same fields.
 */
function wallClockAsUtc(date: Date): Date {
  return new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    ),
  );
}

function utcAsWallClock(date: Date): Date {
  const local = new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
  local.setFullYear(date.getUTCFullYear()); // years 0–99 are not taken as 1900–1999
  return local;
}

export const DATE_FORMAT = "dd.mm.yyyy";
export const DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";

/** The number format of a date cell: the date alone at midnight, else with the time. */
export function dateFormat(date: Date): string {
  const midnight = date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
  return midnight ? DATE_FORMAT : DATE_TIME_FORMAT;
}

/** Turns whatever exceljs holds in a cell (rich text, formula, hyperlink…) into a plain value. */
export function fromExcel(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : utcAsWallClock(value);
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
 * the apostrophe that marks such text for Google Sheets is dropped rather than shown. A date is written
 * as its local wall-clock time (see `wallClockAsUtc`).
 */
export function toExcel(value: Cell): ExcelJS.CellValue {
  if (value === "") return null;
  if (value instanceof Date) return wallClockAsUtc(value);
  return typeof value === "string" && /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

export { columnLetter } from "../../core/a1";
