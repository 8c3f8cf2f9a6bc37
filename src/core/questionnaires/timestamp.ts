import type { Cell } from "../cell";
import { isDate } from "../cell";
import { type CalendarDate, calendarDateFromLocal, dayOf } from "../format/dates";

/** Drops milliseconds: a sheet may round them away, and the comparison «newer than» must survive that. */
export function floorToSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** Days between 1899-12-30 (the spreadsheet epoch) and 1970-01-01. */
const SERIAL_EPOCH_DAYS = 25569;

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number | undefined,
): Date | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return offsetMinutes === undefined
    ? new Date(year, month - 1, day, hour, minute, second)
    : new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
}

const DATE_TIME =
  /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[T,\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(am|pm|дп|пп)?\s*(z|(?:gmt|utc)?\s*([+-])(\d{1,2})(?::?(\d{2}))?|gmt|utc)?$/i;

/**
 * A response time from a form export cell: a Date; a spreadsheet serial number; or a text —
 * «21.11.2025 19:08:00» (Russian), «2025/11/21 7:08:00 PM GMT+3» (Google Forms CSV), «11/21/2025 19:08:00»
 * (US: month first, unless the first number cannot be a month), ISO 8601. Without a time zone the time is
 * taken in the zone the code runs in (the script's time zone in Apps Script). Undefined when unreadable.
 */
export function parseTimestamp(cell: Cell | undefined): Date | undefined {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? undefined : cell;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell <= 0) return undefined;
    const utc = new Date(Math.round((cell - SERIAL_EPOCH_DAYS) * 86_400_000));
    // The serial number is a wall-clock time: read its UTC fields as local ones.
    return new Date(
      utc.getUTCFullYear(),
      utc.getUTCMonth(),
      utc.getUTCDate(),
      utc.getUTCHours(),
      utc.getUTCMinutes(),
      utc.getUTCSeconds(),
    );
  }
  if (typeof cell !== "string") return undefined;
  const text = cell.trim().replace(/\s+/g, " ");
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, a = "", separator = "", b = "", c = "", hh, mm, ss, meridiem, zone, sign, zh, zm] = match;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    [year, month, day] = [Number(a), Number(b), Number(c)];
  } else if (c.length === 4 || c.length === 2) {
    year = c.length === 2 ? 2000 + Number(c) : Number(c);
    const monthFirst = separator === "/" && Number(a) <= 12;
    [month, day] = monthFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
  } else {
    return undefined;
  }
  let hour = hh === undefined ? 0 : Number(hh);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = /^(pm|пп)$/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  let offset: number | undefined;
  if (zone) offset = sign ? (sign === "-" ? -1 : 1) * (Number(zh) * 60 + Number(zm ?? 0)) : 0;
  return build(year, month, day, hour, Number(mm ?? 0), Number(ss ?? 0), offset);
}

/**
 * A day answered in a form or typed in a table: a date cell, «20.10.2026», «2026-10-20», or written the
 * way an export writes its times («2026/10/20», «10/20/2026»). Null when it is no day.
 */
export function dayOfAnswer(cell: Cell | undefined): CalendarDate | null {
  const day = dayOf(cell);
  if (day || typeof cell !== "string") return day;
  const time = parseTimestamp(cell.trim());
  return time ? calendarDateFromLocal(time) : null;
}
