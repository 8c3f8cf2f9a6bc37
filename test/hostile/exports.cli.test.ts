import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { formatCsv, parseCsv } from "../../src/core/questionnaires/csv";
import { MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { freshFolder, inProcess, nastavnik, readGrid } from "./support";

const FIXTURES = join(__dirname, "fixtures/exports");
const [c0, c1, c2, c3] = COMPETENCES;

/**
 * Each file holds the same three mentors, written as the program that made it writes them: Russian Excel
 * (Windows-1251 with «;», «Текст Юникод»), Google Forms, Яндекс Формы (CSV with checkboxes joined, .xlsx
 * with a column per option and its own ID and time columns), and an export whose headers were reworded
 * and a question column duplicated. Numbers are spelt differently in each («18 лет», «30,0», «три», «нет»).
 */
const EXPORTS = [
  "excel-cp1251-semicolon.csv",
  "excel-unicode-text.txt",
  "google-utf8-bom.csv",
  "yandex-joined.csv",
  "yandex-options.xlsx",
  "reworded-duplicated.csv",
];

const EXPECTED = [
  ["Иванова", "Мария", "Петровна", "ivanova@school.ru", "18", "2", `${c0}, ${c2}`, "", "Активен"],
  ["Петров", "Олег", "Сергеевич", "petrov@school.ru", "30", "3", c1, "Корпус 2", "Активен"],
  ["Ёлкина", "Алёна", "", "elkina@school.ru", "1", "0", `${c1}, ${c3}`, "", "Активен"],
];
const KEYS = [
  "lastName",
  "firstName",
  "middleName",
  "email",
  "experience",
  "capacity",
  "strengths",
  "unit",
  "status",
];

function bank(grid: Grid): string[][] {
  return readRecords(MENTORS, grid).records.map(({ record }) => KEYS.map((key) => String(record[key] ?? "")));
}

describe("exports as people really have them, through nastavnik import", () => {
  const folder = freshFolder();
  const blank = join(folder, "пустая.xlsx");
  beforeAll(async () => {
    expect((await inProcess(["init", blank])).code).toBe(0);
  });

  it.each(EXPORTS)("%s fills the bank with the three mentors as they meant it", async (name) => {
    const book = join(folder, `${name}.xlsx`);
    copyFileSync(blank, book);
    const result = await inProcess(["import", book, join(FIXTURES, name), "--form", "mentor"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/учтено 3 \(добавлено строк 3, изменено 0\)/);
    expect(result.stdout).not.toMatch(/Столбцы не из этой анкеты/);
    expect(bank(await readGrid(book, MENTORS.name))).toEqual(EXPECTED);
    const again = await inProcess(["import", book, join(FIXTURES, name), "--form", "mentor"]);
    expect(again.stdout).toMatch(/без изменений 3/);
  });

  it("tells the coordinator what it recognised: service columns, reworded headers, duplicated questions", async () => {
    const book = join(folder, "сообщения.xlsx");
    expect((await nastavnik(["init", book])).code).toBe(0);
    const yandex = await nastavnik([
      "import",
      book,
      join(FIXTURES, "yandex-options.xlsx"),
      "--form",
      "mentor",
    ]);
    expect(yandex.code).toBe(0);
    expect(yandex.stdout).toContain(
      "Служебные столбцы формы (для анкеты не нужны, пропущены): «ID», «Yandex UID»",
    );
    const edited = await nastavnik([
      "import",
      book,
      join(FIXTURES, "reworded-duplicated.csv"),
      "--form",
      "mentor",
    ]);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain("«Удобное время встреч» → «Удобное время для встреч»");
    expect(edited.stdout).toContain(
      "Вопросы в нескольких столбцах (ответ взят из того, где он есть): «Сильные стороны»",
    );
  });

  it("a corrected export with the same response times fills what the first import missed", async () => {
    const book = join(folder, "исправленная.xlsx");
    copyFileSync(blank, book);
    const [header = [], ...rows] = parseCsv(readFileSync(join(FIXTURES, "google-utf8-bom.csv"), "utf8"));
    const unit = header.indexOf("Структурное подразделение");
    const broken = [header, ...rows].map((row) => row.filter((_, index) => index !== unit));
    broken[0] = broken[0]!.map((title) =>
      title === "Удобное время для встреч" ? "Когда вам удобно встречаться" : title,
    );
    const first = join(folder, "без столбцов.csv");
    writeFileSync(first, formatCsv(broken));
    expect((await inProcess(["import", book, first, "--form", "mentor"])).code).toBe(0);
    const before = readRecords(MENTORS, await readGrid(book, MENTORS.name)).records;
    expect(before.map(({ record }) => String(record.meetingTime ?? ""))).toEqual(["", "", ""]);

    const fixed = await inProcess([
      "import",
      book,
      join(FIXTURES, "google-utf8-bom.csv"),
      "--form",
      "mentor",
    ]);
    expect(fixed.stdout).toMatch(/учтено 3 \(добавлено строк 0, изменено 3\), без изменений 0/);
    const after = readRecords(MENTORS, await readGrid(book, MENTORS.name)).records.map(
      ({ record }) => record,
    );
    expect(after.map((record) => String(record.meetingTime ?? ""))).toEqual([
      "вторник после 14:00",
      "",
      "среда",
    ]);
    expect(bank(await readGrid(book, MENTORS.name))).toEqual(EXPECTED);
  });
});
