import { type CalendarDate, toIsoDate } from "../format/dates";
import { formatCsv } from "../questionnaires/csv";
import { MENTORING_FORMS } from "../schema/enums";
import type { SettingsValues } from "../schema/settings";
import type { Summary } from "./summary";

export type IndicatorValue = string | number | null;
type Value = IndicatorValue;

/**
 * What a column holds, for the readers and the .xlsx writer: text; a count (a whole number ≥ 0, always
 * present); a percentage 0–100; a decimal ≥ 0; an average score 1–10. All but text and counts may be empty
 * («нет данных»).
 */
export type IndicatorKind = "text" | "count" | "percent" | "decimal" | "score";

export interface IndicatorColumn {
  /** Stable name for code that checks one column against another; the header is what users see. */
  readonly key: string;
  readonly header: string;
  readonly kind: IndicatorKind;
  readonly value: (summary: Summary, settings: SettingsValues, today: CalendarDate) => Value;
}

/** The key of the column counting pairs of `form` (one per form of the closed list). */
export const formKey = (form: string): string => `form:${form}`;

/**
 * The fixed layout of the indicators file for the municipal body: one header row, then one row per
 * organisation, in .csv and .xlsx alike. Columns are only ever added at the end, so that a reader written
 * for an older file keeps working; README «Итоги года: сводка и показатели» documents each of them.
 */
export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  { key: "code", header: "ИНН/код", kind: "text", value: (_, settings) => String(settings.orgCode ?? "") },
  {
    key: "name",
    header: "Организация",
    kind: "text",
    value: (_, settings) => String(settings.orgShortName ?? ""),
  },
  {
    key: "schoolYear",
    header: "Учебный год",
    kind: "text",
    value: (_, settings) => String(settings.schoolYear ?? ""),
  },
  { key: "date", header: "Дата формирования", kind: "text", value: (_, __, today) => toIsoDate(today) },
  { key: "teachers", header: "Педагогов всего", kind: "count", value: (s) => s.teachers },
  { key: "young", header: "Молодых специалистов", kind: "count", value: (s) => s.youngSpecialists },
  {
    key: "youngCovered",
    header: "Молодых специалистов в парах",
    kind: "count",
    value: (s) => s.youngCovered,
  },
  {
    key: "coverage",
    header: "Охват молодых специалистов, %",
    kind: "percent",
    value: (s) => s.youngCoverage,
  },
  { key: "mentors", header: "Наставников", kind: "count", value: (s) => s.mentors },
  {
    key: "pairs",
    header: "Пар и групп всего",
    kind: "count",
    value: (s) => s.active + s.completed + s.endedEarly,
  },
  ...MENTORING_FORMS.map(
    (form): IndicatorColumn => ({
      key: formKey(form),
      header: `Форма: ${form}`,
      kind: "count",
      value: (s: Summary) => s.byForm.find((entry) => entry.form === form)?.count ?? 0,
    }),
  ),
  { key: "active", header: "Активных", kind: "count", value: (s) => s.active },
  { key: "completed", header: "Завершённых", kind: "count", value: (s) => s.completed },
  { key: "endedEarly", header: "Досрочно прекращённых", kind: "count", value: (s) => s.endedEarly },
  { key: "meetings", header: "Встреч проведено", kind: "count", value: (s) => s.meetings },
  { key: "meetingsPerPair", header: "Встреч на пару", kind: "decimal", value: (s) => s.meetingsPerPair },
  { key: "planDone", header: "Выполнение планов, %", kind: "percent", value: (s) => s.planDone },
  {
    key: "mentorSatisfaction",
    header: "Удовлетворённость наставников",
    kind: "score",
    value: (s) => s.mentorSatisfaction.average,
  },
  {
    key: "mentorAnswers",
    header: "Ответов наставников",
    kind: "count",
    value: (s) => s.mentorSatisfaction.answers,
  },
  {
    key: "menteeSatisfaction",
    header: "Удовлетворённость наставляемых",
    kind: "score",
    value: (s) => s.menteeSatisfaction.average,
  },
  {
    key: "menteeAnswers",
    header: "Ответов наставляемых",
    kind: "count",
    value: (s) => s.menteeSatisfaction.answers,
  },
];

/** The headers of the layout, in order: the first row of every indicators file. */
export const INDICATOR_HEADERS: readonly string[] = INDICATOR_COLUMNS.map((column) => column.header);

/** Where the column `key` sits in a row of the layout. */
export function indicatorIndex(key: string): number {
  const index = INDICATOR_COLUMNS.findIndex((column) => column.key === key);
  if (index < 0) throw new RangeError(`unknown indicator column ${key}`);
  return index;
}

/** The organisation's row of indicators, in `INDICATOR_COLUMNS` order; null where there is no data. */
export function indicatorRow(summary: Summary, settings: SettingsValues, today: CalendarDate): Value[] {
  return INDICATOR_COLUMNS.map((column) => column.value(summary, settings, today));
}

/** A decimal with a comma, as a spreadsheet in a Russian locale reads a «;»-separated file; no data is empty. */
function csvField(value: Value): string {
  return value === null ? "" : typeof value === "number" ? String(value).replace(".", ",") : value;
}

/** UTF-8 text with a byte order mark (so that Excel reads Cyrillic), «;» between fields, CRLF line ends. */
export function indicatorsCsv(rows: readonly (readonly Value[])[]): string {
  const table = [[...INDICATOR_HEADERS], ...rows.map((row) => row.map(csvField))];
  return `\uFEFF${formatCsv(table, ";")}\r\n`;
}

/** The one sheet of an indicators .xlsx: the same header and rows as the .csv, numbers as numbers. */
export const INDICATORS_SHEET = "Показатели";
