import type { PersonName } from "../../src/core/declension";
import { calendarDate } from "../../src/core/format";
import { type DocumentKind, type TemplateData, TemplateError } from "../../src/core/template";

export const ORDER_KIND: DocumentKind = {
  title: "Приказ о закреплении пар",
  fields: [
    { name: "Организация", kind: "text" },
    { name: "Номер приказа", kind: "text" },
    { name: "Дата приказа", kind: "date" },
    { name: "Директор", kind: "person" },
    { name: "Количество пар", kind: "number" },
    { name: "Примечание", kind: "text" },
    { name: "Срочно", kind: "flag" },
    {
      name: "Пары",
      kind: "list",
      items: [
        { name: "Номер", kind: "number" },
        { name: "Наставник", kind: "person" },
        { name: "Наставляемый", kind: "person" },
        { name: "Форма", kind: "text" },
      ],
    },
  ],
};

export const TEMPLATE_NAME = "Приказ о закреплении пар";

export const DIRECTOR: PersonName = {
  lastName: "Петров",
  firstName: "Иван",
  middleName: "Сергеевич",
  gender: "М",
};

export const PAIRS: readonly TemplateData[] = [
  {
    Номер: 1,
    Наставник: { lastName: "Иванова", firstName: "Мария", middleName: "Петровна", gender: "Ж" },
    Наставляемый: { lastName: "Шевченко", firstName: "Тарас", middleName: "Григорьевич", gender: "М" },
    Форма: "Индивидуальная",
  },
  {
    Номер: 2,
    Наставник: { lastName: "Смирнова", firstName: "Любовь", middleName: "Андреевна", gender: "" },
    Наставляемый: { lastName: "Алиева", firstName: "Айгюль", middleName: "Рашид кызы", gender: "Ж" },
    Форма: "Групповая",
  },
];

export const ORDER_DATA: TemplateData = {
  Организация: "МБОУ «СОШ № 5»",
  "Номер приказа": "123-о",
  "Дата приказа": calendarDate(2022, 11, 18),
  Директор: DIRECTOR,
  "Количество пар": 2,
  Срочно: false,
  Пары: PAIRS,
};

/** The problems a template error lists; fails the test when no template error is thrown. */
export function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof TemplateError) return error.problems;
    throw error;
  }
  throw new Error("ожидалась ошибка шаблона");
}
