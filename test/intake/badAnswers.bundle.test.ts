import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cell";
import type { RawAnswer } from "../../src/core/questionnaires/types";
import { LOG, MENTORS } from "../../src/core/schema/sheets";
import { mentorAnswers } from "../questionnaires/fixtures";
import { loadBundle } from "../support/bundle";
import { sheetRecords } from "./support";

interface Case {
  readonly name: string;
  readonly email: string;
  readonly answers: Record<string, RawAnswer>;
  /** The bank row it must leave (a subset of its cells), or "rejected" for no row at all. */
  readonly expected: Readonly<Record<string, Cell>> | "rejected";
  /** What «Замечания» must say; an empty string for nothing. */
  readonly remarks?: RegExp | "";
}

const LONG = "очень длинный ответ ".repeat(300);
const REVIEW = "Требует проверки";

/** Every case has its own e-mail and surname, so that no answer is taken for another person. */
const CORPUS: readonly Case[] = [
  {
    name: "empty surname and name, known e-mail",
    email: "empty@school.ru",
    answers: { Фамилия: "", Имя: "   " },
    expected: { lastName: "", firstName: "", status: REVIEW },
    remarks: /Не заполнено обязательное поле «Фамилия»; Не заполнено обязательное поле «Имя»/,
  },
  {
    name: "no name and no e-mail",
    email: "",
    answers: { Фамилия: " ", Имя: "" },
    expected: "rejected",
  },
  {
    name: "stray spaces and punctuation",
    email: "spaces@school.ru",
    answers: { Фамилия: "  Петрова.  ", Имя: " Анна ", Отчество: "  Ивановна" },
    expected: { lastName: "Петрова", firstName: "Анна", middleName: "Ивановна", status: "Активен" },
    remarks: "",
  },
  {
    name: "wrong case",
    email: "case@school.ru",
    answers: { Фамилия: "СИДОРОВА-ГРОМОВА", Имя: "еЛЕНА", Отчество: "сергеевна" },
    expected: {
      lastName: "Сидорова-Громова",
      firstName: "Елена",
      middleName: "Сергеевна",
      status: "Активен",
    },
    remarks: "",
  },
  {
    name: "letters in стаж",
    email: "letters@school.ru",
    answers: { Фамилия: "Буквина", "Педагогический стаж (лет)": "много" },
    expected: { lastName: "Буквина", experience: "", status: REVIEW },
    remarks: /«Педагогический стаж \(лет\)»: «много» — не число/,
  },
  {
    name: "стаж in words",
    email: "words@school.ru",
    answers: { Фамилия: "Словесная", "Педагогический стаж (лет)": "пять лет" },
    expected: { lastName: "Словесная", experience: 5, status: "Активен" },
  },
  {
    name: "стаж with words and a fraction",
    email: "fraction@school.ru",
    answers: { Фамилия: "Дробнова", "Педагогический стаж (лет)": "5,5 лет" },
    expected: { experience: 5, status: "Активен" },
    remarks: /записано полных лет: 5/,
  },
  {
    name: "negative стаж",
    email: "negative@school.ru",
    answers: { Фамилия: "Минусова", "Педагогический стаж (лет)": "-5" },
    expected: { experience: "", status: REVIEW },
    remarks: /«-5» — не число/,
  },
  {
    name: "unknown checkbox option among known ones",
    email: "options@school.ru",
    answers: { Фамилия: "Вязова", "Сильные стороны": ["Вязание крючком", "Мотивация обучающихся"] },
    expected: { strengths: "Мотивация обучающихся", status: REVIEW },
    remarks: /«Вязание крючком» — такого варианта нет в анкете/,
  },
  {
    name: "unknown single choice",
    email: "choice@school.ru",
    answers: { Фамилия: "Выборова", Пол: "Другое" },
    expected: { gender: "", status: REVIEW },
    remarks: /«Пол»: «Другое» — варианты: Женский; Мужской/,
  },
  {
    name: "injected HYPERLINK formula",
    email: "formula@school.ru",
    answers: { Фамилия: "Формулова", Пожелания: '=HYPERLINK("http://x","y")' },
    expected: { wishes: '=HYPERLINK("http://x","y")', status: "Активен" },
    remarks: /«Пожелания»: ответ начинается с «=» — сохранён как текст/,
  },
  {
    name: "phone number starting with +",
    email: "phone@school.ru",
    answers: { Фамилия: "Телефонова", "Удобное время для встреч": "+7 999 123-45-67" },
    expected: { meetingTime: "+7 999 123-45-67", status: "Активен" },
    remarks: "",
  },
  {
    name: "text starting with @ and with -",
    email: "at@school.ru",
    answers: { Фамилия: "Собакина", Должность: "@user", "Предмет или направление": "-история" },
    expected: { position: "@user", subject: "-история", status: "Активен" },
    remarks: "",
  },
  {
    name: "formula as a surname",
    email: "formula-name@school.ru",
    answers: { Фамилия: "=1+1" },
    expected: { lastName: "=1+1", status: REVIEW },
    remarks: /«Фамилия»: «=1\+1» — допустимы только буквы/,
  },
  {
    name: "very long text",
    email: "long@school.ru",
    answers: { Фамилия: "Длиннова", Пожелания: LONG },
    expected: { status: "Активен" },
    remarks: /«Пожелания»: ответ длиннее 2000 символов/,
  },
  {
    name: "very long surname",
    email: "longname@school.ru",
    answers: { Фамилия: "Оченьдлинная".repeat(10) },
    expected: { status: REVIEW },
    remarks: /«Фамилия»: длиннее 60 символов/,
  },
  {
    name: "Latin name",
    email: "latin@school.ru",
    answers: { Фамилия: "ivanova", Имя: "MARIA" },
    expected: { lastName: "Ivanova", firstName: "Maria", status: REVIEW },
    remarks: /«Фамилия»: «Ivanova» написано не кириллицей/,
  },
  {
    name: "Latin letter hidden in a Russian name",
    email: "mixed@school.ru",
    answers: { Фамилия: "Смирнoва" },
    expected: { lastName: "Смирнoва", status: REVIEW },
    remarks: /латинские буквы вперемешку с русскими/,
  },
  {
    name: "e-mail in capitals with spaces",
    email: "  Upper.Case@School.RU ",
    answers: { Фамилия: "Прописная" },
    expected: { email: "upper.case@school.ru", status: "Активен" },
    remarks: "",
  },
  {
    name: "broken e-mail: matched by nothing, added by name",
    email: "not-an-email",
    answers: { Фамилия: "Безадресная" },
    expected: { lastName: "Безадресная", email: "", status: REVIEW },
    remarks: /Адрес электронной почты «not-an-email» указан с ошибкой/,
  },
];

describe("a corpus of bad answers through onFormSubmit", () => {
  it("leaves each answer's expected outcome in the bank, and never a formula", () => {
    const bundle = loadBundle();
    const { spreadsheet, formApp } = bundle.world;
    bundle.call("menuSetup");
    bundle.call("menuCreateForms");
    const form = formApp.byTitle("Анкета наставника");
    const raw = form.responses!;
    CORPUS.forEach((entry, index) => {
      const answers = mentorAnswers({ Имя: "Мария", Отчество: "", ...entry.answers });
      const event = form.submit(answers, { email: entry.email, timestamp: new Date(2025, 8, 10, 12, index) });
      bundle.call("onFormSubmit", event);
    });
    const rawBefore = JSON.stringify(raw.snapshot());
    bundle.call("menuImportResponses");
    expect(JSON.stringify(raw.snapshot())).toBe(rawBefore);

    const records = sheetRecords(spreadsheet, MENTORS).map((entry) => entry.record);
    const accepted = CORPUS.filter((entry) => entry.expected !== "rejected");
    expect(records).toHaveLength(accepted.length);
    for (const [index, entry] of CORPUS.entries()) {
      const time = new Date(2025, 8, 10, 12, index).getTime();
      const record = records.find((candidate) => (candidate.updated as Date).getTime() === time);
      if (entry.expected === "rejected") {
        expect(record, entry.name).toBeUndefined();
        continue;
      }
      expect(record, entry.name).toMatchObject(entry.expected);
      if (entry.remarks === "") expect(record?.remarks, entry.name).toBe("");
      else if (entry.remarks) expect(String(record?.remarks), entry.name).toMatch(entry.remarks);
    }
    const long = records.find((record) => record.lastName === "Длиннова");
    expect(String(long?.wishes).length).toBeLessThanOrEqual(2000);
    expect(String(long?.wishes)).toBe(LONG.slice(0, 2000).trimEnd());
    expect(spreadsheet.sheet(MENTORS.name).formulas.size).toBe(0);
    expect(raw.formulas.size).toBe(0);
    const log = spreadsheet
      .sheet(LOG.name)
      .getDataRange()
      .getValues()
      .map((row) => String(row[3]));
    expect(log.some((line) => /не принята: не указаны ни e-mail, ни фамилия с именем/.test(line))).toBe(true);
  });
});
