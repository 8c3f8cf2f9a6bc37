import type { SheetSchema } from "../schema/columns";
import { FINAL_RECOMMENDATIONS } from "../schema/enums";

/**
 * «Итоговые отчёты»: one row per mentor and mentee of «Итоговый отчёт наставника» (the newest report of a
 * mentor on a mentee wins). The pair is found by the import from «Пары». Headers differ from the question
 * titles, so that setup never takes the form's own response sheet for this one.
 */
export const FINAL_REPORTS: SheetSchema = {
  key: "finalReports",
  name: "Итоговые отчёты",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "time", header: "Отметка времени", type: "date", width: 140, generated: true },
    { key: "email", header: "E-mail наставника", aliases: ["E-mail", "Email"], type: "email", width: 200 },
    { key: "mentorId", header: "ID наставника", type: "text", width: 90, generated: true },
    { key: "mentee", header: "ФИО наставляемого", type: "text", width: 220 },
    { key: "menteeId", header: "ID наставляемого", type: "text", width: 90, generated: true },
    {
      key: "pairId",
      header: "ID пары/группы",
      type: "text",
      width: 90,
      note: "Находится по листу «Пары»; если пусто — впишите ID пары вручную",
    },
    { key: "requests", header: "Запросы в начале", type: "text", width: 260 },
    { key: "done", header: "Что сделано", type: "text", width: 260 },
    { key: "results", header: "Результаты наставляемого", type: "text", width: 260 },
    { key: "score", header: "Оценка результата", type: "integer", width: 110, note: "Оценка от 1 до 10" },
    {
      key: "recommendation",
      header: "Рекомендация",
      type: "enum",
      options: FINAL_RECOMMENDATIONS,
      width: 190,
    },
    { key: "comment", header: "Комментарий наставника", type: "text", width: 220 },
    {
      key: "remarks",
      header: "Замечания",
      type: "text",
      width: 220,
      generated: true,
      note: "Что не так с отчётом: заполняется при переносе ответов",
    },
  ],
};
