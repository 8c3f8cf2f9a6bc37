import type { SettingSpec, SettingsValues } from "../schema/settings";

/** The parts of a pair's score, each weighted in «Настройки». */
export interface MatchingWeights {
  readonly perSharedCompetence: number;
  readonly sameSubject: number;
  readonly experienceGap: number;
  readonly youngSpecialistToExperienced: number;
  readonly sameForm: number;
  readonly commonTime: number;
  readonly sameUnit: number;
  /** Points for being someone's 1st, 2nd, 3rd choice after the group meeting. */
  readonly choiceByRank: readonly [number, number, number];
  readonly mutualChoice: number;
  readonly requireSameSubject: boolean;
  readonly requireSameUnit: boolean;
}

function points(key: string, label: string, value: number, hint: string): SettingSpec {
  return { key, label, type: "integer", defaultValue: () => value, hint, min: 0, max: 1000 };
}

function rule(key: string, label: string, hint: string): SettingSpec {
  return { key, label, type: "text", defaultValue: () => "Нет", hint };
}

export const MATCHING_SETTINGS: readonly SettingSpec[] = [
  points(
    "wCompetence",
    "Подбор: баллы за каждый запрос, совпавший с сильной стороной",
    10,
    "Главный критерий подбора",
  ),
  points(
    "wSubject",
    "Подбор: баллы за один предмет (направление)",
    8,
    "Наставник и наставляемый ведут одно и то же",
  ),
  points("wExperience", "Подбор: баллы за стаж наставника больше на 5 лет и более", 6, "Опытный наставник"),
  points("wYoung", "Подбор: доп. баллы молодому специалисту за наставника со стажем от 10 лет", 4, ""),
  points(
    "wForm",
    "Подбор: баллы за совпадение предпочитаемой формы",
    4,
    "«Не имеет значения» совпадает с любой",
  ),
  points("wTime", "Подбор: баллы за общее удобное время встреч", 3, "Дни недели и время суток из анкет"),
  points("wUnit", "Подбор: баллы за одно структурное подразделение", 3, "Корпус, филиал, отделение"),
  points(
    "wChoice1",
    "Подбор: баллы за 1-й выбор после групповой встречи",
    12,
    "За каждую сторону, которая выбрала",
  ),
  points("wChoice2", "Подбор: баллы за 2-й выбор после групповой встречи", 8, ""),
  points("wChoice3", "Подбор: баллы за 3-й выбор после групповой встречи", 4, ""),
  points("wMutual", "Подбор: доп. баллы за взаимный выбор", 10, "Оба выбрали друг друга"),
  rule(
    "requireSubject",
    "Подбор: только в пределах одного предмета (Да/Нет)",
    "«Да» — пары из разных предметов не предлагаются",
  ),
  rule(
    "requireUnit",
    "Подбор: только в пределах одного подразделения (Да/Нет)",
    "«Да» — пары из разных подразделений не предлагаются",
  ),
];

function yes(value: unknown): boolean {
  return typeof value === "string" && /^(да|yes|истина|true|1)$/i.test(value.trim());
}

export function readWeights(settings: SettingsValues): MatchingWeights {
  const n = (key: string) => Number(settings[key] ?? 0);
  return {
    perSharedCompetence: n("wCompetence"),
    sameSubject: n("wSubject"),
    experienceGap: n("wExperience"),
    youngSpecialistToExperienced: n("wYoung"),
    sameForm: n("wForm"),
    commonTime: n("wTime"),
    sameUnit: n("wUnit"),
    choiceByRank: [n("wChoice1"), n("wChoice2"), n("wChoice3")],
    mutualChoice: n("wMutual"),
    requireSameSubject: yes(settings.requireSubject),
    requireSameUnit: yes(settings.requireUnit),
  };
}
