import type { ColumnSpec } from "./columns";

/**
 * Columns of «Пары» about the pair's year at work: the first five are recomputed from «Встречи» and
 * «Планы» by «Ход программы» / `nastavnik status`; the last three record an early ending.
 */
export const PAIR_YEAR_COLUMNS: readonly ColumnSpec[] = [
  { key: "meetingCount", header: "Встреч проведено", type: "integer", width: 90, generated: true },
  { key: "lastMeeting", header: "Последняя встреча", type: "date", width: 110, generated: true },
  { key: "daysWithoutMeeting", header: "Дней без встреч", type: "integer", width: 90, generated: true },
  { key: "planDone", header: "План выполнен, %", type: "integer", width: 90, generated: true },
  { key: "planOverdue", header: "Просрочено пунктов плана", type: "integer", width: 100, generated: true },
  {
    key: "noticeDate",
    header: "Дата уведомления о прекращении",
    type: "date",
    width: 120,
    note: "Когда наставник отказался или работодатель отменил поручение (письменно, ч. 4 ст. 60.2 ТК РФ)",
  },
  { key: "endedOn", header: "Дата досрочного прекращения", type: "date", width: 120 },
  { key: "endReason", header: "Основание прекращения", type: "text", width: 220 },
];
