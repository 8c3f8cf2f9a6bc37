import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "../support/demoWorkbook";
import { freshFolder, inProcess, mentorCsv, readGrid } from "./support";

async function bookAndExport() {
  const dir = freshFolder();
  const book = join(dir, "школа.xlsx");
  expect((await inProcess(["init", book])).code).toBe(0);
  const { csv, team } = mentorCsv(5, 2, 0);
  const file = join(dir, "ответы.csv");
  writeFileSync(file, csv, "utf8");
  return { dir, book, file, emails: team.map((person) => person.email) };
}

async function bankEmails(book: string): Promise<string[]> {
  return readRecords(MENTORS, await readGrid(book, MENTORS.name)).records.map((e) => String(e.record.email));
}

describe("saving the workbook", () => {
  it("refuses a read-only workbook instead of replacing it", async () => {
    const { book, file } = await bookAndExport();
    chmodSync(book, 0o444);
    const bytes = readFileSync(book);
    const result = await inProcess(["import", book, file, "--form", "mentor"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Ошибка: Книга «.*» только для чтения — снимите этот атрибут/);
    expect(readFileSync(book).equals(bytes)).toBe(true);
    expect(statSync(book).mode & 0o777).toBe(0o444);
  });

  it("writes a workbook reached through a symlink to its target, and the link stays a link", async () => {
    const { dir, book, file, emails } = await bookAndExport();
    const elsewhere = join(dir, "ярлыки");
    mkdirSync(elsewhere);
    const link = join(elsewhere, "книга.xlsx");
    symlinkSync(book, link);
    const result = await inProcess(["import", link, file, "--form", "mentor"]);
    expect(result.stderr).toBe("");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await bankEmails(book)).sort()).toEqual([...emails].sort());
    expect(readdirSync(elsewhere)).toEqual(["книга.xlsx"]);
  });

  it("keeps the file's mode", async () => {
    const { book, file } = await bookAndExport();
    chmodSync(book, 0o600);
    expect((await inProcess(["import", book, file, "--form", "mentor"])).code).toBe(0);
    expect(statSync(book).mode & 0o777).toBe(0o600);
  });

  it("keeps a sheet's autofilter", async () => {
    const { book, file } = await bookAndExport();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.getWorksheet(MENTORS.name)!.autoFilter = "A1:AB1";
    await workbook.xlsx.writeFile(book);
    expect((await inProcess(["import", book, file, "--form", "mentor"])).code).toBe(0);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(book);
    expect(saved.getWorksheet(MENTORS.name)!.autoFilter).toBe("A1:AB1");
  });

  it("removes temporary files a killed save left next to the book, and nothing else", async () => {
    const { dir, book, file } = await bookAndExport();
    const leftover = `${book}.0f8fad5b-d9cb-469f-a165-70867728950e.tmp`;
    const foreign = join(dir, "заметки.tmp");
    writeFileSync(leftover, "half a workbook");
    writeFileSync(foreign, "someone else's");
    expect((await inProcess(["import", book, file, "--form", "mentor"])).code).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
  });
});

/** A book with the demo school's settings: `generate --doc положение` makes one document from it. */
async function bookWithSettings(): Promise<string> {
  const book = join(freshFolder(), "школа.xlsx");
  const port = await openWorkbook(book, { mustExist: false });
  setupWorkbook(port, context);
  updateSettings(port, DEMO_SETTINGS);
  await saveWorkbook(port, book);
  return book;
}

describe("generate checks that the workbook can be saved before it writes any document", () => {
  it("makes the document when the book can be saved", async () => {
    const book = await bookWithSettings();
    const out = join(book, "..", "Документы");
    const result = await inProcess(["generate", book, "--doc", "положение", "--out", out]);
    expect(result.stdout).toContain("Сформировано документов: 1");
  });

  it.each([
    [
      "open in Excel",
      (book: string) => writeFileSync(join(book, "..", "~$школа.xlsx"), "owner"),
      /закройте её/,
    ],
    ["read-only", (book: string) => chmodSync(book, 0o444), /только для чтения/],
  ])("writes nothing when the book is %s", async (_, spoil, message) => {
    const book = await bookWithSettings();
    spoil(book);
    const bytes = readFileSync(book);
    const out = join(book, "..", "Документы");
    const result = await inProcess(["generate", book, "--doc", "положение", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });
});
