/**
 * The roadmap's deadlines as the order approving it prints them: moved into the school year of
 * «Настройки» (a roadmap sheet made for another year is shifted by whole years), and never before the
 * order's month — an order of December does not approve work «в сентябре».
 */
import { type CalendarDate, MONTHS_NOMINATIVE } from "../format/dates";

interface Month {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

const MONTH_WORD =
  /(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*(?:\s+(\d{4}))?/giu;
const STEMS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];

function monthIndex(word: string): number {
  const lower = word.toLocaleLowerCase("ru");
  return STEMS.findIndex((stem) => lower.startsWith(stem)) + 1;
}

function before(a: Month, b: Month): boolean {
  return a.year < b.year || (a.year === b.year && a.month < b.month);
}

/** The months a deadline names, in order, each with its year (a month without one takes the next year given). */
function monthsOf(text: string): { months: Month[]; end: number } {
  const found: { month: number; year: number | null }[] = [];
  let end = 0;
  // exec in a loop, not matchAll: the Apps Script bundle stays within ES2019.
  const pattern = new RegExp(MONTH_WORD.source, MONTH_WORD.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({ month: monthIndex(match[1] ?? ""), year: match[2] ? Number(match[2]) : null });
    end = match.index + match[0].length;
  }
  const months: Month[] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const item = found[i]!;
    const next = months[0];
    const year =
      item.year ?? (next === undefined ? null : item.month > next.month ? next.year - 1 : next.year);
    if (year === null) return { months: [], end: 0 };
    months.unshift({ month: item.month, year });
  }
  return { months, end };
}

/** The first year of the school year a deadline's first month falls in (September to August). */
function schoolYearOf(month: Month): number {
  return month.month >= 8 ? month.year : month.year - 1;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);
}

function monthName(month: number): string {
  return MONTHS_NOMINATIVE[month - 1] ?? "";
}

function range(start: Month, end: Month): string {
  if (start.year === end.year && start.month === end.month)
    return capitalise(`${monthName(start.month)} ${start.year}`);
  if (start.year === end.year)
    return capitalise(`${monthName(start.month)} – ${monthName(end.month)} ${end.year}`);
  return capitalise(`${monthName(start.month)} ${start.year} – ${monthName(end.month)} ${end.year}`);
}

/** The school year the roadmap's deadlines were written for: the earliest one named, or null. */
export function roadmapStartYear(deadlines: readonly string[]): number | null {
  let first: number | null = null;
  for (const text of deadlines) {
    for (const month of monthsOf(text).months) {
      const year = schoolYearOf(month);
      if (first === null || year < first) first = year;
    }
    const range = /(\d{4})\s*[–-]\s*(\d{4})/g;
    for (let match = range.exec(text); match !== null; match = range.exec(text)) {
      const year = Number(match[1]);
      if (first === null || year < first) first = year;
    }
  }
  return first;
}

/**
 * One deadline for the order: years shifted by `shift`, months before the order's month moved up to it.
 * «Сентябрь – октябрь 2026» for an order of 1 December 2026 becomes «Декабрь 2026»; «Октябрь 2026,
 * далее по мере необходимости» keeps its tail.
 */
export function orderDeadline(text: string, orderDate: CalendarDate, shift: number): string {
  const shifted = shift === 0 ? text : text.replace(/\b(\d{4})\b/g, (year) => String(Number(year) + shift));
  const { months, end } = monthsOf(shifted);
  if (months.length === 0) return shifted;
  const order: Month = { year: orderDate.year, month: orderDate.month };
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (!before(first, order)) return shifted;
  const start = order;
  const finish = before(last, order) ? order : last;
  return `${range(start, finish)}${shifted.slice(end)}`;
}

/** The last month a deadline names («май 2027», «Апрель – май 2027»), as its first day; or null. */
export function lastMonthOf(text: string): CalendarDate | null {
  const { months } = monthsOf(text);
  const last = months[months.length - 1];
  return last === undefined ? null : { year: last.year, month: last.month, day: 1 };
}
