import { type Cell, cellText, type Grid, isBlank, isDate } from "../cell";
import { dayOf, toIsoDate } from "../format/dates";
import { parseCsv } from "../questionnaires/csv";
import { decodeText } from "../questionnaires/decode";
import {
  formKey,
  INDICATOR_COLUMNS,
  INDICATOR_HEADERS,
  type IndicatorColumn,
  type IndicatorValue,
  indicatorIndex,
} from "../results/indicators";
import { MENTORING_FORMS } from "../schema/enums";

/** One organisation's row of the layout, checked: values in `INDICATOR_COLUMNS` order, null for no data. */
export interface IndicatorRecord {
  readonly values: readonly IndicatorValue[];
}

/** A data row of a file: its record, or why it cannot go into the roll-up (one Russian sentence). */
export type IndicatorRowResult =
  | { readonly ok: true; readonly record: IndicatorRecord }
  | { readonly ok: false; readonly reason: string; readonly organisation: string };

/** A whole file: its rows, or why none of it can be read. */
export type IndicatorTableResult =
  | { readonly ok: true; readonly rows: readonly IndicatorRowResult[] }
  | { readonly ok: false; readonly reason: string };

/** The value of column `key` in a checked record. */
export function indicatorValue(record: IndicatorRecord, key: string): IndicatorValue {
  return record.values[indicatorIndex(key)] ?? null;
}

export function numberOf(record: IndicatorRecord, key: string): number | null {
  const value = indicatorValue(record, key);
  return typeof value === "number" ? value : null;
}

export function textOf(record: IndicatorRecord, key: string): string {
  const value = indicatorValue(record, key);
  return value === null ? "" : String(value);
}

/** A header as typed by hand or saved by another program: no BOM, single spaces, «ё» kept. */
function normalHeader(value: Cell | undefined): string {
  return cellText(value)
    .replace(/^\ufeff/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether the first row is the layout's header. Later columns a newer layout added are ignored, so that
 * this reader keeps working on newer files; fewer columns or another name is a file of another form.
 */
function headerProblem(header: readonly Cell[]): string | null {
  for (const [index, expected] of INDICATOR_HEADERS.entries()) {
    const found = normalHeader(header[index]);
    if (found === expected) continue;
    if (found === "" && header.slice(index).every((cell) => normalHeader(cell) === ""))
      return `в заголовке ${index} столбцов из ${INDICATOR_HEADERS.length}, нет «${expected}» и дальше: файл не по форме показателей`;
    return `столбец ${index + 1} называется «${found}», а должен «${expected}»: файл не по форме показателей`;
  }
  return null;
}

/** A number as a cell holds it, or as text with a decimal comma and spaces between thousands. */
function parseNumber(value: Cell | undefined): number | null | "bad" {
  if (typeof value === "number") return Number.isFinite(value) ? value : "bad";
  const text = cellText(value).replace(/[\s\u00a0]/g, "");
  if (text === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return "bad";
  return Number(text.replace(",", "."));
}

const KIND_RULE: Record<Exclude<IndicatorColumn["kind"], "text">, string> = {
  count: "целое число не меньше 0",
  percent: "число от 0 до 100",
  decimal: "число не меньше 0",
  score: "среднее от 1 до 10",
};

function inRange(column: IndicatorColumn, value: number): boolean {
  switch (column.kind) {
    case "count":
      return Number.isInteger(value) && value >= 0;
    case "percent":
      return value >= 0 && value <= 100;
    case "decimal":
      return value >= 0;
    case "score":
      return value >= 1 && value <= 10;
    default:
      return true;
  }
}

/** Text of a text column; a date cell (Excel turns «2026-05-30» into one) back to its ISO day. */
function textValue(value: Cell | undefined): string {
  const day = isDate(value) ? dayOf(value) : null;
  return day ? toIsoDate(day) : cellText(value);
}

/** Each value by its column's kind; the first value that is not what its column holds is the reason. */
function typedValues(cells: readonly Cell[]): IndicatorValue[] | string {
  const values: IndicatorValue[] = [];
  for (const [index, column] of INDICATOR_COLUMNS.entries()) {
    const cell = cells[index];
    if (column.kind === "text") {
      values.push(textValue(cell));
      continue;
    }
    const parsed = parseNumber(cell);
    if (parsed === null && column.kind === "count") return `не заполнен столбец «${column.header}»`;
    if (parsed === "bad" || (parsed !== null && !inRange(column, parsed)))
      return `в столбце «${column.header}» стоит «${cellText(cell)}», а нужно ${KIND_RULE[column.kind]}`;
    values.push(parsed);
  }
  return values;
}

/** The checks between columns: parts not above their wholes, derived figures matching their parts. */
function consistencyProblems(record: IndicatorRecord): string[] {
  const n = (key: string) => numberOf(record, key) ?? 0;
  const problems: string[] = [];
  if (n("youngCovered") > n("young"))
    problems.push(
      `молодых специалистов в парах (${n("youngCovered")}) больше, чем молодых специалистов (${n("young")})`,
    );
  if (n("young") > n("teachers"))
    problems.push(`молодых специалистов (${n("young")}) больше, чем педагогов (${n("teachers")})`);
  const coverage = numberOf(record, "coverage");
  if (n("young") === 0 && coverage !== null)
    problems.push(`охват ${coverage}% при нуле молодых специалистов`);
  if (n("young") > 0) {
    const expected = Math.round((100 * n("youngCovered")) / n("young"));
    if (coverage === null || Math.abs(coverage - expected) > 1)
      problems.push(
        `охват ${coverage ?? "не указан"}, а ${n("youngCovered")} из ${n("young")} — это ${expected}%`,
      );
  }
  const byStatus = n("active") + n("completed") + n("endedEarly");
  if (byStatus !== n("pairs"))
    problems.push(
      `пар и групп всего ${n("pairs")}, а активных, завершённых и досрочно прекращённых вместе ${byStatus}`,
    );
  const byForm = MENTORING_FORMS.reduce((sum, form) => sum + n(formKey(form)), 0);
  if (byForm > n("pairs"))
    problems.push(`пар по формам ${byForm} — больше, чем пар и групп всего (${n("pairs")})`);
  if (n("mentors") > n("pairs"))
    problems.push(`наставников (${n("mentors")}) больше, чем пар и групп (${n("pairs")})`);
  const perPair = numberOf(record, "meetingsPerPair");
  if (
    n("pairs") === 0
      ? perPair !== null
      : perPair === null || Math.abs(perPair - n("meetings") / n("pairs")) > 0.1
  )
    problems.push(
      `встреч на пару ${perPair ?? "не указано"} при ${n("meetings")} встречах и ${n("pairs")} парах`,
    );
  for (const role of ["mentor", "mentee"] as const) {
    const average = numberOf(record, `${role}Satisfaction`);
    const answers = n(`${role}Answers`);
    if ((average === null) !== (answers === 0))
      problems.push(
        `удовлетворённость ${role === "mentor" ? "наставников" : "наставляемых"} ${average ?? "не указана"} при ${answers} ответах`,
      );
  }
  return problems;
}

/** One data row of the layout checked: types, ranges, then the consistency of its figures. */
export function checkIndicatorRow(cells: readonly Cell[]): IndicatorRowResult {
  const organisation = [cellText(cells[0]), cellText(cells[1])].filter(Boolean).join(" ");
  if (cellText(cells[0]) === "")
    return {
      ok: false,
      organisation,
      reason: "не заполнен ИНН/код организации — без него строку не с чем сопоставить",
    };
  const values = typedValues(cells);
  if (typeof values === "string") return { ok: false, organisation, reason: values };
  const record = { values };
  const problems = consistencyProblems(record);
  if (problems.length > 0)
    return { ok: false, organisation, reason: `показатели не сходятся: ${problems.join("; ")}` };
  return { ok: true, record };
}

/** A table read from a .csv or the sheet «Показатели»: its header checked, then each non-blank row. */
export function readIndicatorTable(grid: Grid): IndicatorTableResult {
  const [header, ...rest] = grid;
  if (header === undefined || header.every(isBlank))
    return { ok: false, reason: "файл пустой: нет даже заголовка" };
  const problem = headerProblem(header);
  if (problem) return { ok: false, reason: problem };
  const rows = rest.filter((row) => !row.every(isBlank));
  if (rows.length === 0) return { ok: false, reason: "в файле только заголовок, строки показателей нет" };
  return { ok: true, rows: rows.map(checkIndicatorRow) };
}

/** An indicators .csv in any encoding a spreadsheet saves (UTF-8 with or without BOM, UTF-16, Windows-1251). */
export function readIndicatorsCsv(bytes: Uint8Array): IndicatorTableResult {
  let grid: Grid;
  try {
    grid = parseCsv(decodeText(bytes).text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : "файл CSV не читается" };
  }
  return readIndicatorTable(grid);
}
