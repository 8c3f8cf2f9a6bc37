import type { SettingSpec } from "../schema/settings";

/** «Настройки» of the awards ranking: how much each component weighs in a candidate's score. */
export const AWARD_WEIGHT_SETTINGS: readonly SettingSpec[] = [
  {
    key: "awardWeightPlan",
    label: "Рейтинг наград: вес выполнения плана",
    type: "integer",
    defaultValue: () => 40,
    hint: "Целое от 0 до 100; веса четырёх показателей приводятся к сумме 1",
    min: 0,
    max: 100,
  },
  {
    key: "awardWeightMeetings",
    label: "Рейтинг наград: вес числа встреч",
    type: "integer",
    defaultValue: () => 20,
    hint: "Встречи считаются в долях от лучшего результата среди кандидатов",
    min: 0,
    max: 100,
  },
  {
    key: "awardWeightSatisfaction",
    label: "Рейтинг наград: вес оценки наставляемого",
    type: "integer",
    defaultValue: () => 30,
    hint: "Оценка «Программа в целом» наставляемого в итоговом мониторинге",
    min: 0,
    max: 100,
  },
  {
    key: "awardWeightFinalReport",
    label: "Рейтинг наград: вес итогового отчёта наставника",
    type: "integer",
    defaultValue: () => 10,
    hint: "Если отчёта нет, его вес делится между остальными показателями",
    min: 0,
    max: 100,
  },
];
