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
  { name: "Должность руководителя", kind: "position" },
  { name: "Куратор", kind: "person" },
  { name: "Должность куратора", kind: "position" },
  { name: "Учебный год", kind: "text" },
  /** The date of the run (chosen by the coordinator, today by default). */
  { name: "Дата", kind: "date" },
  /** A kindergarten (the head is «Заведующий»): «воспитатель», «воспитанники», «занятия». */
  { name: "Детский сад", kind: "flag" },
  /** «учитель» or «воспитатель»: the usual teacher of the organisation. */
  { name: "Педагог", kind: "position" },
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
      { name: "Должность", kind: "position" },
    ],
  },
];

/** One pair or group: its mentor and every mentee (joined «А, Б и В» with the two flags). */
export const PAIR_ITEM_FIELDS: readonly FieldSpec[] = [
  { name: "Номер", kind: "number" },
  { name: "ID пары", kind: "text" },
  { name: "Наставник", kind: "person" },
  { name: "Должность наставника", kind: "position" },
  {
    name: "Наставляемые",
    kind: "list",
    items: [
      { name: "Наставляемый", kind: "person" },
      { name: "Должность наставляемого", kind: "position" },
      /** Every mentee but the first: print «, » before it. */
      { name: "Не первый", kind: "flag" },
      /** The last of two or more: print «и » before it. */
      { name: "Последний", kind: "flag" },
    ],
  },
  /** More than one mentee. */
  { name: "Группа", kind: "flag" },
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
  { name: "Условия оплаты", kind: "text" },
  { name: "Пары", kind: "list", items: PAIR_ITEM_FIELDS },
];

const MENTOR_FIELDS: readonly FieldSpec[] = [
  { name: "Наставник", kind: "person" },
  { name: "Должность наставника", kind: "position" },
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
      { name: "Должность", kind: "position" },
      { name: "Стаж", kind: "text" },
      { name: "Категория", kind: "text" },
    ],
  },
  /** More than one mentee. */
  { name: "Группа", kind: "flag" },
  { name: "Форма", kind: "text" },
  { name: "Начало", kind: "date" },
  { name: "Окончание", kind: "date" },
  { name: "Цель", kind: "text" },
  { name: "Затруднения", kind: "list", items: [{ name: "Затруднение", kind: "text" }] },
  /** The mentees named difficulties in the questionnaire. */
  { name: "Затруднения указаны", kind: "flag" },
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
  /** A woman (from «Пол» or the patronymic): «зарегистрированная», «ознакомлена». */
  { name: "Женщина", kind: "flag" },
  { name: "Должность", kind: "position" },
  { name: "Роль", kind: "text" },
  /** The operator's address (ч. 4 ст. 9 152-ФЗ), from «Адрес организации». */
  { name: "Адрес организации", kind: "text" },
  /** Optional: the date of consent from the bank, when it is filled in. */
  { name: "Дата согласия", kind: "date" },
];

export const AGREEMENT_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  ...MENTOR_FIELDS,
  /** The mentor is a woman: «ознакомлена», «получила». */
  { name: "Женщина", kind: "flag" },
  {
    name: "Наставляемые",
    kind: "list",
    items: [
      { name: "Наставляемый", kind: "person" },
      { name: "Должность", kind: "position" },
      { name: "Форма", kind: "text" },
      { name: "Начало", kind: "date" },
      { name: "Окончание", kind: "date" },
    ],
  },
  { name: "Формы", kind: "text" },
  { name: "Начало", kind: "date" },
  { name: "Окончание", kind: "date" },
  /** «в размере 3 000 руб. в месяц в порядке, …» or «в размере и порядке, установленных …». */
  { name: "Условия оплаты", kind: "text" },
  /** «3 рабочих дня»: notice of early termination. */
  { name: "Срок уведомления", kind: "text" },
  /** Optional: the date of consent to mentoring from the bank. */
  { name: "Дата согласия", kind: "date" },
];

/** The mentees named with a rewarded mentor (the mentee of «Лучшая пара»); the last gets «и». */
const REWARDED_MENTEES: FieldSpec = {
  name: "Наставляемые",
  kind: "list",
  items: [
    { name: "Наставляемый", kind: "person" },
    { name: "Должность наставляемого", kind: "position" },
    { name: "Последний", kind: "flag" },
  ],
};

/** Candidates confirmed on «Награды» (the coordinator's «Да»): orders 6 and 7 name them. */
const WINNERS_FLAG: FieldSpec = { name: "Победители", kind: "flag" };

export const FINAL_EVENT_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  { name: "Срок проведения", kind: "text" },
  { name: "Пары", kind: "list", items: PAIR_ITEM_FIELDS },
  WINNERS_FLAG,
  {
    name: "Награды",
    kind: "list",
    items: [
      { name: "Номинация", kind: "text" },
      { name: "Наставник", kind: "person" },
      REWARDED_MENTEES,
      { name: "Последний", kind: "flag" },
    ],
  },
];

export const AWARDS_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  WINNERS_FLAG,
  {
    name: "Наставники",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Наставник", kind: "person" },
      { name: "Должность", kind: "position" },
      { name: "Последний", kind: "flag" },
      /** «Наставник года», «Лучшая пара (2-е место)»; empty without a confirmed list. */
      { name: "Номинация", kind: "text" },
      { name: "Номинация указана", kind: "flag" },
      REWARDED_MENTEES,
    ],
  },
];

/** Kind 10: the nomination sheet of one confirmed candidate. */
export const NOMINATION_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  { name: "Номинация", kind: "text" },
  /** «Лучшая пара»: the mentor and the mentee are put forward together. */
  { name: "Пара", kind: "flag" },
  { name: "Место", kind: "number" },
  { name: "Балл", kind: "text" },
  { name: "Обоснование", kind: "text" },
  ...MENTOR_FIELDS,
  {
    name: "Кандидаты",
    kind: "list",
    items: [
      { name: "Роль", kind: "text" },
      { name: "Работник", kind: "person" },
      { name: "Должность", kind: "position" },
      { name: "Стаж", kind: "text" },
    ],
  },
  {
    name: "Пары",
    kind: "list",
    items: [
      { name: "ID пары", kind: "text" },
      { name: "Наставляемые", kind: "text" },
      { name: "Срок", kind: "text" },
      { name: "Встреч", kind: "number" },
      { name: "План", kind: "text" },
      { name: "Оценка", kind: "text" },
    ],
  },
  /** «проведено 9 встреч с наставляемыми, план развития выполнен на 92 %, …». */
  { name: "Итоги", kind: "text" },
];

/** The Положение: the order approving it (number and date, absent before it is issued) and the terms. */
export const STATUTE_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  { name: "Номер приказа", kind: "text" },
  { name: "Дата приказа", kind: "date" },
  /** «не более двух наставляемых» from «Максимум наставляемых у одного наставника». */
  { name: "Наставляемых у наставника", kind: "text" },
  /** «9 месяцев» from «Срок программы наставничества». */
  { name: "Срок программы", kind: "text" },
  /** «3 рабочих дня»: notice of early termination. */
  { name: "Срок уведомления", kind: "text" },
  /** How mentoring is paid: «в размере … », or the local act that sets it. */
  { name: "Условия оплаты", kind: "text" },
];

/**
 * Kind 9, the order ending mentoring early: each pair with the order that assigned it (when recorded),
 * the notice, the day it ends and why, and the supplementary agreement whose payment stops.
 */
export const EARLY_END_FIELDS: readonly FieldSpec[] = [
  ...ORDER_FIELDS,
  /** «3 рабочих дня»: the notice the Labour Code (ст. 351.8) and «Настройки» require. */
  { name: "Срок уведомления", kind: "text" },
  /** More than one mentee in the order: «наставляемых, указанных» instead of «наставляемого, указанного». */
  { name: "Несколько наставляемых", kind: "flag" },
  {
    name: "Пары",
    kind: "list",
    items: [
      ...PAIR_ITEM_FIELDS,
      /** Optional: the number and date of order 2 that assigned the pair, from its «Документы». */
      { name: "Приказ о закреплении", kind: "text" },
      { name: "Дата приказа о закреплении", kind: "date" },
      { name: "Дата уведомления", kind: "date" },
      { name: "Дата прекращения", kind: "date" },
      /** The mentor refused; otherwise the employer withdrew the assignment. */
      { name: "Отказ наставника", kind: "flag" },
      /** Optional: the coordinator's own words; none when the standard reason was recorded. */
      { name: "Причина", kind: "text" },
      /** Optional: the date of the mentor's consent and supplementary agreement (kind 5), when recorded. */
      { name: "Дата соглашения", kind: "date" },
    ],
  },
];

/** A chart of a report: its picture's place (`Рисунок`, replaced by the picture) and caption. */
const CHART_FIELDS: readonly FieldSpec[] = [
  {
    name: "Диаграммы",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Название", kind: "text" },
      { name: "Рисунок", kind: "text" },
    ],
  },
  /** Pictures came with the run; without them the report says where the charts are. */
  { name: "Есть диаграммы", kind: "flag" },
];

/** Kind 11: the year's report, every value already worded by core. */
export const YEAR_REPORT_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  {
    name: "Показатели",
    kind: "list",
    items: [
      { name: "Показатель", kind: "text" },
      { name: "Значение", kind: "text" },
    ],
  },
  ...CHART_FIELDS,
  {
    name: "Пары",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Пара", kind: "text" },
      { name: "Форма", kind: "text" },
      { name: "Встречи", kind: "number" },
      { name: "План", kind: "text" },
      { name: "Итог", kind: "text" },
    ],
  },
  { name: "Есть пары", kind: "flag" },
  {
    name: "Практики",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Практика", kind: "text" },
      { name: "Автор", kind: "text" },
      { name: "Форма", kind: "text" },
      /** The expert card's total (of 50); empty until it is assessed. */
      { name: "Оценка", kind: "text" },
    ],
  },
  { name: "Есть практики", kind: "flag" },
  { name: "Выводы", kind: "list", items: [{ name: "Вывод", kind: "text" }] },
];

/** Kind 12: the справка on the monitoring. */
export const MONITORING_NOTE_FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  {
    name: "Ответившие",
    kind: "list",
    items: [
      { name: "Роль", kind: "text" },
      { name: "Начало", kind: "number" },
      { name: "Завершение", kind: "number" },
    ],
  },
  {
    name: "Оценки",
    kind: "list",
    items: [
      { name: "Показатель", kind: "text" },
      { name: "Наставники начало", kind: "text" },
      { name: "Наставники конец", kind: "text" },
      { name: "Наставляемые начало", kind: "text" },
      { name: "Наставляемые конец", kind: "text" },
    ],
  },
  ...CHART_FIELDS,
  { name: "Выводы", kind: "list", items: [{ name: "Вывод", kind: "text" }] },
  {
    name: "Рекомендации",
    kind: "list",
    items: [
      { name: "Номер", kind: "number" },
      { name: "Рекомендация", kind: "text" },
    ],
  },
];
