import { type Cell, cellText, type Grid, isBlank, isDate } from "../cell";
import type { Context, WorkbookPort } from "../ports";
import { canonicalResponse } from "../questionnaires/canonical";
import { type ParsedResponse, parseResponse, REMARKS_MAX } from "../questionnaires/parse";
import {
  escapeCell,
  formatDateTime,
  normalizeEmail,
  truncate,
  unescapeFormula,
} from "../questionnaires/text";
import { floorToSecond, parseTimestamp } from "../questionnaires/timestamp";
import type { FormResponse, Questionnaire } from "../questionnaires/types";
import { type LogEntry, sameCell } from "../questionnaires/upsert";
import type { SheetSchema } from "../schema/columns";
import { mapColumns } from "../schema/table";
import { ensureSheet } from "./ensureSheet";
import { type ImportOptions, type ImportReport, isDelivered, summarize, writeLog } from "./report";
import { type RowChange, writeRowChanges } from "./rowWrites";

/** A cell as text, a formula-escaped answer unescaped. */
export function rowText(cell: Cell | undefined): string {
  return typeof cell === "string" ? unescapeFormula(cell.trim()) : cellText(cell);
}

/** The answer time held in a row; dates may come from another realm (tests, Apps Script). */
function timeOf(cell: Cell | undefined): number | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  const date = isDate(cell)
    ? new Date(cell.getTime())
    : parseTimestamp(typeof cell === "string" ? rowText(cell) : cell);
  return date ? floorToSecond(date).getTime() : undefined;
}

/**
 * How a keyed import tells rows apart: the key of a row already in the sheet (from its cells, read by
 * column key) and of an answer; undefined when a row cannot be told. An answer without an e-mail stands
 * alone, known by its time.
 */
export interface RowIdentity {
  readonly rowKey: (get: (key: string) => Cell | undefined, email: string) => string;
  readonly answerKey: (answer: ParsedResponse) => string;
  /** What the import derives beyond the answers (the pair of the chosen mentee): cells by column key. */
  readonly derived?: (answer: ParsedResponse) => Derived;
}

export interface Derived {
  readonly cells: Readonly<Record<string, Cell>>;
  /** Russian reasons for «Замечания» when something could not be derived. */
  readonly problems: readonly string[];
}

/**
 * Puts a form's answers into its sheet (created if missing): one row per key (see `RowIdentity`), replaced
 * as a whole by a newer answer with the same key; an answer without an e-mail gets a row of its own,
 * recognised again by its time. Order of arrival does not matter and re-importing changes nothing. Rows
 * are written in batched blocks, the log in one append; the coordinator's own columns are never touched.
 */
export function importKeyedRows(
  port: WorkbookPort,
  context: Context,
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
  options: ImportOptions,
  schema: SheetSchema,
  identity: RowIdentity,
): ImportReport {
  const sheet = schema.name;
  const original = ensureSheet(port, schema, context);
  const map = mapColumns(schema, original[0] ?? []);
  const width = original.reduce((max, row) => Math.max(max, row.length), schema.columns.length);
  const rows: Grid = original.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
  const get = (row: number, key: string) => rows[row]?.[map.get(key) ?? -1];
  const byKey = new Map<string, number>();
  let lastFilled = 0;
  for (let r = 1; r < rows.length; r++) {
    if (rows[r]!.every((cell) => isBlank(cell))) continue;
    lastFilled = r;
    const email = normalizeEmail(rowText(get(r, "email")));
    const time = timeOf(get(r, "time"));
    const key = email.valid
      ? identity.rowKey((column) => get(r, column), email.email)
      : time !== undefined
        ? `@${time}`
        : undefined;
    if (key !== undefined && !byKey.has(key)) byKey.set(key, r);
  }
  const startRow = lastFilled + 1;
  let appended = 0;
  const parsed = responses
    .map((response) => ({
      response,
      answer: parseResponse(questionnaire, response),
      order: canonicalResponse(response),
    }))
    .sort((a, b) => {
      const byTime = a.answer.timestamp.getTime() - b.answer.timestamp.getTime();
      return byTime !== 0 ? byTime : a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
    });
  const action = `${questionnaire.title}: перенос ответов (${options.source})`;
  const details: LogEntry[] = [];
  const touched = new Set<number>();
  let rejected = 0;
  let applied = 0;
  for (const { answer } of parsed) {
    const time = answer.timestamp.getTime();
    if (!answer.email && Object.keys(answer.values).length === 0) {
      rejected++;
      if (isDelivered(options, answer.timestamp, answer.email))
        details.push({
          time: context.now,
          action,
          result: `Ответ от ${formatDateTime(answer.timestamp)} не принят: нет ни e-mail, ни ответов`,
        });
      continue;
    }
    const key = answer.email ? identity.answerKey(answer) : `@${time}`;
    let row = byKey.get(key);
    if (row !== undefined) {
      const previous = timeOf(get(row, "time"));
      if (previous !== undefined && time <= previous) continue;
    } else {
      row = startRow + appended++;
      const blank = Array.from({ length: width }, (): Cell => "");
      if (row < rows.length) rows[row] = blank;
      else rows.push(blank);
      byKey.set(key, row);
    }
    fillRow(rows[row]!, map, questionnaire, answer, identity.derived?.(answer));
    applied++;
    touched.add(row);
    if (answer.problems.length > 0)
      details.push({
        time: context.now,
        action,
        result: `${answer.email || "без e-mail"}, ответ от ${formatDateTime(answer.timestamp)}: ${answer.problems.join("; ")}`,
      });
  }
  const changes: RowChange[] = [];
  for (const row of [...touched].sort((a, b) => a - b)) {
    if (row >= startRow) continue;
    const before = original[row] ?? [];
    const after = rows[row]!;
    const changedColumns = after.flatMap((cell, column) => (sameCell(cell, before[column]) ? [] : [column]));
    if (changedColumns.length > 0) changes.push({ row, values: after, changedColumns });
  }
  const writes = writeRowChanges(port, sheet, changes, {
    startRow,
    rows: rows.slice(startRow, startRow + appended),
  });
  const counts = {
    responses: responses.length,
    applied,
    added: appended,
    updated: changes.length,
    unchanged: responses.length - rejected - applied,
    rejected,
    needsReview: 0,
  };
  const summary = summarize(questionnaire.title, counts);
  const changed = writes > 0;
  writeLog(port, context, [{ time: context.now, action, result: summary }, ...details], changed, options);
  const notes = details.map((entry) => entry.result);
  return { form: questionnaire.key, title: questionnaire.title, sheet, changed, counts, summary, notes };
}

/** Rewrites the row's own cells from the answer; the coordinator's columns stay as they were. */
function fillRow(
  row: Cell[],
  map: ReadonlyMap<string, number>,
  questionnaire: Questionnaire,
  answer: ParsedResponse,
  derived: Derived | undefined,
): void {
  const set = (key: string, value: Cell) => {
    const index = map.get(key);
    if (index !== undefined) row[index] = escapeCell(value);
  };
  set("time", answer.timestamp);
  set("email", answer.email);
  for (const question of questionnaire.questions) {
    const value = answer.values[question.id];
    set(question.id, value === undefined ? "" : typeof value === "object" ? value.join(", ") : value);
  }
  for (const [key, value] of Object.entries(derived?.cells ?? {})) set(key, value);
  const reasons = [...answer.problems, ...(derived?.problems ?? []), ...answer.notes];
  const remarks = truncate(reasons.join("; "), REMARKS_MAX);
  set("remarks", remarks.truncated ? `${remarks.text}…` : remarks.text);
}
