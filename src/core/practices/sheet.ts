import type { ColumnSpec, SheetSchema } from "../schema/columns";
import { PRACTICE_STATUSES } from "../schema/enums";

/** The expert card's five criteria, 1–10 each, in the order of the card. */
export const PRACTICE_CRITERIA = [
  { key: "effectiveness", header: "Результативность" },
  { key: "efficiency", header: "Эффективность" },
  { key: "uniqueness", header: "Уникальность" },
  { key: "replicability", header: "Тиражируемость" },
  { key: "scalability", header: "Масштабируемость" },
] as const;

/** The highest total of the expert card: five criteria of 10. */
export const PRACTICE_MAX_SCORE = PRACTICE_CRITERIA.length * 10;

function criterion(key: string, header: string): ColumnSpec {
  return { key, header, type: "integer", width: 120, note: "Заполняет эксперт: от 1 до 10" };
}

/**
 * «Методическая копилка»: one row per practice submitted through «Практика наставничества» (a newer
 * submission of the same title by the same e-mail replaces it). The expert fills the criteria, «Эксперт»
 * and «Статус» by hand; «Сумма баллов» is recomputed from the criteria by the import and by «Сводка».
 * Headers differ from the question titles, so that setup never takes the form's response sheet for it.
 */
export const PRACTICES: SheetSchema = {
  key: "practices",
  name: "Методическая копилка",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "time", header: "Отметка времени", type: "date", width: 140, generated: true },
    { key: "email", header: "E-mail", aliases: ["Email", "Эл. почта"], type: "email", width: 200 },
    { key: "title", header: "Название", type: "text", width: 240 },
    { key: "author", header: "Автор / пара", type: "text", width: 220 },
    { key: "form", header: "Форма", type: "text", width: 160 },
    { key: "description", header: "Описание", type: "text", width: 320 },
    { key: "results", header: "Результаты", type: "text", width: 260 },
    { key: "links", header: "Ссылки", type: "text", width: 220 },
    ...PRACTICE_CRITERIA.map(({ key, header }) => criterion(key, header)),
    {
      key: "total",
      header: "Сумма баллов",
      type: "integer",
      width: 100,
      generated: true,
      note: `Сумма пяти критериев, не больше ${PRACTICE_MAX_SCORE}; считается, когда заполнены все пять`,
    },
    { key: "expert", header: "Эксперт", type: "text", width: 180 },
    {
      key: "status",
      header: "Статус",
      type: "enum",
      options: PRACTICE_STATUSES,
      width: 130,
      note: "Пусто — подана, ждёт экспертизы; «Отклонена» — не входит в отчёт",
    },
    {
      key: "remarks",
      header: "Замечания",
      type: "text",
      width: 220,
      generated: true,
      note: "Что не так с заявкой: заполняется при переносе ответов",
    },
  ],
};
