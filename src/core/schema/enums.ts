/** Closed lists of values; each becomes a dropdown in the sheet and an option in the forms. */

export const GENDERS = ["Ж", "М"] as const;
export type Gender = (typeof GENDERS)[number];

export const CONSENT_STATES = ["получено", "нет", "отозвано"] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const PERSON_STATUSES = ["Активен", "Требует проверки", "Выбыл"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const SOURCES = ["форма", "вручную", "импорт"] as const;
export type Source = (typeof SOURCES)[number];

export const MENTORING_FORMS = ["Индивидуальная", "Групповая", "Дистанционная", "Смешанная"] as const;
export type MentoringForm = (typeof MENTORING_FORMS)[number];

/** What a respondent may answer when asked for a preferred form. */
export const NO_PREFERENCE = "Не имеет значения";
export const FORM_PREFERENCES = [...MENTORING_FORMS, NO_PREFERENCE] as const;

export const MENTEE_CATEGORIES = [
  "Молодой специалист",
  "Новый сотрудник",
  "Сменил(а) должность",
  "Испытывает затруднения",
  "Другое",
] as const;
export type MenteeCategory = (typeof MENTEE_CATEGORIES)[number];

/** «Прекращена досрочно»: ended before its term (ст. 351.8 ТК РФ); the pair is never proposed again. */
export const ENDED_EARLY = "Прекращена досрочно";
export const PAIR_STATUSES = [
  "Предложена",
  "Утверждена",
  "Отклонена",
  "Завершена",
  ENDED_EARLY,
  "Запрещена",
] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const YES_NO = ["Да", "Нет"] as const;

export const STAGE_STATUSES = ["Не начато", "В работе", "Выполнено", "Перенесено"] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export const MEETING_KINDS = [
  "Организационная",
  "Пробная",
  "Планирование",
  "Регулярная",
  "Итоговая",
  "Консультация",
  "Посещение урока",
  "Открытый урок",
] as const;

export const MEETING_FORMATS = ["Очно", "Онлайн"] as const;

export const PLAN_MARKS = ["Выполнено", "Частично", "Перенесено", "Не выполнено"] as const;
export type PlanMark = (typeof PLAN_MARKS)[number];

/** The moment a monitoring answer describes: the beginning or the end of the programme. */
export const MONITORING_STAGES = ["Начало программы", "Завершение программы"] as const;

/** What a mentor recommends in the final report on a mentee. */
export const FINAL_RECOMMENDATIONS = [
  "Завершить наставничество",
  "Продлить наставничество",
  "Сменить пару",
] as const;

/** Where a practice of «Методическая копилка» stands with the expert. */
export const PRACTICE_STATUSES = ["Подана", "На экспертизе", "Оценена", "Отклонена"] as const;
