/**
 * The fields each document kind declares: what its template may use, and exactly what the data
 * builders (data.ts) fill in. Names are as written in tags.
 */
import type { FieldSpec } from "../template/fields";

/** Every document: the organisation, its head and the programme's curator (from «Настройки»). */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { name: "Организация", kind: "text" },
  { name: "Организация кратко", kind: "text" },
  { name: "Город", kind: "text" },
  { name: "Руководитель", kind: "person" },
  { name: "Должность руководителя", kind: "text" },
  { name: "Куратор", kind: "person" },
  { name: "Должность куратора", kind: "text" },
  { name: "Учебный год", kind: "text" },
  /** The day the document is produced. */
  { name: "Дата", kind: "date" },
];

/** Every order: its number and date, and who signs «С приказом ознакомлены». */
export const ORDER_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  { name: "Номер приказа", kind: "text" },
  { name: "Дата приказа", kind: "date" },
  {
    name: "Ознакомлены",
    kind: "list",
    items: [
      { name: "Сотрудник", kind: "person" },
      { name: "Должность", kind: "text" },
    ],
  },
];

/** One mentor–mentee assignment: a row of «Пары» (a group row gives one per mentee). */
export const PAIR_ITEM_FIELDS: readonly FieldSpec[] = [
  { name: "Номер", kind: "number" },
  { name: "ID пары", kind: "text" },
  { name: "Наставник", kind: "person" },
  { name: "Должность наставника", kind: "text" },
  { name: "Наставляемый", kind: "person" },
  { name: "Должность наставляемого", kind: "text" },
  { name: "Форма", kind: "text" },
  { name: "Начало", kind: "date" },
  { name: "Окончание", kind: "date" },
];

export const REGULATION_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  {
    name: "Дорожная карта",
    kind: "list",
    items: [
      { name: "Номер", kind: "text" },
      { name: "Этап", kind: "text" },
      { name: "Мероприятие", kind: "text" },
      { name: "Сроки", kind: "text" },
      { name: "Ответственный", kind: "text" },
    ],
  },
];

export const PAIRS_ORDER_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  { name: "Пары", kind: "list", items: PAIR_ITEM_FIELDS },
];

const MENTOR_FIELDS: readonly FieldSpec[] = [
  { name: "Наставник", kind: "person" },
  { name: "Должность наставника", kind: "text" },
  { name: "Стаж наставника", kind: "text" },
];

export const PROGRAM_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  { name: "ID пары", kind: "text" },
  ...MENTOR_FIELDS,
  {
    name: "Наставляемые",
    kind: "list",
    items: [
      { name: "Наставляемый", kind: "person" },
      { name: "Должность", kind: "text" },
      { name: "Стаж", kind: "text" },
      { name: "Категория", kind: "text" },
    ],
  },
  { name: "Форма", kind: "text" },
  { name: "Начало", kind: "date" },
  { name: "Окончание", kind: "date" },
  { name: "Цель", kind: "text" },
  { name: "Затруднения", kind: "list", items: [{ name: "Затруднение", kind: "text" }] },
  {
    name: "План",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Направление", kind: "text" },
      { name: "Мероприятие", kind: "text" },
      { name: "Срок", kind: "text" },
      { name: "Форма работы", kind: "text" },
      { name: "Результат", kind: "text" },
    ],
  },
];

export const PD_CONSENT_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  { name: "Работник", kind: "person" },
  { name: "Должность", kind: "text" },
  { name: "Роль", kind: "text" },
  /** Optional: the date of consent from the bank, when it is filled in. */
  { name: "Дата согласия", kind: "date" },
];

export const AGREEMENT_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  ...MENTOR_FIELDS,
  {
    name: "Наставляемые",
    kind: "list",
    items: [
      { name: "Наставляемый", kind: "person" },
      { name: "Должность", kind: "text" },
      { name: "Форма", kind: "text" },
      { name: "Начало", kind: "date" },
      { name: "Окончание", kind: "date" },
    ],
  },
  { name: "Формы", kind: "text" },
  { name: "Начало", kind: "date" },
  { name: "Окончание", kind: "date" },
  /** Optional: the date of consent to mentoring from the bank. */
  { name: "Дата согласия", kind: "date" },
];

export const FINAL_EVENT_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  { name: "Срок проведения", kind: "text" },
  { name: "Пары", kind: "list", items: PAIR_ITEM_FIELDS },
];

export const AWARDS_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  {
    name: "Наставники",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Наставник", kind: "person" },
      { name: "Должность", kind: "text" },
    ],
  },
];
