/** Small conversions from sheet cells to template values: days, names, positions, counts. */
import { type Cell, cellText, isDate } from "../cell";
import type { PersonName } from "../declension/person";
import {
  type CalendarDate,
  calendarDateFromLocal,
  calendarDateFromUtc,
  parseIsoDate,
  parseRussianDate,
} from "../format/dates";
import { pluralForm } from "../format/numbers";

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

/** «№ 7», «г. Заречный» never split at the end of a line: the space after them is non-breaking. */
export function keepTogether(text: string): string {
  return text.replace(/№ /g, "№\u00a0").replace(/(^|[^\p{L}])(г\.|им\.) /gu, "$1$2\u00a0");
}

/** «Соколова Ирина Викторовна» → the person value; `null` when there is no surname and first name. */
export function personFromText(text: string): PersonName | null {
  const words = text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .split(" ");
  const [lastName = "", firstName = "", ...rest] = words;
  if (lastName === "" || firstName === "") return null;
  return { lastName, firstName, middleName: rest.join(" ") };
}

/**
 * A position or a form in the middle of a sentence or in a table: «Учитель математики» → «учитель
 * математики»; an abbreviation at the start («МО учителей…») is kept.
 */
export function lowerFirst(text: string): string {
  const trimmed = text.trim();
  const second = trimmed.charAt(1);
  if (second === "" || second !== second.toLocaleLowerCase("ru")) return trimmed;
  return trimmed.charAt(0).toLocaleLowerCase("ru") + trimmed.slice(1);
}

/** «24 года», «1 год», «5 лет»; «не указан» when the cell is blank or not a number. */
export function experienceText(value: Cell | undefined): string {
  const text = cellText(value).replace(",", ".");
  const years = Number(text);
  if (text === "" || !Number.isFinite(years) || years < 0) return "не указан";
  if (years < 1) return "менее года";
  if (!Number.isInteger(years)) return `${text.replace(".", ",")} года`;
  return `${years} ${pluralForm(years, ["год", "года", "лет"])}`;
}
