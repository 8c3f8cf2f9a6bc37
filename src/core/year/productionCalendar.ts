import { type CalendarDate, toIsoDate } from "../format/dates";
import { addDays, isoWeekday } from "./dayArithmetic";

/**
 * The Russian production calendar (производственный календарь) for a five-day week.
 *
 * Non-working holidays are those of ч. 1 ст. 112 ТК РФ. By ч. 2 of the same article a weekend that falls
 * on a holiday moves to the next working day after the holiday — except weekends that fall on 1–6 and 8
 * January, which the Government moves by its yearly decree instead. Those decrees are listed below for
 * the years they are published; for a year not listed, the statutory rules alone apply and the
 * coordinator adds the decree's transfers in «Настройки» (see `CalendarAdjustments`).
 */

/** [month, day] of each non-working holiday (ч. 1 ст. 112 ТК РФ). */
const HOLIDAYS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

/** Holidays whose coinciding weekends the Government moves by decree rather than by ч. 2 ст. 112. */
function movedByDecree(month: number, day: number): boolean {
  return month === 1 && day !== 7;
}

interface Decree {
  /** Weekdays made days off (the moved weekends). */
  readonly daysOff: readonly string[];
  /** Weekend days made working days. */
  readonly workingDays: readonly string[];
}

/**
 * Government decrees «О переносе выходных дней». 2026: постановление Правительства РФ от 24.09.2025
 * — weekends of 3 and 4 January moved to 9 January and 31 December.
 */
const DECREES: Readonly<Record<number, Decree>> = {
  2026: { daysOff: ["2026-01-09", "2026-12-31"], workingDays: [] },
};

/** Years whose decree is built in; for others the coordinator's adjustments complete the calendar. */
export function hasDecree(year: number): boolean {
  return DECREES[year] !== undefined;
}

/** Days the coordinator adds from a decree the calendar does not know yet (ISO dates). */
export interface CalendarAdjustments {
  readonly daysOff: readonly string[];
  readonly workingDays: readonly string[];
}

export const NO_ADJUSTMENTS: CalendarAdjustments = { daysOff: [], workingDays: [] };

function isWeekend(date: CalendarDate): boolean {
  return isoWeekday(date) >= 6;
}

export function isHoliday(date: CalendarDate): boolean {
  return HOLIDAYS.some(([month, day]) => month === date.month && day === date.day);
}

/** The statutory carry-overs of a year: each weekend-holiday moves to the next working day. */
function carriedOverDaysOff(year: number): Set<string> {
  const taken = new Set<string>();
  for (const [month, day] of HOLIDAYS) {
    const holiday: CalendarDate = { year, month, day };
    if (!isWeekend(holiday) || movedByDecree(month, day)) continue;
    let next = addDays(holiday, 1);
    while (isWeekend(next) || isHoliday(next) || taken.has(toIsoDate(next))) next = addDays(next, 1);
    taken.add(toIsoDate(next));
  }
  return taken;
}

const carryOverCache = new Map<number, Set<string>>();

function carriedOver(year: number): Set<string> {
  let days = carryOverCache.get(year);
  if (!days) {
    days = carriedOverDaysOff(year);
    carryOverCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(date: CalendarDate, adjustments: CalendarAdjustments = NO_ADJUSTMENTS): boolean {
  const iso = toIsoDate(date);
  const decree = DECREES[date.year];
  if (decree?.workingDays.includes(iso) || adjustments.workingDays.includes(iso)) return true;
  if (decree?.daysOff.includes(iso) || adjustments.daysOff.includes(iso)) return false;
  if (isWeekend(date) || isHoliday(date)) return false;
  return !carriedOver(date.year).has(iso);
}

/** The `count`-th working day after `date` (the day itself not counted), as ст. 14 ТК РФ counts terms. */
export function addWorkingDays(
  date: CalendarDate,
  count: number,
  adjustments: CalendarAdjustments = NO_ADJUSTMENTS,
): CalendarDate {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, adjustments)) left -= 1;
  }
  return current;
}

/** Working days strictly after `from` up to and including `to`. */
export function workingDaysAfter(
  from: CalendarDate,
  to: CalendarDate,
  adjustments: CalendarAdjustments = NO_ADJUSTMENTS,
): number {
  let count = 0;
  for (let day = addDays(from, 1); toIsoDate(day) <= toIsoDate(to); day = addDays(day, 1)) {
    if (isWorkingDay(day, adjustments)) count += 1;
  }
  return count;
}
