import { type CalendarDate, toIsoDate } from "../format/dates";
import { formatCsv } from "../questionnaires/csv";
import { MENTORING_FORMS } from "../schema/enums";
import type { SettingsValues } from "../schema/settings";
import type { Summary } from "./summary";

type Value = string | number | null;

/**
 * The fixed layout of the indicators file for the municipal body: one header row, then one row per
 * organisation. Columns are only ever added at the end, so that a reader written for an older file keeps
 * working; README «Итоги года: сводка и показатели» documents each of them.
 */
export const INDICATOR_COLUMNS: readonly {
  readonly header: string;
  readonly value: (summary: Summary, settings: SettingsValues, today: CalendarDate) => Value;
}[] = [
  { header: "ИНН/код", value: (_, settings) => String(settings.orgCode ?? "") },
  { header: "Организация", value: (_, settings) => String(settings.orgShortName ?? "") },
  { header: "Учебный год", value: (_, settings) => String(settings.schoolYear ?? "") },
  { header: "Дата формирования", value: (_, __, today) => toIsoDate(today) },
  { header: "Педагогов всего", value: (s) => s.teachers },
  { header: "Молодых специалистов", value: (s) => s.youngSpecialists },
  { header: "Молодых специалистов в парах", value: (s) => s.youngCovered },
  { header: "Охват молодых специалистов, %", value: (s) => s.youngCoverage },
  { header: "Наставников", value: (s) => s.mentors },
  { header: "Пар и групп всего", value: (s) => s.active + s.completed + s.endedEarly },
  ...MENTORING_FORMS.map((form) => ({
    header: `Форма: ${form}`,
    value: (s: Summary) => s.byForm.find((entry) => entry.form === form)?.count ?? 0,
  })),
  { header: "Активных", value: (s) => s.active },
  { header: "Завершённых", value: (s) => s.completed },
  { header: "Досрочно прекращённых", value: (s) => s.endedEarly },
  { header: "Встреч проведено", value: (s) => s.meetings },
  { header: "Встреч на пару", value: (s) => s.meetingsPerPair },
  { header: "Выполнение планов, %", value: (s) => s.planDone },
  { header: "Удовлетворённость наставников", value: (s) => s.mentorSatisfaction.average },
  { header: "Ответов наставников", value: (s) => s.mentorSatisfaction.answers },
  { header: "Удовлетворённость наставляемых", value: (s) => s.menteeSatisfaction.average },
  { header: "Ответов наставляемых", value: (s) => s.menteeSatisfaction.answers },
];

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
  const table = [INDICATOR_COLUMNS.map((column) => column.header), ...rows.map((row) => row.map(csvField))];
  return `\uFEFF${formatCsv(table, ";")}\r\n`;
}
