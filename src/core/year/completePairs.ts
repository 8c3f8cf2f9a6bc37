import { calendarDateFromLocal, compareCalendarDates } from "../format/dates";
import { rowChange, writeRowChanges } from "../intake/rowWrites";
import { appendLog } from "../log";
import type { Context, WorkbookPort } from "../ports";
import { PAIRS } from "../schema/sheets";
import { mapColumns, writeRecord } from "../schema/table";
import { requireSheet } from "../sheets";
import { pairKey, readYearPairs } from "./yearData";

export interface CompletionResult {
  readonly completed: readonly string[];
  readonly problems: readonly string[];
  readonly summary: string;
}

/**
 * Completes approved pairs normally: status «Завершена», which the final event and the awards read.
 * Without IDs it takes every approved pair whose term has ended; a named pair may be completed on its
 * last day or later only, since an earlier end is an early ending with its own notice and order.
 */
export function completePairs(
  port: WorkbookPort,
  context: Context,
  ids?: readonly string[],
): CompletionResult {
  const grid = requireSheet(port, PAIRS.name);
  const pairs = readYearPairs(grid);
  const today = calendarDateFromLocal(context.now);
  const problems: string[] = [];
  const wanted = ids ? new Set(ids.map(pairKey)) : null;
  if (wanted)
    for (const id of ids ?? [])
      if (!pairs.some((pair) => pairKey(pair.id) === pairKey(id)))
        problems.push(`${id}: такой пары нет на листе «Пары»`);
  const chosen = pairs.filter((pair) => {
    if (wanted && !wanted.has(pairKey(pair.id))) return false;
    if (pair.status !== "Утверждена") {
      if (wanted) problems.push(`${pair.id}: статус «${pair.status}» — завершить можно утверждённую пару`);
      return false;
    }
    const ended = pair.end !== null && compareCalendarDates(pair.end, today) <= 0;
    if (!ended && wanted)
      problems.push(
        `${pair.id}: срок программы ещё не истёк — для досрочного прекращения используйте отдельную команду с уведомлением`,
      );
    return ended;
  });
  const map = mapColumns(PAIRS, grid[0] ?? []);
  const width = Math.max((grid[0] ?? []).length, ...[...map.values()].map((index) => index + 1));
  const changes = chosen.map((pair) => {
    const before = grid[pair.row] ?? [];
    return rowChange(pair.row, writeRecord(map, { status: "Завершена" }, before, width), before);
  });
  writeRowChanges(port, PAIRS.name, changes);
  const completed = chosen.map((pair) => pair.id);
  const summary = [
    completed.length
      ? `Завершено пар: ${completed.length} (${completed.join(", ")})`
      : "Ни одна пара не завершена",
    ...problems,
  ].join("; ");
  if (completed.length) appendLog(port, context, "Завершение пар", summary);
  return { completed, problems, summary };
}
