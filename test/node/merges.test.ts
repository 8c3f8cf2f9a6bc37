import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/core/cell";
import { loadQuestionnaire } from "../../src/core/intake/questionnaireSet";
import { formatCsv } from "../../src/core/questionnaires/csv";
import { MENTORS } from "../../src/core/schema/sheets";
import type { SheetRecord } from "../../src/core/schema/table";
import { bankExport } from "../../src/node/demo/demoAnswers";
import { DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { openWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "../support/demoWorkbook";
import { demoXlsx, nastavnik, readXlsx } from "../support/xlsxWorld";

/** A mentor export as Google Forms gives it, for the given people. */
async function mentorExport(book: string, people: readonly SheetRecord[]): Promise<string> {
  const form = loadQuestionnaire(await openWorkbook(book, { mustExist: true }), context, "mentor");
  const table = bankExport(form, people, new Date(2026, 9, 20, 10));
  const path = join(dirname(book), "Анкета наставника.csv");
  writeFileSync(path, formatCsv([table.header, ...table.rows].map((row) => row.map(cellText))), "utf8");
  return path;
}

/** «Структурное подразделение» (J) merged over the first three mentors, as a coordinator does in Excel. */
async function mergeUnits(book: string): Promise<void> {
  const workbook = await readXlsx(book);
  const sheet = workbook.getWorksheet(MENTORS.name)!;
  expect(sheet.getCell("J1").value).toBe("Структурное подразделение");
  sheet.getCell("J2").value = "Корпус 1";
  sheet.mergeCells("J2:J4");
  await workbook.xlsx.writeFile(book);
}

describe("merged cells in a bank, offline", () => {
  it("are read as Sheets reads them: the value in the top-left cell only", async () => {
    const book = await demoXlsx();
    await mergeUnits(book);
    const grid = (await openWorkbook(book, { mustExist: true })).readAll(MENTORS.name);
    expect(grid.slice(1, 5).map((row) => row[9])).toEqual(["Корпус 1", "", "", ""]);
  });

  it("an import that would write into them is refused, naming the sheet and cells; the file is untouched", async () => {
    const book = await demoXlsx();
    await mergeUnits(book);
    const answers = await mentorExport(book, [{ ...DEMO_MENTORS[1]!, unit: "Корпус 3" }]);
    const before = readFileSync(book);
    const result = await nastavnik("import", book, answers, "--form", "mentor");
    expect(result.code).toBe(1);
    expect(result.out).toContain("На листе «Наставники» объединены ячейки J2:J4");
    expect(result.out).toContain("Отмените объединение");
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it("an import that writes around them goes through, and the merged block keeps its value", async () => {
    const book = await demoXlsx();
    await mergeUnits(book);
    const answers = await mentorExport(book, [{ ...DEMO_MENTORS[5]!, position: "заместитель директора" }]);
    const result = await nastavnik("import", book, answers, "--form", "mentor");
    expect(result.out).not.toContain("объединены");
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(book)).getWorksheet(MENTORS.name)!;
    expect(sheet.getCell("J2").value).toBe("Корпус 1");
    expect(sheet.getCell("G7").value).toBe("заместитель директора");
  });
});
