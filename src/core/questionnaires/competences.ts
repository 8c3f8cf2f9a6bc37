import type { SettingSpec, SettingsValues } from "../schema/settings";
import { collapseSpaces, foldKey } from "./text";

/**
 * Areas of a teacher's work: the options of the mentor's «Сильные стороны» and the mentee's
 * «Профессиональные затруднения». The same wording on both sides is what lets the matching compare them.
 * Some options contain commas on purpose; `splitOptions` reads them back from a joined text.
 */
export const COMPETENCES: readonly string[] = [
  "Планирование, рабочие программы и технологические карты",
  "Нормативные документы (ФГОС, ФОП, СанПиН)",
  "Методика проведения урока (занятия)",
  "Оценивание образовательных результатов",
  "Управление классом (группой) и дисциплина",
  "Мотивация обучающихся",
  "Работа с родителями (законными представителями)",
  "Воспитательная работа и классное руководство",
  "Работа с детьми с ОВЗ, инклюзивное образование",
  "Работа с одарёнными детьми, олимпиады и конкурсы обучающихся",
  "Проектная и исследовательская деятельность обучающихся",
  "Подготовка к ГИА (ОГЭ, ЕГЭ)",
  "Цифровые инструменты и дистанционное обучение",
  "Ведение документации (журналы, отчёты)",
  "Аттестация педагогов и профессиональные конкурсы",
  "Самообразование и профессиональное развитие",
];

/** The row of «Настройки» where the coordinator adds competences of their own; to be added to SETTINGS. */
export const EXTRA_COMPETENCES_SETTING: SettingSpec = {
  key: "extraCompetences",
  label: "Дополнительные компетенции (через точку с запятой)",
  type: "text",
  defaultValue: () => "",
  hint: "Добавляются к списку в анкетах наставника и наставляемого, например: «Шахматы в школе; Театральная педагогика»",
};

/** Longest option text a competence may have; Google Forms shows longer ones badly. */
export const COMPETENCE_MAX_LENGTH = 120;

/**
 * The standard competences followed by the coordinator's extra ones («Настройки»), each once
 * (case and «ё» ignored), in that order. Extra entries are separated by «;» or new lines.
 */
export function competenceList(settings: SettingsValues): string[] {
  const list: string[] = [];
  const seen = new Set<string>();
  const add = (text: string) => {
    const option = collapseSpaces(text).slice(0, COMPETENCE_MAX_LENGTH).trim();
    const key = foldKey(option);
    if (!key || seen.has(key)) return;
    seen.add(key);
    list.push(option);
  };
  for (const competence of COMPETENCES) add(competence);
  const extra = settings[EXTRA_COMPETENCES_SETTING.key];
  if (typeof extra === "string") {
    // A leading apostrophe is only a text marker; a formula-like option is harmless in a form.
    for (const part of extra.split(/[;\n]/)) add(part.replace(/^'/, ""));
  }
  return list;
}
