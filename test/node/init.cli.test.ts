import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MENTORS, WORKBOOK } from "../../src/core/schema/sheets";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");

async function nastavnik(...args: string[]) {
  return run(process.execPath, [CLI, ...args], { encoding: "utf8" });
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as unknown[];
  return values.slice(1).map(String);
}

describe("nastavnik init", () => {
  it("creates the workbook, and a second run leaves the file untouched", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    const first = await nastavnik("init", path);
    expect(first.stdout).toContain("Созданы листы «Наставники»");

    const workbook = await read(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(WORKBOOK.map((schema) => schema.name));
    for (const schema of WORKBOOK) {
      const sheet = workbook.getWorksheet(schema.name)!;
      expect(headerOf(sheet)).toEqual(schema.columns.map((column) => column.header));
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      for (const [index, column] of schema.columns.entries()) {
        const validation = sheet.getCell(2, index + 1).dataValidation;
        if (column.type === "enum") {
          expect(validation?.type).toBe("list");
          expect(validation?.formulae).toEqual([`"${column.options?.join(",")}"`]);
        } else expect(validation?.type).toBeUndefined();
      }
    }
    expect(workbook.getWorksheet("Дорожная карта")!.actualRowCount).toBeGreaterThan(7);

    const bytes = readFileSync(path);
    const second = await nastavnik("init", path);
    expect(second.stdout).toContain("Таблица уже настроена, изменений нет");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("repairs a workbook whose bank was renamed and lost a column, keeping the data", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    await nastavnik("init", path);
    const edited = await read(path);
    const mentors = edited.getWorksheet(MENTORS.name)!;
    mentors.getRow(2).values = ["Н-001", "Иванова", "Мария", "Петровна", "Ж", "ivanova@school.example"];
    mentors.spliceColumns(2, 1); // «Фамилия» deleted
    mentors.name = "Мои наставники";
    await edited.xlsx.writeFile(path);

    const { stdout } = await nastavnik("init", path);
    expect(stdout).toMatch(/лист «Мои наставники» снова называется «Наставники»/i);
    expect(stdout).toContain("восстановлены столбцы «Фамилия»");
    const repaired = (await read(path)).getWorksheet(MENTORS.name)!;
    expect(headerOf(repaired).at(-1)).toBe("Фамилия");
    expect((repaired.getRow(2).values as unknown[]).slice(1, 5)).toEqual(["Н-001", "Мария", "Петровна", "Ж"]);

    const again = await nastavnik("init", path);
    expect(again.stdout).toContain("изменений нет");
  });

  it("does not overwrite a book open in Excel or LibreOffice, and saves once it is closed", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    await nastavnik("init", path);
    const bytes = readFileSync(path);
    for (const lock of [`~$школа.xlsx`, ".~lock.школа.xlsx#"]) {
      const lockPath = join(dirname(path), lock);
      writeFileSync(lockPath, "owner");
      await expect(nastavnik("match", path), lock).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(
          "Книга открыта в Excel или LibreOffice — закройте её и повторите; файл не изменён",
        ),
      });
      expect(readFileSync(path).equals(bytes), lock).toBe(true);
      rmSync(lockPath);
    }
    expect((await nastavnik("match", path)).stdout).toContain(
      "Пары не подобраны: на листе «Наставляемые» никого нет",
    );
  });

  it("refuses a file that is not a workbook, with a Russian message, and leaves it as it was", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "не-книга.xlsx");
    await import("node:fs/promises").then((fs) => fs.writeFile(path, "просто текст"));
    await expect(nastavnik("init", path)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("текстовый файл (например, CSV), а не книга Excel"),
    });
    expect(readFileSync(path, "utf8")).toBe("просто текст");
  });
});
