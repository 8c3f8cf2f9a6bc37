import { type CalendarDate, daysInMonth, MONTHS_NOMINATIVE } from "../format/dates";

/** The last match of a global pattern (exec in a loop, not matchAll: the Apps Script bundle keeps to ES2019). */
function lastMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match;
  return last;
}

/**
 * The last day a roadmap deadline allows, read from the text the roadmap uses: «Октябрь 2026»,
 * «Август – сентябрь 2026» (the last month named), «до 15.10.2026», «В течение 2026–2027 учебного года»
 * (to 31 August of its second year). Text it cannot read gives null: such an item is never called overdue.
 */
export function roadmapDeadline(text: string): CalendarDate | null {
  const lower = text.toLowerCase().replace(/ё/g, "е");
  const schoolYear = /(\d{4})\s*[–—-]\s*(\d{4})\s+учебн/.exec(lower);
  if (schoolYear) return { year: Number(schoolYear[2]), month: 8, day: 31 };
  const numeric = lastMatch(lower, /(\d{1,2})\.(\d{1,2})\.(\d{4})/g);
  if (numeric) {
    const [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  const year = lastMatch(lower, /\b(\d{4})\b/g);
  if (!year) return null;
  let month = 0;
  let at = -1;
  MONTHS_NOMINATIVE.forEach((name, index) => {
    const position = lower.lastIndexOf(name.slice(0, 3));
    if (position > at) {
      at = position;
      month = index + 1;
    }
  });
  if (!month) return null;
  const y = Number(year[1]);
  return { year: y, month, day: daysInMonth(y, month) };
}

/** The «Крайний срок» cell of a roadmap row: the deadline's last day, or empty when the text has none. */
export function roadmapDueCell(text: string): Date | "" {
  const due = roadmapDeadline(text);
  return due ? new Date(due.year, due.month - 1, due.day) : "";
}
