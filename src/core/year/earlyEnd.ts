import { cellText } from "../cell";
import {
  type CalendarDate,
  calendarDateFromLocal,
  compareCalendarDates,
  formatDateNumeric,
} from "../format/dates";
import { rowChange, writeRowChanges } from "../intake/rowWrites";
import { appendLog } from "../log";
import { dateCell } from "../pairing/approve";
import { readSettingsFrom } from "../pairing/proposePairs";
import type { Context, WorkbookPort } from "../ports";
import { ENDED_EARLY } from "../schema/enums";
import type { SettingsValues } from "../schema/settings";
import { PAIRS } from "../schema/sheets";
import { mapColumns, writeRecord } from "../schema/table";
import { requireSheet } from "../sheets";
import { addWorkingDays, type CalendarAdjustments } from "./productionCalendar";
import { pairKey, readYearPairs } from "./yearData";

export type EndInitiator = "mentor" | "employer";

export interface EarlyEndRequest {
  readonly pairId: string;
  readonly initiator: EndInitiator;
  /** The day the written notice was given; today when absent. */
  readonly noticeDate?: CalendarDate;
  /** The last day of mentoring; the earliest lawful day when absent. */
  readonly endDate?: CalendarDate;
  readonly reason?: string;
}

export interface EarlyEndResult {
  readonly pairId: string;
  readonly noticeDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly earliest: CalendarDate;
  readonly summary: string;
}

/** A refusal the coordinator can act on; the message is Russian and says what to do. */
export class EarlyEndError extends Error {
  override readonly name = "EarlyEndError";
}

const INITIATOR_REASON: Readonly<Record<EndInitiator, string>> = {
  mentor: "досрочный отказ наставника от выполнения дополнительной работы (ч. 4 ст. 60.2 ТК РФ)",
  employer:
    "досрочная отмена работодателем поручения о выполнении дополнительной работы (ч. 4 ст. 60.2 ТК РФ)",
};

/** Who ended the pair, put before a reason the coordinator types: the order ending it words its basis by it. */
const INITIATOR_LEAD: Readonly<Record<EndInitiator, string>> = {
  mentor: "отказ наставника",
  employer: "решение работодателя",
};

/** Who ended the pair, as its reason on «Пары» says; null when it does not say. */
export function initiatorOfReason(reason: string): EndInitiator | null {
  if (/^(досрочн\S* )?отказ\S* наставник/i.test(reason.trim())) return "mentor";
  if (/работодател/i.test(reason)) return "employer";
  return /отказ/i.test(reason) ? "mentor" : null;
}

/** The reason as «Пары» records it: the coordinator's words, led by who ended the pair unless they say it. */
export function recordedReason(initiator: EndInitiator, typed?: string): string {
  const text = typed?.trim() ?? "";
  if (text === "") return INITIATOR_REASON[initiator];
  return initiatorOfReason(text) === initiator ? text : `${INITIATOR_LEAD[initiator]} — ${text}`;
}

/** The reason recorded when the coordinator typed none: it says no more than who ended the pair. */
export function isStandardReason(reason: string): boolean {
  return Object.values(INITIATOR_REASON).includes(reason.trim());
}

/** The coordinator's own words of a recorded reason, without the lead `recordedReason` put before them. */
export function reasonWithoutLead(reason: string): string {
  const lead = Object.values(INITIATOR_LEAD).find((text) => reason.startsWith(`${text} — `));
  return lead === undefined ? reason : reason.slice(lead.length + 3);
}

function isoDates(text: string | number | undefined): string[] {
  return String(text ?? "")
    .split(/[,;\s]+/)
    .map((part) => /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(part))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((m) => `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`);
}

/** The coordinator's additions to the production calendar from «Настройки». */
export function calendarAdjustments(settings: SettingsValues): CalendarAdjustments {
  return { daysOff: isoDates(settings.extraDaysOff), workingDays: isoDates(settings.extraWorkingDays) };
}

/** The earliest last day of mentoring after a notice: `noticeDays` working days later (ст. 351.8 ТК РФ). */
export function earliestEnd(notice: CalendarDate, settings: SettingsValues): CalendarDate {
  return addWorkingDays(notice, Number(settings.earlyEndNoticeDays ?? 3), calendarAdjustments(settings));
}

/**
 * Ends an approved pair before its term: status «Прекращена досрочно» with the notice day, the last day
 * and the reason on «Пары». The notice term is checked against the production calendar. The pair is then
 * never proposed again and its mentee returns to matching; every other pair stays as it is.
 */
export function endPairEarly(port: WorkbookPort, context: Context, request: EarlyEndRequest): EarlyEndResult {
  const settings = readSettingsFrom(port, context).values;
  const grid = requireSheet(port, PAIRS.name);
  const pair = readYearPairs(grid).find((candidate) => pairKey(candidate.id) === pairKey(request.pairId));
  if (!pair) throw new EarlyEndError(`Пары ${request.pairId} нет на листе «Пары»: проверьте ID.`);
  if (pair.status !== "Утверждена")
    throw new EarlyEndError(
      `Пара ${pair.id} в статусе «${pair.status || "без статуса"}»: досрочно прекратить можно только утверждённую пару.`,
    );
  const notice = request.noticeDate ?? calendarDateFromLocal(context.now);
  const earliest = earliestEnd(notice, settings);
  const end = request.endDate ?? earliest;
  if (compareCalendarDates(end, earliest) < 0)
    throw new EarlyEndError(
      `Пара ${pair.id}: после уведомления ${formatDateNumeric(notice)} наставничество можно прекратить не раньше ` +
        `${formatDateNumeric(earliest)} (письменное предупреждение не менее чем за ${settings.earlyEndNoticeDays} раб. дн., ч. 4 ст. 60.2 ТК РФ). ` +
        "Укажите дату не раньше этой.",
    );
  if (pair.start && compareCalendarDates(end, pair.start) < 0)
    throw new EarlyEndError(
      `Пара ${pair.id}: дата прекращения ${formatDateNumeric(end)} раньше начала наставничества ${formatDateNumeric(pair.start)}.`,
    );
  const reason = recordedReason(request.initiator, request.reason);
  const map = mapColumns(PAIRS, grid[0] ?? []);
  const width = Math.max((grid[0] ?? []).length, ...[...map.values()].map((index) => index + 1));
  const before = grid[pair.row] ?? [];
  const values = writeRecord(
    map,
    {
      status: ENDED_EARLY,
      locked: "Нет",
      noticeDate: dateCell(notice),
      endedOn: dateCell(end),
      endReason: reason,
    },
    before,
    width,
  );
  writeRowChanges(port, PAIRS.name, [rowChange(pair.row, values, before)]);
  const summary =
    `Пара ${pair.id} (${pair.mentor} — ${pair.mentees}) прекращена досрочно с ${formatDateNumeric(end)}: ${reason}; ` +
    `уведомление ${formatDateNumeric(notice)}`;
  appendLog(port, context, "Досрочное прекращение", summary);
  return { pairId: pair.id || cellText(request.pairId), noticeDate: notice, endDate: end, earliest, summary };
}
