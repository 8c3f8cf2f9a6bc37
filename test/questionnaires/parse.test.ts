import { describe, expect, it } from "vitest";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import { parseBankAnswer, parseResponse } from "../../src/core/questionnaires/parse";
import { CONTEXT, MENTEE_FORM, MENTOR_FORM, menteeAnswers, mentorAnswers, response } from "./fixtures";

function mentor(overrides: Parameters<typeof mentorAnswers>[0], email?: string) {
  return parseBankAnswer(MENTOR_FORM, response(mentorAnswers(overrides), email));
}

describe("parseBankAnswer: a good answer", () => {
  it("gives the bank record, «Активен» and no remarks", () => {
    const answer = mentor({}, " Ivanova@School.ru ");
    expect(answer.status).toBe("Активен");
    expect(answer.remarks).toBe("");
    expect(answer.record).toEqual({
      lastName: "Иванова",
      firstName: "Мария",
      middleName: "Петровна",
      gender: "Ж",
      position: "учитель математики",
      subject: "математика",
      experience: 12,
      strengths: "Методика проведения урока (занятия), Работа с детьми с ОВЗ, инклюзивное образование",
      capacity: "2",
      preferredForm: "Индивидуальная",
      meetingTime: "вторник после 14:00",
      email: "ivanova@school.ru",
      status: "Активен",
      remarks: "",
      updated: new Date(2025, 8, 10, 12, 0, 0),
    });
    expect(answer.nameKey).toBe("иванова|мария|петровна");
  });

  it("reads the mentee's own questions", () => {
    const answer = parseBankAnswer(MENTEE_FORM, response(menteeAnswers(), "petrov@school.ru"));
    expect(answer.problems).toEqual([]);
    expect(answer.record).toMatchObject({
      difficulties: "Управление классом (группой) и дисциплина",
      category: "Молодой специалист",
      preferredForm: "Не имеет значения",
      gender: "М",
      experience: 1,
    });
  });

  it("finds answers whatever the case, spacing and trailing «?» of the titles", () => {
    const answers = mentorAnswers();
    const renamed = Object.fromEntries(
      Object.entries(answers).map(([title, value]) => [` ${title.toUpperCase().replace(/\?$/, "")} `, value]),
    );
    expect(parseBankAnswer(MENTOR_FORM, response(renamed)).record).toEqual(mentor({}).record);
  });

  it("drops milliseconds from the time", () => {
    const answer = parseBankAnswer(
      MENTOR_FORM,
      response(mentorAnswers(), "a@b.ru", new Date(2025, 0, 1, 10, 0, 0, 750)),
    );
    expect(answer.record.updated).toEqual(new Date(2025, 0, 1, 10, 0, 0));
  });
});

interface BadCase {
  readonly name: string;
  readonly overrides: Parameters<typeof mentorAnswers>[0];
  readonly email?: string;
  readonly expect: {
    readonly record?: Record<string, unknown>;
    readonly absent?: readonly string[];
    readonly status: "Активен" | "Требует проверки";
    readonly remarks?: RegExp;
  };
}

const BAD: readonly BadCase[] = [
  {
    name: "empty surname",
    overrides: { Фамилия: "   " },
    expect: {
      absent: ["lastName"],
      status: "Требует проверки",
      remarks: /^Не заполнено обязательное поле «Фамилия»$/,
    },
  },
  {
    name: "surname of punctuation only",
    overrides: { Фамилия: " -- " },
    expect: { status: "Требует проверки", remarks: /«Фамилия»/ },
  },
  {
    name: "stray spaces and wrong case",
    overrides: { Фамилия: "  иванова-ПЕТРОВА ", Имя: "МАРИЯ", Отчество: " петровна." },
    expect: {
      record: { lastName: "Иванова-Петрова", firstName: "Мария", middleName: "Петровна" },
      status: "Активен",
    },
  },
  {
    name: "«5 лет» of experience",
    overrides: { "Педагогический стаж (лет)": "5 лет" },
    expect: { record: { experience: 5 }, status: "Активен" },
  },
  {
    name: "fractional experience",
    overrides: { "Педагогический стаж (лет)": "5,5" },
    expect: { record: { experience: 5 }, status: "Активен", remarks: /записано полных лет: 5/ },
  },
  {
    name: "letters in experience",
    overrides: { "Педагогический стаж (лет)": "много" },
    expect: {
      absent: ["experience"],
      status: "Требует проверки",
      remarks: /«Педагогический стаж \(лет\)»: «много» — не число; укажите целое число лет от 0 до 60/,
    },
  },
  {
    name: "experience out of range",
    overrides: { "Педагогический стаж (лет)": "75" },
    expect: { absent: ["experience"], status: "Требует проверки", remarks: /вне допустимого/ },
  },
  {
    name: "negative experience",
    overrides: { "Педагогический стаж (лет)": "-3" },
    expect: { absent: ["experience"], status: "Требует проверки", remarks: /не число/ },
  },
  {
    name: "«менее года»",
    overrides: { "Педагогический стаж (лет)": "менее года" },
    expect: { record: { experience: 0 }, status: "Активен" },
  },
  {
    name: "unknown single option",
    overrides: { Пол: "Средний" },
    expect: {
      absent: ["gender"],
      status: "Требует проверки",
      remarks: /«Пол»: «Средний» — варианты: Женский; Мужской/,
    },
  },
  {
    name: "bank value instead of the option",
    overrides: { Пол: "ж" },
    expect: { record: { gender: "Ж" }, status: "Активен" },
  },
  {
    name: "unknown checkbox option among known ones (export text with commas)",
    overrides: {
      "Сильные стороны":
        "Работа с детьми с ОВЗ, инклюзивное образование, Хоровое пение, Ведение документации (журналы, отчёты)",
    },
    expect: {
      record: {
        strengths: "Работа с детьми с ОВЗ, инклюзивное образование, Ведение документации (журналы, отчёты)",
      },
      status: "Требует проверки",
      remarks: /^«Сильные стороны»: «Хоровое пение» — такого варианта нет в анкете$/,
    },
  },
  {
    name: "formula injection in free text",
    overrides: { Пожелания: '=HYPERLINK("http://evil.example";"Нажми")' },
    expect: {
      record: { wishes: `'=HYPERLINK("http://evil.example";"Нажми")` },
      status: "Активен",
      remarks: /сохранён как текст/,
    },
  },
  {
    name: "a phone number starting with +",
    overrides: { "Удобное время для встреч": "+7 999 123-45-67, после 15:00" },
    expect: { record: { meetingTime: "'+7 999 123-45-67, после 15:00" }, status: "Активен" },
  },
  {
    name: "«@имя» as a name",
    overrides: { Имя: "@мария" },
    expect: {
      record: { firstName: "'@мария" },
      status: "Требует проверки",
      remarks: /«Имя»: «@мария» — допустимы только буквы/,
    },
  },
  {
    name: "«-Иванов» as a surname",
    overrides: { Фамилия: "-Иванов" },
    expect: {
      record: { lastName: "'-Иванов" },
      status: "Требует проверки",
      remarks: /допустимы только буквы/,
    },
  },
  {
    name: "very long wishes",
    overrides: { Пожелания: "очень ".repeat(500) },
    expect: {
      status: "Активен",
      remarks: /«Пожелания»: ответ длиннее 2000 символов — сохранены первые 2000/,
    },
  },
  {
    name: "non-Cyrillic name",
    overrides: { Фамилия: "Smith", Имя: "John", Отчество: "" },
    expect: {
      record: { lastName: "Smith", firstName: "John" },
      absent: ["middleName"],
      status: "Требует проверки",
      remarks: /«Фамилия»: «Smith» написано не кириллицей.*; «Имя»: «John» написано не кириллицей/,
    },
  },
  {
    name: "bad e-mail",
    overrides: {},
    email: "ivanova(at)school.ru",
    expect: {
      absent: ["email"],
      status: "Требует проверки",
      remarks: /Адрес электронной почты «ivanova\(at\)school\.ru» указан с ошибкой/,
    },
  },
  {
    name: "missing required choice and checkbox",
    overrides: { "Сильные стороны": [], "Предпочитаемая форма наставничества": "" },
    expect: {
      absent: ["strengths", "preferredForm"],
      status: "Требует проверки",
      remarks:
        /Не заполнено обязательное поле «Сильные стороны»; Не заполнено обязательное поле «Предпочитаемая форма наставничества»/,
    },
  },
];

describe("parseBankAnswer: a corpus of bad answers", () => {
  it.each(BAD.map((item) => [item.name, item] as const))("%s", (_name, item) => {
    const answer = mentor(item.overrides, item.email);
    expect(answer.status).toBe(item.expect.status);
    expect(answer.record.status).toBe(item.expect.status);
    if (item.expect.record) expect(answer.record).toMatchObject(item.expect.record);
    for (const key of item.expect.absent ?? []) expect(answer.record).not.toHaveProperty(key);
    if (item.expect.remarks) expect(answer.remarks).toMatch(item.expect.remarks);
    else expect(answer.remarks).toBe("");
    // Whatever was typed, no cell may start a formula.
    for (const value of Object.values(answer.record)) {
      if (typeof value === "string") expect(value).not.toMatch(/^[=+\-@]/);
    }
  });

  it("long wishes are cut to the limit, never silently", () => {
    const answer = mentor({ Пожелания: "а".repeat(5000) });
    expect(String(answer.record.wishes)).toHaveLength(2000);
    expect(answer.notes).toEqual(["«Пожелания»: ответ длиннее 2000 символов — сохранены первые 2000"]);
  });
});

describe("parseResponse: monitoring", () => {
  const form = monitoringQuestionnaire(CONTEXT);

  it("reads scales and choices and flags out-of-range marks", () => {
    const parsed = parseResponse(form, {
      timestamp: new Date(2026, 4, 20),
      email: "x@y.ru",
      answers: {
        "Ваша роль в программе": "Наставляемый",
        "Оцените программу наставничества в целом": "9",
        "Насколько полезным было наставничество лично для вас?": "10",
        "Насколько комфортным было взаимодействие в паре (группе)?": "11",
        "В какой мере выполнен индивидуальный план развития?": "7",
        "Оцените поддержку куратора программы": "8",
        "Что в наставничестве было для вас наиболее ценным?": "  Открытые уроки  ",
        "Хотели бы вы продолжить участие в программе наставничества?": "затрудняюсь ответить",
      },
    });
    expect(parsed.values).toEqual({
      role: "Наставляемый",
      overall: 9,
      usefulness: 10,
      planProgress: 7,
      curatorSupport: 8,
      valuable: "Открытые уроки",
      continue: "Затрудняюсь ответить",
    });
    expect(parsed.problems).toEqual([
      "«Насколько комфортным было взаимодействие в паре (группе)?»: «11» — ожидается оценка от 1 до 10",
    ]);
  });
});
