import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { appendRecords } from "../../src/core/appendRecords";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import type { CommandIO } from "../../src/node/command";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { runCli } from "../../src/node/runCli";
import { saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { context } from "./demoWorkbook";

/** `nastavnik …` run in this process: the exit code and everything it printed. */
export async function nastavnik(...args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const io: CommandIO = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      out += text;
    },
    readStdin: async () => "",
    interactive: false,
  };
  return { code: await runCli(args, io), out };
}

/** The demo school's banks in a fresh .xlsx in a new temporary folder, consents marked, nothing matched yet. */
export async function demoXlsx(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
  const port = new XlsxPort(new ExcelJS.Workbook());
  setupWorkbook(port, context);
  updateSettings(port, DEMO_SETTINGS);
  appendRecords(port, MENTORS, DEMO_MENTORS);
  appendRecords(port, MENTEES, DEMO_MENTEES);
  await saveWorkbook(port, path);
  return path;
}

/** The workbook as exceljs reads it, to edit as a coordinator would in Excel and check. */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}
