import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PAIRS } from "../../src/core/schema/sheets";
import { demoXlsx, nastavnik, readXlsx } from "../support/xlsxWorld";

async function pairsSheet(path: string): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const book = await readXlsx(path);
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
