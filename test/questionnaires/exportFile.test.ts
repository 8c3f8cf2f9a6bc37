import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allQuestionnaires } from "../../src/core/intake/questionnaireSet";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { formatCsv, parseCsv } from "../../src/core/questionnaires/csv";
import { QuestionnaireError } from "../../src/core/questionnaires/errors";
import { readFormsExport } from "../../src/core/questionnaires/exportFile";
import { joinOptions } from "../../src/core/questionnaires/options";
import { parseBankAnswer } from "../../src/core/questionnaires/parse";
import { CONTEXT, MENTOR_FORM, mentorAnswers } from "./fixtures";

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

describe("readFormsExport: headers as people and other services write them", () => {
  it("matches slightly reworded headers to their questions and says so", () => {
    const header = [
      "Отметка времени",
      "Адрес электронной почты",
      "фамилия:",
      "ИМЯ",
      "Педагогический стаж, лет",
      "Сколько наставляемых Вы готовы взять",
      "Предпочитаемая форма наставничество",
      "Удобное время встреч",
      "Любимый цвет",
    ];
    const read = readFormsExport(MENTOR_FORM, header, [
      ["21.11.2025 19:08:00", "a@b.ru", "Иванова", "Мария", "12", "2", "Индивидуальная", "вторник", "синий"],
    ]);
    expect(read.unknownColumns).toEqual(["Любимый цвет"]);
    expect(read.responses[0]?.answers).toMatchObject({
      Фамилия: "Иванова",
      Имя: "Мария",
      "Педагогический стаж (лет)": "12",
      "Сколько наставляемых вы готовы взять?": "2",
      "Предпочитаемая форма наставничества": "Индивидуальная",
      "Удобное время для встреч": "вторник",
    });
    expect(read.reworded.map((entry) => entry.title)).toEqual([
      "Предпочитаемая форма наставничества",
      "Удобное время для встреч",
    ]);
  });

  it("never gives one column to two questions: a header as close to two of them names neither", () => {
    const form = {
      ...MENTOR_FORM,
      questions: [
        { id: "a", title: "Оценка урока А", type: "text" as const, required: false },
        { id: "b", title: "Оценка урока Б", type: "text" as const, required: false },
      ],
    };
    const read = readFormsExport(
      form,
      ["Отметка времени", "Оценка урока В", "Оценка урока А"],
      [["21.11.2025 19:08:00", "x", "y"]],
    );
    expect(read.unknownColumns).toEqual(["Оценка урока В"]);
    expect(read.responses[0]?.answers).toEqual({ "Оценка урока А": "y" });
  });

  it("takes the answer from whichever duplicated column has it", () => {
    const [first, second] = COMPETENCES;
    const header = ["Отметка времени", "Фамилия", "Имя", "Сильные стороны", "Фамилия", "Сильные стороны "];
    const read = readFormsExport(MENTOR_FORM, header, [
      ["21.11.2025 19:08:00", "", "Мария", "", "Иванова", first!],
      ["21.11.2025 19:09:00", "Петрова", "Анна", second!, "", ""],
    ]);
    expect(read.duplicated).toEqual(["Фамилия", "Сильные стороны"]);
    expect(read.responses.map((r) => [r.answers.Фамилия, r.answers["Сильные стороны"]])).toEqual([
      ["Иванова", first],
      ["Петрова", second],
    ]);
  });

  it("reads a Яндекс Формы export: its own time and service columns, a checkbox as one column per option", () => {
    const [first, second] = COMPETENCES;
    const header = [
      "ID",
      "Время создания",
      "Фамилия",
      "Имя",
      `Сильные стороны / ${first}`,
      `Сильные стороны / ${second}`,
      "Yandex UID",
    ];
    const read = readFormsExport(MENTOR_FORM, header, [
      ["1001", "2025-09-10 12:00:00", "Иванова", "Мария", first!, "", "123"],
      ["1002", "2025-09-10 12:05:00", "Петрова", "Анна", "", "1", "124"],
    ]);
    expect(read.unknownColumns).toEqual([]);
    expect(read.serviceColumns).toEqual(["ID", "Yandex UID"]);
    expect(read.missingQuestions).not.toContain("Сильные стороны");
    expect(read.responses[0]?.timestamp).toEqual(new Date(2025, 8, 10, 12, 0, 0));
    const strengths = read.responses.map((r) => parseBankAnswer(MENTOR_FORM, r).record.strengths);
    expect(strengths).toEqual([first, second]);
  });

  it("reads per-option columns headed by the option alone, and «нет» or «0» as not chosen", () => {
    const [first, second, third] = COMPETENCES;
    const read = readFormsExport(
      MENTOR_FORM,
      ["Время создания", "Фамилия", first!, second!, third!],
      [
        ["2025-09-10 12:00:00", "Иванова", "1", "0", "нет"],
        ["2025-09-10 12:05:00", "Петрова", "", "да", first!],
      ],
    );
    expect(read.unknownColumns).toEqual([]);
    expect(read.responses.map((r) => r.answers["Сильные стороны"])).toEqual([[first], [second, third]]);
  });

  it("maps a header with any case, punctuation, «ё» and spacing changes, or one slip, to its own question only", () => {
    const forms = allQuestionnaires(CONTEXT);
    const form = fc.constantFrom(...forms);
    const letters = "абвгдежзийклмнопрстуфхцчшщыэюя";
    fc.assert(
      fc.property(form, fc.infiniteStream(fc.nat()), (questionnaire, random) => {
        const pick = (n: number) => (random.next().value as number) % n;
        const titles = questionnaire.questions.map((question) => question.title);
        const header = titles.map((title) => {
          let text = [...title]
            .map((ch) => (pick(2) ? ch.toUpperCase() : ch.toLowerCase()))
            .join("")
            .replace(/ё/gi, "е")
            .replace(/ /g, () => [" ", "  ", " - "][pick(3)]!);
          text = `${text}${[":", "?", " *", ""][pick(4)]}`;
          if (title.length >= 10 && pick(2)) {
            const at = 1 + pick(text.length - 2);
            text = text.slice(0, at) + letters[pick(letters.length)] + text.slice(at + 1);
          }
          return text;
        });
        const read = readFormsExport(
          questionnaire,
          ["Отметка времени", ...header],
          [["2025-09-10 12:00:00", ...titles]],
        );
        const answers = read.responses[0]!.answers;
        for (const [title, answer] of Object.entries(answers)) expect(answer).toBe(title);
        expect(Object.keys(answers).length + read.unknownColumns.length).toBe(titles.length);
      }),
      { numRuns: 200 },
    );
  });
});
