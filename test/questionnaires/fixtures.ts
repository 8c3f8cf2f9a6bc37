import { EXTRA_COMPETENCES_SETTING } from "../../src/core/questionnaires/competences";
import {
  menteeQuestionnaire,
  mentorQuestionnaire,
  questionnaireContext,
} from "../../src/core/questionnaires/forms";
import type { FormResponse, RawAnswer } from "../../src/core/questionnaires/types";
import { SETTINGS, type SettingsValues } from "../../src/core/schema/settings";

export const TODAY = new Date(2025, 8, 1);

export function settingsValues(overrides: SettingsValues = {}): SettingsValues {
  const values: SettingsValues = {};
  for (const spec of [...SETTINGS, EXTRA_COMPETENCES_SETTING]) values[spec.key] = spec.defaultValue(TODAY);
  return { ...values, orgShortName: "МБОУ «СОШ № 1»", ...overrides };
}

export const CONTEXT = questionnaireContext(settingsValues());
export const MENTOR_FORM = mentorQuestionnaire(CONTEXT);
export const MENTEE_FORM = menteeQuestionnaire(CONTEXT);

/** A complete, valid answer to «Анкета наставника», keyed by question title. */
export function mentorAnswers(overrides: Record<string, RawAnswer> = {}): Record<string, RawAnswer> {
  return {
    Фамилия: "Иванова",
    Имя: "Мария",
    Отчество: "Петровна",
    Пол: "Женский",
    Должность: "учитель математики",
    "Предмет или направление": "математика",
    "Педагогический стаж (лет)": "12",
    "Структурное подразделение": "",
    "Сильные стороны": [
      "Методика проведения урока (занятия)",
      "Работа с детьми с ОВЗ, инклюзивное образование",
    ],
    "Сколько наставляемых вы готовы взять?": "2",
    "Предпочитаемая форма наставничества": "Индивидуальная",
    "Удобное время для встреч": "вторник после 14:00",
    Пожелания: "",
    ...overrides,
  };
}

/** A complete, valid answer to «Анкета наставляемого», keyed by question title. */
export function menteeAnswers(overrides: Record<string, RawAnswer> = {}): Record<string, RawAnswer> {
  return {
    Фамилия: "Петров",
    Имя: "Олег",
    Отчество: "Сергеевич",
    Пол: "Мужской",
    Должность: "учитель физики",
    "Предмет или направление": "физика",
    "Педагогический стаж (лет)": "1",
    "Профессиональные затруднения": ["Управление классом (группой) и дисциплина"],
    Категория: "Молодой специалист",
    "Предпочитаемая форма наставничества": "Не имеет значения",
    ...overrides,
  };
}

export function response(
  answers: Record<string, RawAnswer>,
  email = "ivanova@school.ru",
  timestamp = new Date(2025, 8, 10, 12, 0, 0),
): FormResponse {
  return { timestamp, email, answers };
}
