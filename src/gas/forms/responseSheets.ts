import { type Cell, type Grid, isDate } from "../../core/cell";
import { isFormUrl } from "../../core/intake/identify";
import type { RegisteredForm } from "../../core/intake/registry";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell as the core expects it: a Date of this script's realm (values may come from elsewhere). */
export function localCell(value: unknown): Cell {
  if (isDate(value)) return new Date(value.getTime());
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** The sheets a form sends its responses to (normally one), by their linked form address. */
export function responseSheetsOf(spreadsheet: Spreadsheet, form: RegisteredForm): Sheet[] {
  return spreadsheet.getSheets().filter((sheet) => {
    const url = sheet.getFormUrl();
    return url !== null && url !== "" && isFormUrl(url, form);
  });
}

/** A response sheet as header and rows, read with one getValues; never written. */
export function readResponseSheet(sheet: Sheet): { header: Cell[]; rows: Grid } {
  if (sheet.getLastRow() === 0) return { header: [], rows: [] };
  const [header = [], ...rows] = sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map(localCell));
  return { header, rows };
}
