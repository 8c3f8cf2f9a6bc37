import { spawnSync } from "node:child_process";
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
import PizZip from "pizzip";
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

/** The zip path of a sheet's XML, by the sheet's name. */
function sheetPathOf(zip: PizZip, name: string): string {
  const workbook = zip.file("xl/workbook.xml")!.asText();
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = zip.file("xl/_rels/workbook.xml.rels")!.asText();
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
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

  it("keeps a sheet's autofilter with the values chosen in it, and Excel's hidden name for it", async () => {
    const { book, file } = await bookAndExport();
    const zip = new PizZip(readFileSync(book));
    const sheet = "xl/worksheets/sheet1.xml"; // «Наставники», the first tab
    const filter =
      '<autoFilter ref="A1:AB1"><filterColumn colId="20"><filters><filter val="Активен"/></filters></filterColumn></autoFilter>';
    zip.file(sheet, zip.file(sheet)!.asText().replace("</sheetData>", `</sheetData>${filter}`));
    const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${MENTORS.name}'!$A$1:$AB$1</definedName>`;
    zip.file(
      "xl/workbook.xml",
      zip
        .file("xl/workbook.xml")!
        .asText()
        .replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`),
    );
    writeFileSync(book, zip.generate({ type: "nodebuffer" }));

    expect((await inProcess(["import", book, file, "--form", "mentor"])).code).toBe(0);
    const saved = new PizZip(readFileSync(book));
    const workbookXml = saved.file("xl/workbook.xml")!.asText();
    const sheetPath = sheetPathOf(saved, MENTORS.name);
    expect(saved.file(sheetPath)!.asText()).toContain(filter);
    expect(workbookXml.match(/_xlnm\._FilterDatabase/g)).toHaveLength(1);
    expect(workbookXml).toContain(name);
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

describe("generate after a killed run", () => {
  it("removes the half-written documents the killed run left", async () => {
    const book = await bookWithSettings();
    const out = join(book, "..", "Документы");
    const orders = join(out, "Приказы");
    mkdirSync(orders, { recursive: true });
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const leftover = join(orders, `Приказ.docx.${dead}.tmp`);
    const someoneElses = join(orders, `Приказ.docx.${process.pid}.tmp`);
    writeFileSync(leftover, "half a document");
    writeFileSync(someoneElses, "being written");
    expect((await inProcess(["generate", book, "--doc", "положение", "--out", out])).code).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(someoneElses)).toBe(true);
  });
});

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
