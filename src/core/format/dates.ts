import { type Cell, cellText, isDate } from "../cell";

/**
 * Russian calendar dates. A date is a plain year-month-day, never a `Date`: a `Date` is an instant, and
 * turning it into a day depends on the time zone, which only the adapter knows. Adapters convert once
 * (`calendarDateFromUtc` for exceljs, `calendarDateFromLocal` in Apps Script) and core never shifts days.
 */
export interface CalendarDate {
  readonly year: number;
  /** 1 = январь … 12 = декабрь. */
  readonly month: number;
  readonly day: number;
}

export const MONTHS_NOMINATIVE = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
] as const;

export const MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
] as const;

/** Thrown for a day that does not exist; the message is in Russian. */
export class CalendarDateError extends RangeError {
  override readonly name = "CalendarDateError";
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidCalendarDate(year, month, day)) {
    throw new CalendarDateError(`Такой даты нет: ${pad2(day)}.${pad2(month)}.${year}.`);
  }
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "object" || value === null) return false;
  const { year, month, day } = value as Record<string, unknown>;
  return (
    typeof year === "number" &&
    typeof month === "number" &&
    typeof day === "number" &&
    isValidCalendarDate(year, month, day)
  );
}

/** «2022-11-18» → the date; anything else → `null`. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

/** «18.11.2022» → the date; anything else → `null`. */
export function parseRussianDate(text: string): CalendarDate | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

/** The day of a `Date` read in UTC (exceljs gives dates as UTC midnights). */
export function calendarDateFromUtc(date: Date): CalendarDate {
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The day of a `Date` read in the runtime's own time zone (the script's zone in Apps Script). */
export function calendarDateFromLocal(date: Date): CalendarDate {
  return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The day a date cell means. A date typed into Excel reaches us as an exact UTC midnight (exceljs); a
 * date written by Nastavnik or read by Apps Script is a midnight in the local time zone. So an exact UTC
 * midnight is read in UTC and anything else locally — right in every time zone for both. Text in the
 * form «18.11.2022» or «2022-11-18» is accepted too.
 */
export function dayOf(value: Cell | undefined): CalendarDate | null {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return null;
    const utcMidnight =
      value.getUTCHours() === 0 &&
      value.getUTCMinutes() === 0 &&
      value.getUTCSeconds() === 0 &&
      value.getUTCMilliseconds() === 0;
    return utcMidnight ? calendarDateFromUtc(value) : calendarDateFromLocal(value);
  }
  const text = cellText(value);
  return parseRussianDate(text) ?? parseIsoDate(text);
}

/**
 * The last day of a term of `months` months that begins on `start`, both days included: the day before
 * the same date `months` later («с 1 октября 2026 г. по 30 июня 2027 г.» for nine months). When that
 * month has no such date (a term from 31 August), the term ends with the month's last day.
 */
export function termEnd(start: CalendarDate, months: number): CalendarDate {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  if (start.day > last) return { year, month, day: last };
  if (start.day > 1) return { year, month, day: start.day - 1 };
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { ...previous, day: daysInMonth(previous.year, previous.month) };
}

export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Negative, zero or positive as `a` is before, the same as or after `b`. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function monthName(month: number, form: "им" | "род" = "им"): string {
  const names = form === "им" ? MONTHS_NOMINATIVE : MONTHS_GENITIVE;
  const name = names[month - 1];
  if (name === undefined) throw new CalendarDateError(`Нет месяца с номером ${month}.`);
  return name;
}

/** «18.11.2022» */
export function formatDateNumeric(date: CalendarDate): string {
  return `${pad2(date.day)}.${pad2(date.month)}.${date.year}`;
}

/** «18» ноября 2022 г. — as in an order's header. */
export function formatDateQuoted(date: CalendarDate): string {
  return `«${pad2(date.day)}» ${monthName(date.month, "род")} ${date.year} г.`;
}

/** 18 ноября 2022 г. */
export function formatDateLong(date: CalendarDate): string {
  return `${date.day} ${monthName(date.month, "род")} ${date.year} г.`;
}

/** ноябрь 2022 */
export function formatMonthYear(date: CalendarDate): string {
  return `${monthName(date.month, "им")} ${date.year}`;
}
