import type { Cell, Grid } from "../../core/cell";
import { isFormUrl } from "../../core/intake/identify";
import type { RegisteredForm } from "../../core/intake/registry";
import { headerKey, TIMESTAMP_HEADERS } from "../../core/questionnaires/headers";

import type { SheetClock } from "../sheetClock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheets a form sends its responses to (normally one), by their linked form address. */
export function responseSheetsOf(spreadsheet: Spreadsheet, form: RegisteredForm): Sheet[] {
  return spreadsheet.getSheets().filter((sheet) => {
    const url = sheet.getFormUrl();
    return url !== null && url !== "" && isFormUrl(url, form);
  });
}

const TIMESTAMP_KEYS = new Set(TIMESTAMP_HEADERS.map(headerKey));

/** The column of the response time: Forms puts it first, under «Отметка времени». */
export function timestampColumn(header: readonly Cell[]): number {
  const found = header.findIndex((title) => TIMESTAMP_KEYS.has(headerKey(String(title))));
  return found < 0 ? 0 : found;
}

/**
 * A response sheet as header and rows: the time as the Date the sheet holds (on the spreadsheet's wall
 * clock), every answer as the text the sheet shows. Forms writes answers as if typed, so «15:00», «1.05»,
 * «5%» or «TRUE» become a time, a date, a number and a boolean; their displayed text is what the
 * respondent's answer still looks like (and what `namedValues` of the submit event carries). Read with
 * one getValues and one getDisplayValues; never written.
 */
export function readResponseSheet(sheet: Sheet, clock: SheetClock): { header: Cell[]; rows: Grid } {
  if (sheet.getLastRow() === 0) return { header: [], rows: [] };
  const range = sheet.getDataRange();
  const values = range.getValues();
  const [header = [], ...shown] = range.getDisplayValues();
  const time = timestampColumn(header);
  const rows = shown.map((row, index) =>
    row.map((text, column): Cell => (column === time ? clock.read(values[index + 1]?.[column]) : text)),
  );
  return { header, rows };
}
