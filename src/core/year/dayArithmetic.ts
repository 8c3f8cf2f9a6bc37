import type { CalendarDate } from "../format/dates";

/**
 * Day arithmetic on plain calendar dates. Counting through UTC keeps it free of the runtime's time zone
 * and of daylight-saving jumps: a UTC day is always 86 400 000 ms.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (negative before). */
export function dayIndex(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function dateOfIndex(index: number): CalendarDate {
  const at = new Date(index * MS_PER_DAY);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfIndex(dayIndex(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayIndex(to) - dayIndex(from);
}

/** 1 = понедельник … 7 = воскресенье, as a Russian calendar counts. */
export function isoWeekday(date: CalendarDate): number {
  const sundayZero = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}
