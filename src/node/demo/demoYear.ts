import { appendRecords } from "../../core/appendRecords";
import { cellText } from "../../core/cell";
import { type CalendarDate, calendarDateFromLocal, compareCalendarDates } from "../../core/format/dates";
import { dateCell } from "../../core/pairing/approve";
import { readSettingsFrom } from "../../core/pairing/proposePairs";
import type { Context, WorkbookPort } from "../../core/ports";
import { PAIRS, ROADMAP } from "../../core/schema/sheets";
import type { SheetRecord } from "../../core/schema/table";
import { mapColumns } from "../../core/schema/table";
import { MEETINGS, PLANS } from "../../core/schema/yearSheets";
import { addDays } from "../../core/year/dayArithmetic";
import { earliestEnd, endPairEarly } from "../../core/year/earlyEnd";
import { roadmapDeadline } from "../../core/year/roadmapDeadline";
import { readPlanEntries, readYearPairs } from "../../core/year/yearData";
import { refreshYear } from "../../core/year/yearStatus";

/** The demo pairs start on 1 October, a month after the questionnaires, whatever day the demo runs. */
export const DEMO_PAIRS_START = new Date(2026, 9, 1, 9, 0);

const KINDS = ["Организационная", "Пробная", "Планирование", "Регулярная", "Посещение урока", "Консультация"];
const TOPICS: readonly (readonly [string, string])[] = [
  ["Знакомство, ожидания, правила совместной работы", "Договорились о графике встреч по вторникам"],
  ["Пробное занятие: наставник на уроке наставляемого", "Определены два главных затруднения"],
  ["Составление плана на полугодие", "План утверждён куратором"],
  ["Разбор технологической карты урока", "Наставляемый переработал карту урока"],
  ["Посещение урока наставляемого, анализ", "Рекомендации по организации групповой работы"],
  ["Консультация по работе с родителями", "Подготовлен план родительского собрания"],
];

/**
 * A realistic programme year for the demo: meetings every two to three weeks for most pairs, one pair
 * that stalled after October, one pair ended early by the mentor's written refusal, and plan items
 * marked as a mentor would. Nothing is dated after `today`.
 */
export function playDemoYear(port: WorkbookPort, context: Context): string {
  const today = calendarDateFromLocal(context.now);
  const pairs = readYearPairs(port.readAll(PAIRS.name)).filter(
    (pair) => pair.status === "Утверждена" && pair.start,
  );
  if (pairs.length < 3) return "пар слишком мало для года работы";
  const [stalled, ended] = [pairs[1]!, pairs[2]!];
  const meetings: SheetRecord[] = [];
  for (const [index, pair] of pairs.entries()) {
    const planned =
      pair === stalled ? addDays(pair.start!, 20) : pair === ended ? addDays(pair.start!, 35) : today;
    const last = compareCalendarDates(planned, today) < 0 ? planned : today;
    let step = 0;
    for (let day = addDays(pair.start!, 2 + (index % 3)); compareCalendarDates(day, last) <= 0; step++) {
      const [topic, result] = TOPICS[step % TOPICS.length]!;
      meetings.push({
        id: `ВС-${String(meetings.length + 1).padStart(3, "0")}`,
        pairId: pair.id,
        mentor: pair.mentor,
        mentees: pair.mentees,
        date: dateCell(day),
        kind: KINDS[Math.min(step, KINDS.length - 1)]!,
        format: step % 4 === 3 ? "Онлайн" : "Очно",
        topic,
        done: topic,
        result,
        nextStep: "Следующая встреча по графику",
        hours: "1",
        source: "вручную",
        updated: context.now,
      });
      day = addDays(day, 14 + ((index + step) % 3) * 3);
    }
  }
  appendRecords(port, MEETINGS, meetings);
  refreshYear(port, context);
  markPlans(port, today, new Set([stalled.id, ended.id]), pairs[3]?.id ?? "");
  markRoadmap(port, today);
  const notice = addDays(ended.start!, 38);
  const endedEarly =
    compareCalendarDates(earliestEnd(notice, readSettingsFrom(port, context).values), today) <= 0
      ? endPairEarly(port, context, {
          pairId: ended.id,
          initiator: "mentor",
          noticeDate: notice,
          reason:
            "досрочный отказ наставника от выполнения дополнительной работы в связи с переводом на другую должность",
        }).summary
      : "";
  const status = refreshYear(port, context);
  return [`встреч: ${meetings.length}`, endedEarly, status.summary].filter(Boolean).join("; ");
}

/** The coordinator's own marks on «Дорожная карта»: what fell due is done, the last such item in work. */
function markRoadmap(port: WorkbookPort, today: CalendarDate): void {
  const grid = port.readAll(ROADMAP.name);
  const map = mapColumns(ROADMAP, grid[0] ?? []);
  const [status, deadline] = [map.get("status"), map.get("deadline")];
  if (status === undefined || deadline === undefined || grid.length < 2) return;
  const due = grid.slice(1).map((row) => roadmapDeadline(cellText(row[deadline])));
  const lastDue = due.reduce(
    (last, day, index) => (day && compareCalendarDates(day, today) < 0 ? index : last),
    -1,
  );
  const marks = grid.slice(1).map((row, index) => {
    const day = due[index];
    if (!day || compareCalendarDates(day, today) >= 0) return [row[status] ?? ""];
    return [index === lastDue ? "В работе" : "Выполнено"];
  });
  port.write(ROADMAP.name, 1, status, marks);
}

/**
 * Marks the plan items that fell due: done by the working pairs, except the latest one of `partly`,
 * which is part-done; the lagging pairs leave theirs open.
 */
function markPlans(
  port: WorkbookPort,
  today: CalendarDate,
  lagging: ReadonlySet<string>,
  partly: string,
): void {
  const grid = port.readAll(PLANS.name);
  const markColumn = mapColumns(PLANS, grid[0] ?? []).get("mark");
  if (markColumn === undefined || grid.length < 2) return;
  const marks = grid.slice(1).map((row) => [row[markColumn] ?? ""]);
  let partRow = -1;
  for (const item of readPlanEntries(grid)) {
    if (!item.due || compareCalendarDates(item.due, today) >= 0 || lagging.has(item.pairId)) continue;
    marks[item.row - 1] = ["Выполнено"];
    if (item.pairId === partly) partRow = item.row;
  }
  if (partRow > 0) marks[partRow - 1] = ["Частично"];
  port.write(PLANS.name, 1, markColumn, marks);
}
