import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { formatCsv, parseCsv } from "../../src/core/questionnaires/csv";
import { QuestionnaireError } from "../../src/core/questionnaires/errors";
import { readFormsExport } from "../../src/core/questionnaires/exportFile";
import { joinOptions } from "../../src/core/questionnaires/options";
import { parseBankAnswer } from "../../src/core/questionnaires/parse";
import { MENTOR_FORM, mentorAnswers } from "./fixtures";

const HEADER = [
  "Отметка времени",
  "Адрес электронной почты",
  ...MENTOR_FORM.questions.map((question) => question.title),
];

function exportRow(
  time: string,
  email: string,
  answers: Record<string, string | readonly string[]>,
): string[] {
  return [
    time,
    email,
    ...MENTOR_FORM.questions.map((question) => {
      const answer = answers[question.title] ?? "";
      return typeof answer === "string" ? answer : joinOptions(answer);
    }),
  ];
}

describe("readFormsExport", () => {
  it("round-trips a Google Forms CSV export whose checkbox options contain commas", () => {
    const selection = fc.uniqueArray(fc.constantFrom(...COMPETENCES), { minLength: 1 });
    fc.assert(
      fc.property(
        selection,
        fc.string({ unit: fc.constantFrom("а", ",", '"', "\n", " ", "=") }),
        (chosen, wishes) => {
          const answers = mentorAnswers({ "Сильные стороны": chosen, Пожелания: wishes });
          const csv = formatCsv([
            HEADER,
            exportRow("2025/09/10 12:00:00 PM GMT+3", "Ivanova@School.ru", answers),
          ]);
          const [header = [], ...rows] = parseCsv(`\ufeff${csv}\r\n`);
          const read = readFormsExport(MENTOR_FORM, header, rows);
          expect(read.unknownColumns).toEqual([]);
          expect(read.missingQuestions).toEqual([]);
          expect(read.problems).toEqual([]);
          expect(read.responses).toHaveLength(1);
          const fromFile = parseBankAnswer(MENTOR_FORM, read.responses[0]!);
          const live = parseBankAnswer(MENTOR_FORM, {
            timestamp: new Date(Date.UTC(2025, 8, 10, 9, 0, 0)),
            email: "Ivanova@School.ru",
            answers,
          });
          expect(fromFile.record).toEqual(live.record);
          expect(fromFile.record.strengths).toBe(joinOptions(chosen));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("recognises headers in English, in another case and with «е» for «ё», and reports unknown columns", () => {
    const header = [
      "Timestamp",
      "Email Address",
      "  ФАМИЛИЯ ",
      "Имя",
      "Сколько наставляемых вы готовы взять",
      "Любимый цвет",
      "",
    ];
    const read = readFormsExport(MENTOR_FORM, header, [
      ["21.11.2025 19:08:00", "a@b.ru", "Иванова", "Мария", "3", "синий", ""],
      ["", "", "", "", "", "", ""],
      ["вчера", "c@d.ru", "Петрова", "Анна", "1", "", ""],
    ]);
    expect(read.unknownColumns).toEqual(["Любимый цвет"]);
    expect(read.missingQuestions).toContain("Отчество");
    expect(read.problems).toEqual([
      "Строка 4: не удалось прочитать отметку времени «вчера» — строка пропущена",
    ]);
    expect(read.responses).toEqual([
      {
        timestamp: new Date(2025, 10, 21, 19, 8, 0),
        email: "a@b.ru",
        answers: { Фамилия: "Иванова", Имя: "Мария", "Сколько наставляемых вы готовы взять?": "3" },
      },
    ]);
  });

  it("accepts the bank's own headers (a hand-made table) and cells of any type", () => {
    const read = readFormsExport(
      MENTOR_FORM,
      ["Отметка времени", "E-mail", "Фамилия", "Педагогический стаж", "Сильные стороны (компетенции)"],
      [[new Date(2025, 0, 5), "x@y.ru", "Сидорова", 7, "Ведение документации (журналы, отчёты)"]],
    );
    expect(read.unknownColumns).toEqual([]);
    expect(read.responses[0]?.answers).toEqual({
      Фамилия: "Сидорова",
      "Педагогический стаж (лет)": "7",
      "Сильные стороны": "Ведение документации (журналы, отчёты)",
    });
  });

  it("refuses a file with none of the expected columns", () => {
    const attempt = () => readFormsExport(MENTOR_FORM, ["Товар", "Цена"], [["хлеб", "50"]]);
    expect(attempt).toThrow(QuestionnaireError);
    expect(attempt).toThrow(/не похож на выгрузку ответов формы «Анкета наставника»/);
  });

  it("refuses a file without the time column", () => {
    expect(() => readFormsExport(MENTOR_FORM, ["Фамилия", "Имя"], [["Иванова", "Мария"]])).toThrow(
      /нет столбца «Отметка времени»/,
    );
  });
});
