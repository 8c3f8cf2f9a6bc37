import type { ColumnSpec, SheetSchema } from "./columns";
import { MONITORING_STAGES } from "./enums";

const ROLES = ["Наставник", "Наставляемый"] as const;
/** The same options as `CONTINUE_OPTIONS` of the monitoring questionnaire (a test keeps them equal). */
const CONTINUE = ["Да", "Нет", "Затрудняюсь ответить"] as const;

/** `aliases`: the headers of the first «Мониторинг», so that its columns keep their answers. */
function score(key: string, header: string, aliases?: readonly string[]): ColumnSpec {
  return {
    key,
    header,
    ...(aliases ? { aliases } : {}),
    type: "integer",
    width: 110,
    note: "Оценка от 1 до 10",
  };
}

/**
 * «Мониторинг»: one row per respondent and stage of «Мониторинг программы наставничества» (the newest
 * answer of an e-mail at a stage wins), filled from the form or from an export file. Column keys are the questionnaire's question
 * ids. Headers are short on purpose: they differ from the question titles, so that setup never takes the
 * form's own response sheet for a renamed «Мониторинг».
 */
export const MONITORING: SheetSchema = {
  key: "monitoring",
  name: "Мониторинг",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "time", header: "Отметка времени", type: "date", width: 140, generated: true },
    { key: "email", header: "E-mail", aliases: ["Email", "Эл. почта"], type: "email", width: 200 },
    { key: "role", header: "Роль", type: "enum", options: ROLES, width: 120 },
    {
      key: "stage",
      header: "Этап",
      type: "enum",
      options: MONITORING_STAGES,
      width: 150,
      note: "Пусто — ответ на итоговый мониторинг (завершение программы)",
    },
    score("organisation", "Организация программы"),
    score("comfort", "Комфорт совместной работы", ["Комфорт взаимодействия"]),
    score("individualMeetings", "Польза индивидуальных встреч"),
    score("groupMeetings", "Польза групповых встреч"),
    score("planClarity", "Ясность плана"),
    score("curatorSupport", "Поддержка", ["Поддержка куратора"]),
    score("expectations", "Оправдались ожидания"),
    score("overall", "Общая удовлетворённость", ["Программа в целом"]),
    { key: "valuable", header: "Наиболее ценное", type: "text", width: 260 },
    { key: "missing", header: "Чего не хватило", type: "text", width: 260 },
    { key: "becomeMentor", header: "Стать наставником", type: "enum", options: CONTINUE, width: 130 },
    { key: "continue", header: "Продолжить участие", type: "enum", options: CONTINUE, width: 130 },
    // Asked by the first monitoring form only; kept so that its answers stay in the sheet.
    score("usefulness", "Польза лично для меня"),
    score("planProgress", "Выполнение плана развития"),
    {
      key: "remarks",
      header: "Замечания",
      type: "text",
      width: 220,
      generated: true,
      note: "Что не так с ответом: заполняется при переносе ответов",
    },
  ],
};
