import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { FINAL_REPORTS } from "../../src/core/finalReports/sheet";
import { PRACTICES } from "../../src/core/practices/sheet";
import { formatCsv } from "../../src/core/questionnaires/csv";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { knownPerson, label, people, random } from "../intake/support";
import { bankGrid } from "../support/bankGrid";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");

async function nastavnik(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const rng = random(5);
const MENTOR = people(rng, "mentor", 1)[0]!;
const MENTEE = people(rng, "mentee", 1, 100)[0]!;

/** A new workbook with one approved pair Н-001 → П-001 (consents received). */
async function workbook(): Promise<{ dir: string; book: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nastavnik-monitoring-"));
  const book = join(dir, "школа.xlsx");
  expect((await nastavnik("init", book)).code).toBe(0);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(book);
  const port = new XlsxPort(excel);
  port.write(MENTORS.name, 0, 0, bankGrid(MENTORS, [knownPerson(MENTOR, "Н-001")]));
  port.write(MENTEES.name, 0, 0, bankGrid(MENTEES, [knownPerson(MENTEE, "П-001")]));
  port.write(
    PAIRS.name,
    0,
    0,
    bankGrid(PAIRS, [{ id: "ПР-001", mentorId: "Н-001", menteeIds: "П-001", status: "Утверждена" }]),
  );
  await excel.xlsx.writeFile(book);
  return { dir, book };
}

async function records(book: string, schema: typeof MONITORING) {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(book);
  const grid: Grid = new XlsxPort(excel).readAll(schema.name);
  return readRecords(schema, grid).records.map((entry) => entry.record);
}

function csvFile(dir: string, name: string, rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, `\ufeff${formatCsv(rows)}\r\n`, "utf8");
  return file;
}

describe("nastavnik import: monitoring, final reports, practices", () => {
  it("--form мониторинг: a start and an end answer of one person are two rows; again changes nothing", async () => {
    const { dir, book } = await workbook();
    const asked = monitoringQuestionnaire({ organisation: "", competences: [] }).questions.filter(
      (question) => !question.retired,
    );
    const row = (time: string, stage: string, overall: string) => [
      time,
      MENTEE.email,
      ...asked.map((question) =>
        question.id === "role"
          ? "Наставляемый"
          : question.id === "stage"
            ? stage
            : question.id === "overall"
              ? overall
              : question.type === "scale"
                ? "8"
                : question.options
                  ? "Да"
                  : "",
      ),
    ];
    const file = csvFile(dir, "мониторинг.csv", [
      ["Отметка времени", "Адрес электронной почты", ...asked.map((question) => question.title)],
      row("15.09.2026 10:00:00", "Начало программы", "6"),
      row("20.05.2027 10:00:00", "Завершение программы", "9"),
    ]);
    const first = await nastavnik("import", book, file, "--form", "мониторинг");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/ответов 2 — учтено 2 \(добавлено строк 2/);
    expect((await records(book, MONITORING)).map((r) => [r.stage, r.overall])).toEqual([
      ["Начало программы", 6],
      ["Завершение программы", 9],
    ]);
    const bytes = readFileSync(book);
    const again = await nastavnik("import", book, file, "--form=monitoring");
    expect(again.stdout).toMatch(/учтено 0/);
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });

  it("--form итоговый: the report lands on «Итоговые отчёты» with its pair, once", async () => {
    const { dir, book } = await workbook();
    const file = csvFile(dir, "отчёты.csv", [
      [
        "Отметка времени",
        "Адрес электронной почты",
        "Наставляемый",
        "Запросы наставляемого в начале программы",
        "Что сделано за время программы",
        "Результаты наставляемого",
        "Оцените результат работы в паре",
        "Ваша рекомендация",
        "Комментарий",
      ],
      [
        "25.05.2027 12:00:00",
        MENTOR.email,
        label(MENTEE),
        "дисциплина на уроке",
        "восемь встреч",
        "уроки без срывов",
        "9",
        "Завершить наставничество",
        "",
      ],
    ]);
    const first = await nastavnik("import", book, file, "--form", "итоговый");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Итоговый отчёт наставника: ответов 1 — учтено 1");
    expect(await records(book, FINAL_REPORTS)).toMatchObject([
      {
        mentorId: "Н-001",
        menteeId: "П-001",
        pairId: "ПР-001",
        score: 9,
        recommendation: "Завершить наставничество",
      },
    ]);
    const bytes = readFileSync(book);
    expect((await nastavnik("import", book, file, "--form", "final")).stdout).toMatch(/учтено 0/);
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });

  it("questions --form итоговый lists the workbook's mentees to report on", async () => {
    const { book } = await workbook();
    const result = await nastavnik("questions", book, "--form", "итоговый");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.startsWith("Итоговый отчёт наставника\n")).toBe(true);
    expect(result.stdout).toContain(`   – ${label(MENTEE)}`);
    expect(result.stdout).toMatch(/Ваша рекомендация — один вариант из списка, обязательный/);
  });

  it("--form практика: the practice lands in «Методическая копилка»; another form's export is refused", async () => {
    const { dir, book } = await workbook();
    const file = csvFile(dir, "практики.csv", [
      [
        "Отметка времени",
        "Адрес электронной почты",
        "Название практики",
        "Автор или пара",
        "Форма практики",
        "Описание практики",
        "Результаты практики",
        "Ссылки на материалы",
      ],
      [
        "01.03.2027 09:00:00",
        MENTOR.email,
        "Урок вдвоём",
        "пара ПР-001",
        "взаимопосещение",
        "как",
        "что",
        "",
      ],
    ]);
    const bytes = readFileSync(book);
    const wrong = await nastavnik("import", book, file, "--form", "итоговый");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Похоже, это ответы формы «Практика наставничества»/);
    expect(readFileSync(book).equals(bytes)).toBe(true);

    const result = await nastavnik("import", book, file, "--form", "практика");
    expect(result.code, result.stderr).toBe(0);
    expect(await records(book, PRACTICES)).toMatchObject([
      { title: "Урок вдвоём", author: "пара ПР-001", form: "взаимопосещение", total: "" },
    ]);
  });
});
