import ExcelJS from "exceljs";
import { appendRecords } from "../src/core/appendRecords";
import { MENTEES, MENTORS } from "../src/core/schema/sheets";
import { setupWorkbook } from "../src/core/setup/setupWorkbook";
import { saveWorkbook } from "../src/node/xlsx/xlsxFile";
import { XlsxPort } from "../src/node/xlsx/xlsxPort";
import { type BankShape, bankRecords } from "./banks";

/** Writes a workbook set up by `nastavnik init` with both banks filled, as `nastavnik match` reads it. */
export async function writeBankWorkbook(path: string, shape: BankShape): Promise<void> {
  const port = new XlsxPort(new ExcelJS.Workbook());
  const context = { now: new Date(2026, 9, 1, 9, 0), user: "замер" };
  setupWorkbook(port, context);
  const { mentors, mentees } = bankRecords(shape);
  appendRecords(port, MENTORS, mentors);
  appendRecords(port, MENTEES, mentees);
  await saveWorkbook(port, path);
}
