import type { SheetSchema } from "../schema/columns";
import { YES_NO } from "../schema/enums";

/**
 * «Награды»: the ranking of «Наставник года» and «Лучшая пара», recomputed by «Наставник года и лучшая
 * пара» / `nastavnik awards`. Everything but «Решение» is Nastavnik's; «Решение» is the coordinator's and
 * a recompute keeps it (by nomination and ID).
 */
export const AWARDS: SheetSchema = {
  key: "awards",
  name: "Награды",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "nomination", header: "Номинация", type: "text", width: 140, generated: true },
    { key: "id", header: "ID", type: "text", width: 80, generated: true, note: "ID наставника или пары" },
    { key: "candidate", header: "Кандидат", type: "text", width: 260, generated: true },
    { key: "pairs", header: "Пары", type: "text", width: 120, generated: true },
    { key: "rank", header: "Место", type: "integer", width: 60, generated: true },
    { key: "score", header: "Балл", type: "integer", width: 60, generated: true, note: "От 0 до 100" },
    { key: "meetings", header: "Встреч", type: "integer", width: 70, generated: true },
    { key: "plan", header: "План, %", type: "integer", width: 70, generated: true },
    {
      key: "satisfaction",
      header: "Оценка наставляемого",
      type: "text",
      width: 100,
      generated: true,
      note: "«Программа в целом» в итоговом мониторинге, от 1 до 10",
    },
    { key: "finalReport", header: "Итоговый отчёт", type: "text", width: 90, generated: true },
    { key: "explanation", header: "Обоснование", type: "text", width: 520, generated: true },
    {
      key: "decision",
      header: "Решение",
      type: "enum",
      options: YES_NO,
      width: 80,
      note: "«Да» — наградить: кандидат попадёт в приказы об итоговом мероприятии и о поощрении и получит представление",
    },
    { key: "updated", header: "Обновлено", type: "date", width: 130, generated: true },
  ],
};
