import type { ColumnSpec, SheetSchema } from "./columns";
import { MEETING_FORMATS, MEETING_KINDS, PLAN_MARKS } from "./enums";

/**
 * The sheets of the programme year (roadmap stages 5–7): the meetings of every pair and the items of
 * every pair's plan. Both are first-class for hand entry: a row typed by the coordinator counts as much
 * as one from a form.
 */

const pairRef: ColumnSpec = {
  key: "pairId",
  header: "ID пары/группы",
  type: "text",
  width: 90,
  note: "ID с листа «Пары»: «ПР-001»",
};

export const MEETINGS: SheetSchema = {
  key: "meetings",
  name: "Встречи",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "id", header: "ID встречи", type: "text", width: 80, generated: true },
    pairRef,
    { key: "mentor", header: "Наставник", type: "text", width: 180 },
    { key: "mentees", header: "Наставляемый(е)", type: "text", width: 200 },
    { key: "date", header: "Дата", type: "date", width: 100 },
    { key: "kind", header: "Вид встречи", type: "enum", options: MEETING_KINDS, width: 150 },
    { key: "format", header: "Формат", type: "enum", options: MEETING_FORMATS, width: 80 },
    {
      key: "topic",
      header: "Тема или пункт плана",
      type: "text",
      width: 240,
      note: "Можно указать номер пункта плана с листа «Планы»: «п. 3»",
    },
    { key: "done", header: "Что сделано", type: "text", width: 240 },
    { key: "result", header: "Результат и договорённости", type: "text", width: 240 },
    { key: "nextStep", header: "Следующий шаг", type: "text", width: 200 },
    { key: "hours", header: "Часы", type: "text", width: 60 },
    { key: "source", header: "Источник", type: "text", width: 90, generated: true },
    { key: "updated", header: "Обновлено", type: "date", width: 130, generated: true },
  ],
};

export const PLANS: SheetSchema = {
  key: "plans",
  name: "Планы",
  kind: "table",
  frozenRows: 1,
  columns: [
    pairRef,
    { key: "number", header: "№ пункта", type: "text", width: 70 },
    { key: "section", header: "Раздел", type: "text", width: 200 },
    { key: "activity", header: "Мероприятие", type: "text", width: 320 },
    { key: "due", header: "Срок", type: "date", width: 100 },
    { key: "form", header: "Форма", type: "text", width: 140 },
    { key: "expected", header: "Ожидаемый результат", type: "text", width: 240 },
    {
      key: "mark",
      header: "Отметка",
      type: "enum",
      options: PLAN_MARKS,
      width: 120,
      note: "Ставит наставник или куратор; повторное заполнение плана её не меняет",
    },
    { key: "evidence", header: "Подтверждение (ссылка)", type: "text", width: 200 },
  ],
};
