import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/core/cell";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { formatCsv } from "../../src/core/questionnaires/csv";
import { mentorQuestionnaire } from "../../src/core/questionnaires/forms";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { type BankAnswer, bankAnswer, knownPerson, label, people, random } from "../intake/support";
import { OLD_MONITORING_TITLES } from "../monitoring/oldForm";
import { loadBundle } from "../support/bundle";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");
const QUESTIONS = mentorQuestionnaire({ organisation: "", competences: COMPETENCES }).questions;
const HEADER = ["Отметка времени", "Адрес электронной почты", ...QUESTIONS.map((question) => question.title)];

async function nastavnik(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function newWorkbook(): Promise<{ dir: string; book: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nastavnik-import-"));
  const book = join(dir, "школа.xlsx");
  expect((await nastavnik("init", book)).code).toBe(0);
  return { dir, book };
}

async function readGrid(book: string, sheet: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(book);
  return new XlsxPort(workbook).readAll(sheet);
}

/** «2025/09/10 12:00:00 PM GMT+3», as a Google Forms CSV export writes response times. */
function exportTime(date: Date): string {
  const moscow = new Date(date.getTime() + 3 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  const hours = moscow.getUTCHours();
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${moscow.getUTCFullYear()}/${two(moscow.getUTCMonth() + 1)}/${two(moscow.getUTCDate())} ${twelve}:${two(moscow.getUTCMinutes())}:${two(moscow.getUTCSeconds())} ${hours < 12 ? "AM" : "PM"} GMT+3`;
}

/** Mentor answers over a few hours: one per person, some re-submitted later, one delivered twice. */
function mentorExport() {
  const rng = random(7);
  const team = people(rng, "mentor", 12);
  const answers: { answer: BankAnswer; time: Date }[] = [];
  const start = Date.UTC(2025, 8, 10, 6, 0, 0);
  team.forEach((person, i) => {
    answers.push({ answer: bankAnswer(person, rng), time: new Date(start + i * 60_000) });
  });
  for (const person of team.slice(0, 4))
    answers.push({
      answer: bankAnswer(person, rng),
      time: new Date(start + 3_600_000 + answers.length * 60_000),
    });
  // A wish with a comma, quotes and a line break: quoted in the file.
  const tricky = bankAnswer(team[5]!, rng);
  const withWish = {
    ...tricky,
    answers: { ...tricky.answers, Пожелания: 'Хочу "живые" уроки,\nи побольше практики' },
    expected: { ...tricky.expected, wishes: 'Хочу "живые" уроки,\nи побольше практики' },
  };
  answers.push({ answer: withWish, time: new Date(start + 7_200_000) });
  const rows = answers.map(({ answer, time }) => [
    exportTime(time),
    answer.email,
    ...QUESTIONS.map((question) => {
      const value = answer.answers[question.title] ?? "";
      return typeof value === "string" ? value : value.join(", ");
    }),
  ]);
  rows.push([...rows[2]!]);
  return { team, answers, csv: `\ufeff${formatCsv([HEADER, ...rows])}\r\n` };
}

/** Cells as a person reads them: dates by their instant, everything else as text. */
function shown(grid: Grid, skip: readonly number[]): string[][] {
  return grid.map((row) =>
    row
      .filter((_, index) => !skip.includes(index))
      .map((cell: Cell) =>
        cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]"
          ? String((cell as Date).getTime())
          : cell === null
            ? ""
            : String(cell),
      ),
  );
}

describe("nastavnik import", () => {
  it("imports a Google Forms CSV export into the bank; importing it again leaves the file as it was", async () => {
    const { dir, book } = await newWorkbook();
    const { team, answers, csv } = mentorExport();
    expect(csv).toContain('"Методика');
    const file = join(dir, "ответы.csv");
    writeFileSync(file, csv, "utf8");

    const first = await nastavnik("import", book, file, "--form", "mentor");
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(
      /Анкета наставника: ответов 18 — учтено 17 \(добавлено строк 12, изменено 0\), без изменений 1, не принято 0/,
    );
    const grid = await readGrid(book, MENTORS.name);
    const records = readRecords(MENTORS, grid).records.map((entry) => entry.record);
    expect(records).toHaveLength(team.length);
    for (const person of team) {
      const history = answers.filter((entry) => entry.answer.person === person);
      const record = records.find((candidate) => candidate.email === person.email)!;
      const wanted: Record<string, Cell> = {};
      for (const { answer } of history)
        for (const [key, value] of Object.entries(answer.expected))
          if (value !== "" || !(key in wanted)) wanted[key] = value;
      const text = Object.fromEntries(Object.entries(wanted).map(([key, value]) => [key, String(value)]));
      const got = Object.fromEntries(Object.keys(wanted).map((key) => [key, String(record[key] ?? "")]));
      expect(got, person.email).toEqual(text);
      expect(record.source).toBe("импорт");
      expect((record.updated as Date).getTime()).toBe(history.at(-1)!.time.getTime());
    }

    const bytes = readFileSync(book);
    const again = await nastavnik("import", book, file, "--form", "mentor");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/учтено 0 \(добавлено строк 0, изменено 0\), без изменений 18/);
    expect(again.stdout).toContain("не изменена");
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });

  it("refuses a file with none of the expected columns and leaves the workbook byte-identical", async () => {
    const { dir, book } = await newWorkbook();
    const bytes = readFileSync(book);
    const file = join(dir, "чужой.csv");
    writeFileSync(file, "Товар;Цена\r\nХлеб;40\r\n", "utf8");
    const result = await nastavnik("import", book, file, "--form", "mentee");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/не похож на выгрузку ответов формы «Анкета наставляемого»/);
    expect(result.stderr).toContain("Книга не изменена");
    expect(readFileSync(book).equals(bytes)).toBe(true);

    const usage = await nastavnik("import", book, file);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--form mentor\|mentee\|preferences\|monitoring/);
  });

  it("reports unknown columns without failing, reads an .xlsx export of the first monitoring form, and fills «Мониторинг»", async () => {
    const { dir, book } = await newWorkbook();
    const titles = OLD_MONITORING_TITLES;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ответы на форму (1)");
    sheet.addRow(["Отметка времени", "Адрес электронной почты", ...titles, "Комментарий куратора"]);
    // An .xlsx export holds the response time as a date serial of the wall-clock time.
    sheet.addRow([
      new Date(Date.UTC(2025, 11, 20, 15, 30, 0)),
      "a@school.ru",
      "Наставник",
      9,
      8,
      10,
      7,
      9,
      "Всё",
      "",
      "Да",
      "x",
    ]);
    sheet.addRow([
      new Date(Date.UTC(2025, 11, 21, 9, 0, 0)),
      "A@School.ru",
      "Наставник",
      10,
      10,
      10,
      10,
      10,
      "",
      "",
      "Да",
      "",
    ]);
    sheet.addRow([
      new Date(Date.UTC(2025, 11, 21, 10, 0, 0)),
      "b@school.ru",
      "Наставляемый",
      11,
      5,
      5,
      5,
      5,
      "",
      "Времени",
      "Нет",
      "",
    ]);
    const file = join(dir, "мониторинг.xlsx");
    await workbook.xlsx.writeFile(file);

    const result = await nastavnik("import", book, file, "--form=monitoring");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Столбцы не из этой анкеты (пропущены): «Комментарий куратора»");
    expect(result.stdout).toMatch(/ответов 3 — учтено 3 \(добавлено строк 2, изменено 0\)/);
    const rows = readRecords(MONITORING, await readGrid(book, MONITORING.name)).records.map(
      (entry) => entry.record,
    );
    expect(rows.map((row) => [row.email, row.overall, row.valuable, row.continue])).toEqual([
      ["a@school.ru", 10, "", "Да"],
      ["b@school.ru", "", "", "Нет"],
    ]);
    expect(String(rows[1]?.remarks)).toMatch(/«11» — ожидается оценка от 1 до 10/);
    const time = rows[0]?.time as Date;
    expect([time.getFullYear(), time.getMonth(), time.getDate(), time.getHours()]).toEqual([2025, 11, 21, 9]);
  });

  it("writes the choices after the group meeting from a CSV export", async () => {
    const { dir, book } = await newWorkbook();
    const rng = random(11);
    const mentors = people(rng, "mentor", 3);
    const mentees = people(rng, "mentee", 2, 50);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const port = new XlsxPort(workbook);
    const place = (schema: typeof MENTORS, records: ReturnType<typeof knownPerson>[]) => {
      const header = port.readHeader(schema.name).map(String);
      port.write(
        schema.name,
        1,
        0,
        records.map((record) =>
          header.map((title) => {
            const column = schema.columns.find((candidate) => candidate.header === title);
            return column ? (record[column.key] ?? "") : "";
          }),
        ),
      );
    };
    place(
      MENTORS,
      mentors.map((person, i) => knownPerson(person, `Н-00${i + 1}`)),
    );
    place(
      MENTEES,
      mentees.map((person, i) => knownPerson(person, `П-00${i + 1}`)),
    );
    await workbook.xlsx.writeFile(book);

    const titles = ["Первый", "Второй", "Третий"].map(
      (ordinal) => `${ordinal} выбор: с кем вы хотели бы работать?`,
    );
    const csv = formatCsv([
      ["Отметка времени", "Адрес электронной почты", "Выберите себя в списке", ...titles],
      ["2025/10/01 10:00:00 AM GMT+3", mentees[0]!.email, label(mentees[0]!), label(mentors[2]!), "", ""],
      [
        "2025/10/01 11:00:00 AM GMT+3",
        mentees[0]!.email,
        label(mentees[0]!),
        label(mentors[1]!),
        label(mentors[0]!),
        "",
      ],
      [
        "2025/10/01 10:30:00 AM GMT+3",
        mentors[0]!.email,
        label(mentors[0]!),
        label(mentees[1]!),
        label(mentors[1]!),
        "",
      ],
    ]);
    const file = join(dir, "выбор.csv");
    writeFileSync(file, csv, "utf8");
    const result = await nastavnik("import", book, file, "--form", "preferences");
    expect(result.code).toBe(0);
    const choices = (schema: typeof MENTORS, grid: Grid) =>
      readRecords(schema, grid).records.map((entry) => [entry.record.id, entry.record.choices ?? ""]);
    expect(choices(MENTEES, await readGrid(book, MENTEES.name))).toEqual([
      ["П-001", "Н-002, Н-001"],
      ["П-002", ""],
    ]);
    expect(choices(MENTORS, await readGrid(book, MENTORS.name))).toEqual([
      ["Н-001", "П-002"],
      ["Н-002", ""],
      ["Н-003", ""],
    ]);
    const bytes = readFileSync(book);
    expect((await nastavnik("import", book, file, "--form", "preferences")).stdout).toContain("не изменена");
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });

  it("gives the same bank from the export file as from the same answers submitted in Google", async () => {
    const { dir, book } = await newWorkbook();
    const { answers, csv } = mentorExport();
    const file = join(dir, "ответы.csv");
    writeFileSync(file, csv, "utf8");
    expect((await nastavnik("import", book, file, "--form", "mentor")).code).toBe(0);
    const offline = await readGrid(book, MENTORS.name);

    const bundle = loadBundle();
    bundle.call("menuSetup");
    bundle.call("menuCreateForms");
    const form = bundle.world.formApp.byTitle("Анкета наставника");
    const sorted = [...answers].sort((a, b) => a.time.getTime() - b.time.getTime());
    for (const { answer, time } of sorted)
      bundle.call("onFormSubmit", form.submit(answer.answers, { email: answer.email, timestamp: time }));
    const google = bundle.world.spreadsheet.sheet(MENTORS.name).getDataRange().getValues() as Grid;

    // «Источник» says where the answers came from: «форма» in Google, «импорт» offline.
    const source = MENTORS.columns.findIndex((column) => column.key === "source");
    expect(offline.length).toBe(13);
    expect(shown(offline, [source])).toEqual(shown(google, [source]));
  });
});
