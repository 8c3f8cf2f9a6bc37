import { appendRecords } from "../appendRecords";
import type { Cell } from "../cell";
import { calendarDateFromLocal } from "../format/dates";
import { changeBlocks, type RowChange } from "../intake/rowWrites";
import { appendLog } from "../log";
import { dateCell } from "../pairing/approve";
import { readSettingsFrom } from "../pairing/proposePairs";
import type { Context, WorkbookPort } from "../ports";
import { competenceList } from "../questionnaires/competences";
import { sameCell } from "../questionnaires/upsert";
import { MENTEES, MENTORS, PAIRS, ROADMAP } from "../schema/sheets";
import { mapColumns, writeRecord } from "../schema/table";
import { MEETINGS, PLANS } from "../schema/yearSheets";
import { requireSheet } from "../sheets";
import { type AttentionItem, attentionList } from "./attention";
import { byPair, type PairProgress, pairProgress } from "./pairProgress";
import { missingPlanItems } from "./planSeed";
import {
  pairKey,
  readBankPeople,
  readMeetings,
  readPlanEntries,
  readYearPairs,
  type YearPair,
} from "./yearData";

export interface YearStatus {
  readonly pairs: readonly { readonly pair: YearPair; readonly progress: PairProgress }[];
  readonly attention: readonly AttentionItem[];
  readonly planItemsAdded: number;
  /** Whether anything was written to the workbook. */
  readonly changed: boolean;
  readonly summary: string;
}

export const YEAR_ACTION = "Ход программы";

function progressCells(progress: PairProgress): Record<string, Cell> {
  return {
    meetingCount: progress.meetingCount,
    lastMeeting: progress.lastMeeting ? dateCell(progress.lastMeeting) : "",
    daysWithoutMeeting: progress.daysWithoutMeeting ?? "",
    planDone: progress.planDone ?? "",
    planOverdue: progress.planItems ? progress.overdueItems.length : "",
  };
}

/**
 * «Ход программы» / `nastavnik status`: fills «Планы» for newly approved pairs, recomputes each pair's
 * meetings and plan progress on «Пары» (only the cells that changed are written, so the coordinator's
 * own columns and formulas stay), and lists what needs attention today.
 */
export function refreshYear(port: WorkbookPort, context: Context): YearStatus {
  const settings = readSettingsFrom(port, context).values;
  const today = calendarDateFromLocal(context.now);
  const pairsGrid = requireSheet(port, PAIRS.name);
  const pairs = readYearPairs(pairsGrid);
  const mentees = requireSheet(port, MENTEES.name);

  const planBefore = readPlanEntries(requireSheet(port, PLANS.name));
  const added = missingPlanItems(
    pairs,
    new Set(planBefore.map((item) => item.pairId)),
    mentees,
    competenceList(settings),
  );
  appendRecords(port, PLANS, added);
  const plan = added.length ? readPlanEntries(port.readAll(PLANS.name)) : planBefore;

  const meetingsByPair = byPair(readMeetings(requireSheet(port, MEETINGS.name)));
  const planByPair = byPair(plan);
  const tracked = pairs.filter((pair) => pair.status === "Утверждена" || pair.status === "Завершена");
  const progress = new Map(
    tracked.map((pair) => [
      pair.row,
      pairProgress(
        pair.start,
        meetingsByPair.get(pairKey(pair.id)) ?? [],
        planByPair.get(pairKey(pair.id)) ?? [],
        today,
      ),
    ]),
  );

  const map = mapColumns(PAIRS, pairsGrid[0] ?? []);
  const width = Math.max((pairsGrid[0] ?? []).length, ...[...map.values()].map((index) => index + 1));
  const changes: RowChange[] = tracked.map((pair) => {
    const before = pairsGrid[pair.row] ?? [];
    const values = writeRecord(map, progressCells(progress.get(pair.row)!), before, width);
    return {
      row: pair.row,
      values,
      changedColumns: values.flatMap((value, column) => (sameCell(value, before[column]) ? [] : [column])),
    };
  });
  for (const block of changeBlocks(changes)) port.write(PAIRS.name, block.row, block.column, block.values);

  const attention = attentionList({
    pairs,
    progress,
    people: readBankPeople(requireSheet(port, MENTORS.name), mentees),
    roadmap: requireSheet(port, ROADMAP.name),
    today,
    daysWithoutMeetingAlert: Number(settings.daysWithoutMeetingAlert ?? 30),
  });
  const summary = [
    `Пар в работе: ${tracked.filter((pair) => pair.status === "Утверждена").length}`,
    `встреч проведено: ${[...progress.values()].reduce((sum, p) => sum + p.meetingCount, 0)}`,
    added.length ? `добавлено пунктов плана: ${added.length}` : "",
    `требует внимания: ${attention.length}`,
  ]
    .filter(Boolean)
    .join("; ");
  const changed = added.length > 0 || changes.some((change) => change.changedColumns.length > 0);
  if (changed) appendLog(port, context, YEAR_ACTION, summary);
  return {
    pairs: tracked.map((pair) => ({ pair, progress: progress.get(pair.row)! })),
    attention,
    planItemsAdded: added.length,
    changed,
    summary,
  };
}
