import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { type HostileFile, writeHostileFiles } from "./corpus";
import { englishIn, freshFolder, inProcess, mentorCsv, readGrid } from "./support";

let folder: string;
let book: string;
let files: (HostileFile & { path: string })[];

beforeAll(async () => {
  folder = freshFolder();
  book = join(folder, "школа.xlsx");
  expect((await inProcess(["init", book])).code).toBe(0);
  const corpus = join(folder, "корпус");
  mkdirSync(corpus);
  files = writeHostileFiles(corpus, book);
});

function snapshot(path: string): string {
  const info = statSync(path);
  return info.isDirectory() ? "папка" : readFileSync(path).toString("base64");
}

/** One Russian line, naming the file, no English leaking through. */
function expectOneRussianLine(stderr: string, file: HostileFile & { path: string }) {
  expect(stderr).toMatch(/^Ошибка: /);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(file.says);
  expect(stderr).toContain(file.path);
  expect(englishIn(stderr.replaceAll(folder, ""))).toEqual([]);
}

describe("a file that is not an .xlsx book, given as the workbook", () => {
  it("is refused with its own message naming what it is, and left as it was", async () => {
    for (const file of files) {
      const before = snapshot(file.path);
      for (const args of [["init"], ["match"], ["approve", "--all"], ["generate", "--doc", "all"]]) {
        const [command, ...rest] = args;
        if (command === "init" && file.bytes?.length === 0) continue; // init makes the book there: see below
        const result = await inProcess([command!, file.path, ...rest]);
        expect(result.code, `${command}: ${file.what}`).toBe(1);
        expectOneRussianLine(result.stderr, file);
      }
      expect(snapshot(file.path), file.what).toBe(before);
    }
  });
});

describe("a zero-byte .xlsx", () => {
  it("becomes the workbook on init", async () => {
    const empty = join(freshFolder(), "школа.xlsx");
    writeFileSync(empty, "");
    expect((await inProcess(["init", empty])).stdout).toContain("Созданы листы «Наставники»");
    expect((await inProcess(["match", empty])).code).toBe(0);
  });
});

describe("a file that is not a responses export, given to import", () => {
  it("is refused with its own message naming what it is, and the workbook is untouched", async () => {
    const bytes = readFileSync(book);
    for (const file of files) {
      const result = await inProcess(["import", book, file.path, "--form", "mentor"]);
      expect(result.code, file.what).toBe(1);
      expectOneRussianLine(result.stderr, file);
    }
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });
});

describe("a workbook re-saved by openpyxl (or pandas)", () => {
  it("opens, keeps its rows and notes, and takes an import", async () => {
    const copy = join(freshFolder(), "школа.xlsx");
    copyFileSync(join(__dirname, "fixtures", "openpyxl.xlsx"), copy);
    const { csv, team } = mentorCsv(9, 2, 40);
    const file = join(copy, "..", "ответы.csv");
    writeFileSync(file, csv, "utf8");
    const result = await inProcess(["import", copy, file, "--form", "mentor"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const emails = readRecords(MENTORS, await readGrid(copy, MENTORS.name)).records.map((entry) =>
      String(entry.record.email),
    );
    expect(emails).toEqual(["ivanova@school.example", ...team.map((person) => person.email)]);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(copy);
    const notes: unknown[] = [];
    saved
      .getWorksheet(MENTORS.name)!
      .getRow(1)
      .eachCell((cell) => {
        if (cell.note) notes.push(cell.note);
      });
    expect(notes.length).toBeGreaterThan(0);
  });
});
