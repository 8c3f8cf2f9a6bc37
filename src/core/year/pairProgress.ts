import { type CalendarDate, compareCalendarDates } from "../format/dates";
import { daysBetween } from "./dayArithmetic";
import type { Meeting, PlanEntry } from "./yearData";

/** What «Встречи» and «Планы» say about one pair on a given day. */
export interface PairProgress {
  readonly meetingCount: number;
  readonly lastMeeting: CalendarDate | null;
  /** Days since the last meeting (or since the start, before the first); null before the start. */
  readonly daysWithoutMeeting: number | null;
  readonly planItems: number;
  /** Share of plan items marked «Выполнено», whole percent; null for a pair without a plan. */
  readonly planDone: number | null;
  readonly overdueItems: readonly PlanEntry[];
}

const DONE = "выполнено";

export function isDoneMark(mark: string): boolean {
  return mark.trim().toLowerCase() === DONE;
}

/** Groups rows by their pair's ID, in sheet order. */
export function byPair<T extends { readonly pairId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    if (!row.pairId) continue;
    const group = groups.get(row.pairId);
    if (group) group.push(row);
    else groups.set(row.pairId, [row]);
  }
  return groups;
}

/**
 * A pair's own meetings and plan items (grouped by `byPair`) read on `today`: meetings up to `today` (a meeting dated in the future is planned, not held) and its plan:
 * an item is overdue when its due day has passed and it is not marked «Выполнено».
 */
export function pairProgress(
  start: CalendarDate | null,
  meetings: readonly Meeting[],
  items: readonly PlanEntry[],
  today: CalendarDate,
): PairProgress {
  const held = meetings.filter((meeting) => meeting.date && compareCalendarDates(meeting.date, today) <= 0);
  let lastMeeting: CalendarDate | null = null;
  for (const meeting of held)
    if (meeting.date && (!lastMeeting || compareCalendarDates(meeting.date, lastMeeting) > 0))
      lastMeeting = meeting.date;
  const since = lastMeeting ?? start;
  const daysWithoutMeeting =
    since && compareCalendarDates(since, today) <= 0 ? daysBetween(since, today) : null;
  const done = items.filter((item) => isDoneMark(item.mark)).length;
  return {
    meetingCount: held.length,
    lastMeeting,
    daysWithoutMeeting,
    planItems: items.length,
    planDone: items.length ? Math.round((100 * done) / items.length) : null,
    overdueItems: items.filter(
      (item) => !isDoneMark(item.mark) && item.due !== null && compareCalendarDates(item.due, today) < 0,
    ),
  };
}
