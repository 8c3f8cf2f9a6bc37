import type { SettingSpec } from "../schema/settings";

/** «Настройки» of the programme year: when a pair is overdue for a meeting, notice terms, calendar. */
export const YEAR_SETTINGS: readonly SettingSpec[] = [
  {
    key: "daysWithoutMeetingAlert",
    label: "Ход программы: дней без встреч до напоминания",
    type: "integer",
    defaultValue: () => 30,
    hint: "Пара без встречи дольше этого попадает в «Требует внимания»",
    min: 7,
    max: 365,
  },
  {
    key: "earlyEndNoticeDays",
    label: "Срок предупреждения о досрочном прекращении (рабочих дней)",
    type: "integer",
    defaultValue: () => 3,
    hint: "Не менее 3 рабочих дней (ч. 4 ст. 60.2 ТК РФ); можно больше, если так в локальном акте",
    min: 3,
    max: 60,
  },
  {
    key: "extraDaysOff",
    label: "Производственный календарь: дополнительные нерабочие дни",
    type: "text",
    defaultValue: () => "",
    hint: "Переносы по постановлению Правительства, которых ещё нет в календаре: «31.12.2027, 05.11.2027»",
  },
  {
    key: "extraWorkingDays",
    label: "Производственный календарь: рабочие субботы и воскресенья",
    type: "text",
    defaultValue: () => "",
    hint: "Выходные, объявленные рабочими: «13.11.2027»",
  },
];
