import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import type { CommandIO } from "../../src/node/command";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { runCli } from "../../src/node/runCli";
import { saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { context } from "../support/demoWorkbook";

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

/** The demo school's banks in a fresh .xlsx, consents marked, nothing matched yet. */
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

async function pairsSheet(path: string): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { book, sheet: book.getWorksheet(PAIRS.name)! };
}

/** Every formula in «Пары»: address → formula. */
function formulasOf(sheet: ExcelJS.Worksheet): Map<string, string> {
  const found = new Map<string, string>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) found.set(cell.address, cell.formula);
    }),
  );
  return found;
}

describe("nastavnik match run again on an .xlsx", () => {
  it("keeps the coordinator's formulas, notes and own columns on proposed rows", async () => {
    const path = await demoXlsx();
    expect((await nastavnik("match", path)).code).toBe(0);
    const { book, sheet } = await pairsSheet(path);
    const note = PAIRS.columns.findIndex((column) => column.key === "note") + 1;
    const own = PAIRS.columns.length + 1;
    sheet.getCell(1, own).value = "Мой столбец";
    for (let row = 2; row <= sheet.actualRowCount; row++) {
      sheet.getCell(row, note).value = row % 2 ? `заметка ${row}` : { formula: `C${row}`, result: "" };
      sheet.getCell(row, own).value = { formula: `LEN(E${row})`, result: 0 };
    }
    await book.xlsx.writeFile(path);
    const before = await pairsSheet(path);
    const formulas = formulasOf(before.sheet);
    expect(formulas.size).toBeGreaterThan(10);

    expect((await nastavnik("match", path)).code).toBe(0);
    const after = await pairsSheet(path);
    expect(formulasOf(after.sheet)).toEqual(formulas);
    for (let row = 3; row <= before.sheet.actualRowCount; row += 2)
      expect(after.sheet.getCell(row, note).value).toBe(`заметка ${row}`);
  });
});
