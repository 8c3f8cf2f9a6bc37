import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../../src/core/questionnaires/csv";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import { joinOptions } from "../../src/core/questionnaires/options";
import type { Questionnaire, RawAnswer } from "../../src/core/questionnaires/types";
import { MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { MENTEE_FORM, MENTOR_FORM, menteeAnswers, mentorAnswers } from "../questionnaires/fixtures";
import { initWorkbook, nastavnik, readSheet } from "../support/cli";

function exportCsv(
  form: Questionnaire,
  rows: { time: string; email: string; answers: Record<string, RawAnswer> }[],
): string {
  const header = ["Отметка времени", "Адрес электронной почты", ...form.questions.map((q) => q.title)];
  const cells = rows.map(({ time, email, answers }) => [
    time,
    email,
    ...form.questions.map((q) => {
      const value = answers[q.title] ?? "";
      return typeof value === "string" ? value : joinOptions(value);
    }),
  ]);
  return `\ufeff${formatCsv([header, ...cells])}\r\n`;
}

describe("nastavnik import with the wrong --form", () => {
  it("refuses a mentee export given as mentors, names the form it is, and leaves the workbook byte-identical", async () => {
    const { dir, book } = await initWorkbook("nastavnik-wrong-form-");
    const mentors = join(dir, "наставники.csv");
    writeFileSync(
      mentors,
      exportCsv(MENTOR_FORM, [
        { time: "2025/09/10 10:00:00 AM GMT+3", email: "ivanova@school.ru", answers: mentorAnswers() },
      ]),
    );
    expect((await nastavnik("import", book, mentors, "--form", "mentor")).code).toBe(0);
    const before = readFileSync(book);

    const mentees = join(dir, "наставляемые.csv");
    writeFileSync(
      mentees,
      exportCsv(MENTEE_FORM, [
        // The same person answered the mentee form too: a wrong import would flip her row.
        {
          time: "2025/09/11 10:00:00 AM GMT+3",
          email: "ivanova@school.ru",
          answers: menteeAnswers({ Фамилия: "Иванова", Имя: "Мария", Отчество: "Петровна" }),
        },
        { time: "2025/09/11 11:00:00 AM GMT+3", email: "petrov@school.ru", answers: menteeAnswers() },
      ]),
    );
    const wrong = await nastavnik("import", book, mentees, "--form", "mentor");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/«Анкета наставляемого»/);
    expect(wrong.stderr).toMatch(/--form mentee/);
    expect(wrong.stderr).toMatch(/Книга не изменена/);
    expect(readFileSync(book).equals(before)).toBe(true);
    const records = readRecords(MENTORS, await readSheet(book, MENTORS.name)).records;
    expect(records.map((entry) => entry.record.status)).toEqual(["Активен"]);
  });

  it("refuses the monitoring export given as mentors", async () => {
    const { dir, book } = await initWorkbook("nastavnik-wrong-form-");
    const before = readFileSync(book);
    const monitoring = monitoringQuestionnaire({ organisation: "", competences: [] });
    const file = join(dir, "мониторинг.csv");
    const answers: Record<string, RawAnswer> = {};
    for (const question of monitoring.questions)
      answers[question.title] = question.type === "scale" ? "8" : (question.options?.[0] ?? "текст");
    writeFileSync(
      file,
      exportCsv(monitoring, [{ time: "2026/05/20 10:00:00 AM GMT+3", email: "a@school.ru", answers }]),
    );
    const wrong = await nastavnik("import", book, file, "--form", "mentor");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/«Мониторинг программы наставничества»/);
    expect(wrong.stderr).toMatch(/--form monitoring/);
    expect(wrong.stdout).toBe("");
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});
