import { appendRecords } from "../appendRecords";
import { type Cell, cellText, type Grid } from "../cell";
import { type CalendarDate, calendarDateFromLocal, dayOf } from "../format/dates";
import { rowChange, writeRowChanges } from "../intake/rowWrites";
import { appendLog } from "../log";
import { dateCell } from "../pairing/approve";
import { readSettingsFrom } from "../pairing/proposePairs";
import type { Context, WorkbookPort } from "../ports";
import { competenceList } from "../questionnaires/competences";
import { MONITORING } from "../schema/monitoringSheet";
import type { SettingsValues } from "../schema/settings";
import { LOG, MENTEES, MENTORS, PAIRS, ROADMAP } from "../schema/sheets";
import { mapColumns, readRecords, writeRecord } from "../schema/table";
import { MEETINGS, PLANS } from "../schema/yearSheets";
import { requireSheet } from "../sheets";
import { type AttentionItem, attentionList } from "./attention";
import { byPair, type PairProgress, pairProgress } from "./pairProgress";
import { missingPlanItems } from "./planSeed";
import { roadmapDueCell } from "./roadmapDeadline";
import { roadmapFacts } from "./roadmapFacts";
import {
  type PlanEntry,
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
 * Rewrites the changed cells of «Что показывают данные» and «Крайний срок» (read from «Сроки», which the
 * overdue highlight compares with today) on «Дорожная карта»; whether any changed.
 */
function writeRoadmapFacts(port: WorkbookPort, pairs: readonly YearPair[], mentees: Grid): boolean {
  const roadmap = requireSheet(port, ROADMAP.name);
  const map = mapColumns(ROADMAP, roadmap[0] ?? []);
  const [column, dueColumn, deadline] = [map.get("facts"), map.get("dueDate"), map.get("deadline")];
  if (column === undefined) return false;
  const facts = roadmapFacts(roadmap, {
    people: readBankPeople(requireSheet(port, MENTORS.name), mentees),
    pairs,
    meetings: readMeetings(requireSheet(port, MEETINGS.name)),
    log: requireSheet(port, LOG.name),
    monitoringAnswers: readRecords(MONITORING, requireSheet(port, MONITORING.name)).records.length,
  });
  const changes = [...facts].map(([row, text]) => {
    const before = roadmap[row] ?? [];
    const values = [...before];
    values[column] = text;
    if (dueColumn !== undefined && deadline !== undefined)
      values[dueColumn] = roadmapDueCell(cellText(before[deadline]));
    return rowChange(row, values, before);
  });
  return writeRowChanges(port, ROADMAP.name, changes) > 0;
}

/** Each tracked pair's progress on `today`, by its row on «Пары». */
function progressOf(
  pairs: readonly YearPair[],
  meetings: Grid,
  plan: readonly PlanEntry[],
  today: CalendarDate,
): Map<number, PairProgress> {
  const meetingsByPair = byPair(readMeetings(meetings));
  const planByPair = byPair(plan);
  return new Map(
    pairs
      .filter(isTracked)
      .map((pair) => [
        pair.row,
        pairProgress(
          pair.start,
          meetingsByPair.get(pairKey(pair.id)) ?? [],
          planByPair.get(pairKey(pair.id)) ?? [],
          today,
        ),
      ]),
  );
}

function isTracked(pair: YearPair): boolean {
  return pair.status === "Утверждена" || pair.status === "Завершена";
}

/** What needs attention, read without writing anything (for the panel, which only looks). */
export function yearAttention(port: WorkbookPort, context: Context): AttentionItem[] {
  const settings = readSettingsFrom(port, context).values;
  const today = calendarDateFromLocal(context.now);
  const pairs = readYearPairs(requireSheet(port, PAIRS.name));
  const plan = readPlanEntries(requireSheet(port, PLANS.name));
  const progress = progressOf(pairs, requireSheet(port, MEETINGS.name), plan, today);
  return attentionFrom(port, settings, pairs, progress, requireSheet(port, MENTEES.name), today);
}

function attentionFrom(
  port: WorkbookPort,
  settings: SettingsValues,
  pairs: readonly YearPair[],
  progress: ReadonlyMap<number, PairProgress>,
  mentees: Grid,
  today: CalendarDate,
): AttentionItem[] {
  return attentionList({
    pairs,
    progress,
    people: readBankPeople(requireSheet(port, MENTORS.name), mentees),
    roadmap: requireSheet(port, ROADMAP.name),
    today,
    daysWithoutMeetingAlert: Number(settings.daysWithoutMeetingAlert ?? 30),
  });
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
  // The new items count at once, but are appended only after «Пары» is written: a refused write (merged
  // cells) then leaves both sheets as they were.
  const plan: PlanEntry[] = [
    ...planBefore,
    ...added.map((record) => ({
      row: -1,
      pairId: pairKey(cellText(record.pairId)),
      number: cellText(record.number),
      activity: cellText(record.activity),
      due: dayOf(record.due),
      mark: "",
    })),
  ];

  const tracked = pairs.filter(isTracked);
  const progress = progressOf(pairs, requireSheet(port, MEETINGS.name), plan, today);

  const map = mapColumns(PAIRS, pairsGrid[0] ?? []);
  const width = Math.max((pairsGrid[0] ?? []).length, ...[...map.values()].map((index) => index + 1));
  const changes = tracked.map((pair) => {
    const before = pairsGrid[pair.row] ?? [];
    return rowChange(
      pair.row,
      writeRecord(map, progressCells(progress.get(pair.row)!), before, width),
      before,
    );
  });
  writeRowChanges(port, PAIRS.name, changes);
  appendRecords(port, PLANS, added);

  const factsChanged = writeRoadmapFacts(port, pairs, mentees);
  const attention = attentionFrom(port, settings, pairs, progress, mentees, today);
  const summary = [
    `Пар в работе: ${tracked.filter((pair) => pair.status === "Утверждена").length}`,
    `встреч проведено: ${[...progress.values()].reduce((sum, p) => sum + p.meetingCount, 0)}`,
    added.length ? `добавлено пунктов плана: ${added.length}` : "",
    `требует внимания: ${attention.length}`,
  ]
    .filter(Boolean)
    .join("; ");
  const changed =
    added.length > 0 || factsChanged || changes.some((change) => change.changedColumns.length > 0);
  if (changed) appendLog(port, context, YEAR_ACTION, summary);
  return {
    pairs: tracked.map((pair) => ({ pair, progress: progress.get(pair.row)! })),
    attention,
    planItemsAdded: added.length,
    changed,
    summary,
  };
}
