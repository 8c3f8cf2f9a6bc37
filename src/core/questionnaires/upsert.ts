import { type Cell, cellText, type Grid, isBlank, isDate } from "../cell";
import { pluralForm } from "../format/numbers";
import { headersOf, type SheetSchema } from "../schema/columns";
import type { Source } from "../schema/enums";
import { type ColumnMap, mapColumns } from "../schema/table";
import { canonicalResponse } from "./canonical";
import { QuestionnaireError } from "./errors";
import { personKey } from "./names";
import { type BankAnswer, parseBankAnswer, REMARKS_MAX } from "./parse";
import { escapeCell, foldKey, formatDateTime, normalizeEmail, truncate, unescapeFormula } from "./text";
import { floorToSecond, parseTimestamp } from "./timestamp";
import type { FormResponse, Questionnaire } from "./types";

/**
 * Columns no form answer ever writes: the ID once given, and the consents the coordinator records
 * from written documents. Columns outside the schema (the coordinator's own) are never written either.
 */
export const COORDINATOR_COLUMNS: readonly string[] = [
  "id",
  "pdConsent",
  "pdConsentDate",
  "mentoringConsent",
  "mentoringConsentDate",
];

/** The status a form answer never replaces: the coordinator's decision that the person left. */
export const KEPT_STATUS = "Выбыл";

/**
 * The columns a form answer owns: those of its questions, plus `email`, `status` (unless «Выбыл»),
 * `remarks`, `source` and `updated`. An owned cell is written only with a usable answer — an empty or
 * invalid answer never erases what the bank holds — except «Замечания», which always describes the answer.
 */
export function formOwnedColumns(questionnaire: Questionnaire): string[] {
  const columns = questionnaire.questions.flatMap((question) => (question.column ? [question.column] : []));
  return [...columns, "email", "status", "remarks", "source", "updated"];
}

/** Owned columns that describe the answer as a whole rather than hold one of its values. */
const NOT_FILLED = new Set(["status", "remarks", "source", "updated"]);

/** Columns that must be present in the bank's header row for answers to be put in safely. */
const REQUIRED_COLUMNS = ["id", "lastName", "firstName", "email", "status", "remarks", "updated"];

export interface UpsertOptions {
  /** «форма» for answers delivered by the form trigger, «импорт» for an export file. */
  readonly source: Source;
  /** For the log entries. */
  readonly now: Date;
  /** Gives the ID of each new person; by default prefix + number after the largest taken («Н-007»). */
  readonly nextId?: () => string;
}

/** An existing row (0-based index in the grid, the header being 0) to rewrite. */
export interface RowUpdate {
  readonly row: number;
  /** The whole row at the grid's width; cells of other columns as they were (strings formula-escaped). */
  readonly values: Cell[];
  /** 0-based columns whose value really changed; writing only these leaves formulas elsewhere intact. */
  readonly changedColumns: number[];
}

export type ResponseOutcomeKind = "added" | "updated" | "unchanged" | "rejected";

export interface ResponseOutcome {
  readonly kind: ResponseOutcomeKind;
  readonly timestamp: Date;
  readonly email: string;
  /** Grid row the response went to; undefined when rejected. */
  readonly row?: number;
  readonly id?: string;
  /** The person was left «Требует проверки» by this response. */
  readonly needsReview: boolean;
  /** Russian explanation for the log. */
  readonly message: string;
}

export interface LogEntry {
  readonly time: Date;
  readonly action: string;
  readonly result: string;
}

export interface UpsertCounts {
  readonly responses: number;
  /** New people appended. */
  readonly added: number;
  /** People already in the bank whose row changed. */
  readonly updated: number;
  /** Responses applied (new people, updates, later answers of the same person). */
  readonly applied: number;
  /** Responses not newer than what the bank holds: re-deliveries, duplicates, older answers. */
  readonly unchanged: number;
  /** Responses that name nobody: no valid e-mail and no surname with name. */
  readonly rejected: number;
  /** Added or updated people left «Требует проверки». */
  readonly needsReview: number;
}

export interface UpsertResult {
  /** The whole sheet after the upsert (header included), at the width of the widest row. */
  readonly grid: Grid;
  /** Existing rows that changed, by ascending row. */
  readonly updates: RowUpdate[];
  /** New people: one contiguous block starting at grid row `startRow` (0-based). */
  readonly append: { readonly startRow: number; readonly rows: Cell[][] };
  readonly outcomes: ResponseOutcome[];
  readonly log: LogEntry[];
  readonly counts: UpsertCounts;
}

/** Equal as a person would see them: text vs. number by text, dates by time, formula escape ignored. */
export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (isDate(a) || isDate(b)) {
    const left = isDate(a) ? a.getTime() : parseTimestamp(a ?? "")?.getTime();
    const right = isDate(b) ? b.getTime() : parseTimestamp(b ?? "")?.getTime();
    return left !== undefined && left === right;
  }
  const text = (cell: Cell | undefined) =>
    typeof cell === "string" ? unescapeFormula(cell.trim()) : cellText(cell);
  return text(a) === text(b);
}

/** Default ID generator: «П-001» style, the number after the largest one with this prefix already taken. */
export function idGenerator(prefix: string, taken: Iterable<string>): () => string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const id of taken) {
    const match = pattern.exec(id.trim());
    if (match) max = Math.max(max, Number(match[1]));
  }
  return () => {
    max++;
    return `${prefix}-${String(max).padStart(3, "0")}`;
  };
}

function cellString(cell: Cell | undefined): string {
  return typeof cell === "string" ? unescapeFormula(cell.trim()) : cellText(cell);
}

function responseOrder(a: BankAnswer, b: BankAnswer, keys: Map<BankAnswer, string>): number {
  const byTime = a.timestamp.getTime() - b.timestamp.getTime();
  if (byTime !== 0) return byTime;
  const left = keys.get(a) ?? "";
  const right = keys.get(b) ?? "";
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Puts form answers into a bank sheet («Наставники» or «Наставляемые»), idempotently.
 *
 * Responses are applied oldest first (same time: in a fixed order), so the result does not depend on the
 * order they are delivered in. A response is matched to a person by e-mail (case ignored), else by
 * surname, name and patronymic (case, spaces and «ё»/«е» ignored) when exactly one row has them and that
 * row or the response has no e-mail; otherwise it adds a person with a new ID, flagged «Требует проверки»
 * when someone has the name. A response without an e-mail whose name several rows have is added only if
 * it is newer than all of them. A response changes a row only if it is newer than the row's «Обновлено»
 * (to the second), and then writes only the form-owned columns (see `formOwnedColumns`), so re-applying
 * the same responses changes nothing and an older answer never overwrites a newer one. An imported answer
 * with the same time as the row's «Обновлено» (a corrected export imported again) only fills the row's
 * empty form-owned cells, never replacing a value.
 */
export function upsertResponses(
  bankGrid: Grid,
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
  options: UpsertOptions,
): UpsertResult {
  const bank = questionnaire.bank;
  if (!bank) throw new Error(`Questionnaire ${questionnaire.key} does not fill a bank`);
  const schema = bank.schema;
  const header = bankGrid[0];
  if (!header || header.every((cell) => isBlank(cell))) {
    throw new QuestionnaireError(
      `На листе «${schema.name}» нет строки заголовков. Восстановите первую строку: ${headersOf(schema).join(", ")}.`,
    );
  }
  const map = mapColumns(schema, header);
  checkColumns(schema, map);
  const width = bankGrid.reduce((max, row) => Math.max(max, row.length), header.length);
  const original: Grid = bankGrid.map((row) => pad(row, width));
  const rows: Grid = original.map((row) => row.slice());
  const col = (key: string) => map.get(key);
  const get = (row: number, key: string): Cell | undefined => {
    const index = col(key);
    return index === undefined ? undefined : rows[row]?.[index];
  };
  const set = (row: number, key: string, value: Cell) => {
    const index = col(key);
    const target = rows[row];
    if (index !== undefined && target) target[index] = value;
  };

  let lastFilled = 0;
  const ids: string[] = [];
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const emailOf = (row: number) => normalizeEmail(cellString(get(row, "email"))).email;
  const usableEmailOf = (row: number) => {
    const { email, valid } = normalizeEmail(cellString(get(row, "email")));
    return valid ? email : "";
  };
  const nameOf = (row: number) =>
    personKey(
      cellString(get(row, "lastName")),
      cellString(get(row, "firstName")),
      cellString(get(row, "middleName")),
    );
  const index = (row: number) => {
    const email = emailOf(row);
    if (email && !byEmail.has(email)) byEmail.set(email, row);
    const name = nameOf(row);
    if (name) byName.set(name, [...(byName.get(name) ?? []), row]);
  };
  const unindex = (row: number) => {
    const email = emailOf(row);
    if (email && byEmail.get(email) === row) byEmail.delete(email);
    const name = nameOf(row);
    const list = byName.get(name)?.filter((candidate) => candidate !== row);
    if (name && list) {
      if (list.length > 0) byName.set(name, list);
      else byName.delete(name);
    }
  };
  for (let r = 1; r < rows.length; r++) {
    if (rows[r]!.every((cell) => isBlank(cell))) continue;
    lastFilled = r;
    const id = cellString(get(r, "id"));
    if (id) ids.push(id);
    index(r);
  }
  const nextId = options.nextId ?? idGenerator(bank.idPrefix, ids);
  const startRow = lastFilled + 1;
  let appended = 0;

  const answers = responses.map((response) => parseBankAnswer(questionnaire, response));
  const keys = new Map(answers.map((answer, i) => [answer, canonicalResponse(responses[i]!)]));
  const ordered = answers.slice().sort((a, b) => responseOrder(a, b, keys));

  const outcomes: ResponseOutcome[] = [];
  const touched = new Set<number>();
  /**
   * The form-owned cells (questions and e-mail) an answer has a value for while the row's cell is empty:
   * a re-import of a corrected export, with the same response times, fills what the first one missed.
   */
  const fillGaps = (row: number, answer: BankAnswer): string[] =>
    Object.entries(answer.record)
      .filter(
        ([key, value]) =>
          !NOT_FILLED.has(key) &&
          !COORDINATOR_COLUMNS.includes(key) &&
          !isBlank(value) &&
          isBlank(get(row, key)),
      )
      .map(([key]) => key);
  for (const answer of ordered) {
    const who = describe(answer);
    if (!answer.email && !answer.nameKey) {
      outcomes.push({
        kind: "rejected",
        timestamp: answer.timestamp,
        email: answer.email,
        needsReview: false,
        message: `Анкета от ${formatDateTime(answer.timestamp)} не принята: не указаны ни e-mail, ни фамилия с именем`,
      });
      continue;
    }
    const extraProblems: string[] = [];
    let row = answer.email ? byEmail.get(answer.email) : undefined;
    if (row === undefined && answer.nameKey) {
      const namesakes = byName.get(answer.nameKey) ?? [];
      const only = namesakes.length === 1 ? namesakes[0]! : undefined;
      const onlyEmail = only === undefined ? "" : usableEmailOf(only);
      if (only !== undefined && !(answer.email && onlyEmail)) {
        // One person has the name, and the answer or the row has no e-mail to tell them apart: the same person.
        row = only;
      } else if (only !== undefined) {
        // Another e-mail: perhaps a namesake. Merging would give them this person's row and consents.
        extraProblems.push(
          `В таблице уже есть ${cellString(get(only, "id")) || "человек"} с таким ФИО и e-mail «${onlyEmail}» — добавлен(а) отдельной строкой; проверьте, не один ли это человек`,
        );
      } else if (namesakes.length > 1) {
        // With no e-mail, an answer cannot say which of the namesakes gave it. As with one row, it is
        // news only if newer than what the bank holds under that name — here, newer than every
        // namesake's «Обновлено». Whichever row took it (the row it added, or the person's own row while
        // the name was not yet shared) has «Обновлено» at or after its time from then on, so importing it
        // again changes nothing, even after that row got newer answers. The price: an answer delivered
        // only after a namesake's newer one is not applied — as an older answer never overwrites a newer
        // one. Within one import answers go oldest first, so none of them is lost that way.
        const newest = Math.max(
          ...namesakes.map(
            (candidate) => timestampOf(get(candidate, "updated"))?.getTime() ?? Number.NEGATIVE_INFINITY,
          ),
        );
        if (!answer.email && answer.timestamp.getTime() <= newest) {
          outcomes.push({
            kind: "unchanged",
            timestamp: answer.timestamp,
            email: answer.email,
            needsReview: false,
            message: `${who}: анкета от ${formatDateTime(answer.timestamp)} без e-mail не новее учтённых у людей с таким ФИО — без изменений`,
          });
          continue;
        }
        const already = `В таблице уже ${namesakes.length} ${pluralForm(namesakes.length, ["человек", "человека", "человек"])} с таким ФИО`;
        extraProblems.push(
          answer.email
            ? `${already} и другим e-mail — добавлен(а) отдельной строкой; проверьте, не дубль ли это`
            : `${already}, а в анкете нет e-mail — добавлен(а) отдельной строкой; проверьте, чья это анкета`,
        );
      }
    }
    if (row !== undefined) {
      const previous = timestampOf(get(row, "updated"));
      // Only an import the coordinator runs on a file fills gaps: in Google every new answer re-reads the
      // whole response sheet, and a cell the coordinator emptied must not come back on its own.
      const filled =
        options.source === "импорт" &&
        previous !== undefined &&
        answer.timestamp.getTime() === previous.getTime()
          ? fillGaps(row, answer)
          : [];
      if (filled.length > 0) {
        const target = row;
        unindex(target);
        for (const key of filled) set(target, key, answer.record[key]!);
        // The same answer, read more completely: it may clear the check it caused, never add one to a
        // status the coordinator may have reviewed since.
        const status = foldKey(cellString(get(target, "status")));
        if (status === foldKey("Требует проверки") && answer.problems.length === 0)
          set(target, "status", "Активен");
        if (status !== foldKey(KEPT_STATUS)) set(target, "remarks", answer.record.remarks ?? "");
        rows[target] = rows[target]!.map(escapeCell);
        index(target);
        touched.add(target);
        const id = cellString(get(target, "id"));
        const needsReview = foldKey(cellString(get(target, "status"))) === foldKey("Требует проверки");
        outcomes.push({
          kind: "updated",
          timestamp: answer.timestamp,
          email: answer.email,
          row: target,
          id,
          needsReview,
          message: `${id} ${who}: анкета от ${formatDateTime(answer.timestamp)} дополнена — заполнены пустые ячейки (${filled.length})${needsReview && answer.problems.length > 0 ? ` — требует проверки: ${answer.problems.join("; ")}` : ""}`,
        });
        continue;
      }
      if (previous !== undefined && answer.timestamp.getTime() <= previous.getTime()) {
        outcomes.push({
          kind: "unchanged",
          timestamp: answer.timestamp,
          email: answer.email,
          row,
          id: cellString(get(row, "id")),
          needsReview: false,
          message: `${who}: анкета от ${formatDateTime(answer.timestamp)} не новее уже учтённой — без изменений`,
        });
        continue;
      }
    }
    const isNew = row === undefined;
    if (row === undefined) {
      row = startRow + appended++;
      if (row < rows.length) rows[row] = Array.from({ length: width }, () => "" as Cell);
      else rows.push(Array.from({ length: width }, () => "" as Cell));
    } else {
      unindex(row);
    }
    const target = row;
    const left = foldKey(cellString(get(target, "status"))) === foldKey(KEPT_STATUS);
    for (const [key, value] of Object.entries(answer.record)) {
      if (key === "status" || key === "remarks" || COORDINATOR_COLUMNS.includes(key)) continue;
      if (!isBlank(value)) set(target, key, value);
    }
    const problems = [...extraProblems, ...answer.problems];
    const notes = [...answer.notes];
    if (left) notes.push(`Статус «${KEPT_STATUS}» установлен куратором — анкета учтена, статус не изменён`);
    const remarks = truncate([...problems, ...notes].join("; "), REMARKS_MAX);
    set(target, "remarks", escapeCell(remarks.truncated ? `${remarks.text}…` : remarks.text));
    if (!left) set(target, "status", problems.length > 0 ? "Требует проверки" : "Активен");
    set(target, "source", options.source);
    set(target, "updated", answer.timestamp);
    let id = cellString(get(target, "id"));
    if (!id) {
      id = nextId();
      set(target, "id", id);
    }
    if (isNew) {
      for (const consent of ["pdConsent", "mentoringConsent"]) {
        if (isBlank(get(target, consent))) set(target, consent, "нет");
      }
    }
    rows[target] = rows[target]!.map(escapeCell);
    index(target);
    touched.add(target);
    const needsCheck = problems.length > 0 && !left;
    outcomes.push({
      kind: isNew ? "added" : "updated",
      timestamp: answer.timestamp,
      email: answer.email,
      row: target,
      id,
      needsReview: needsCheck,
      message: `${id} ${who}: ${isNew ? "добавлен(а)" : "анкета обновлена"} по анкете от ${formatDateTime(answer.timestamp)}${needsCheck ? ` — требует проверки: ${problems.join("; ")}` : ""}`,
    });
  }

  const updates: RowUpdate[] = [];
  for (const row of [...touched].sort((a, b) => a - b)) {
    if (row >= startRow) continue;
    const before = original[row]!;
    const after = rows[row]!;
    const changedColumns = after.flatMap((cell, column) => (sameCell(cell, before[column]) ? [] : [column]));
    if (changedColumns.length > 0) updates.push({ row, values: after, changedColumns });
  }
  const appendRows = rows.slice(startRow, startRow + appended);
  const counts = countOutcomes(outcomes, updates.length, appended);
  return {
    grid: rows,
    updates,
    append: { startRow, rows: appendRows },
    outcomes,
    log: logEntries(questionnaire, options, outcomes, counts),
    counts,
  };
}

function pad(row: readonly Cell[], width: number): Cell[] {
  const out: Cell[] = row.slice();
  while (out.length < width) out.push("");
  return out;
}

function checkColumns(schema: SheetSchema, map: ColumnMap): void {
  const missing = REQUIRED_COLUMNS.filter((key) => !map.has(key)).map(
    (key) => `«${schema.columns.find((column) => column.key === key)?.header ?? key}»`,
  );
  if (missing.length > 0) {
    throw new QuestionnaireError(
      `На листе «${schema.name}» нет столбцов ${missing.join(", ")}: анкеты не перенесены, чтобы ничего не перепутать. Верните эти заголовки в первую строку.`,
    );
  }
}

function timestampOf(cell: Cell | undefined): Date | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  const date = parseTimestamp(typeof cell === "string" ? unescapeFormula(cell) : cell);
  return date ? floorToSecond(date) : undefined;
}

function describe(answer: BankAnswer): string {
  const value = (id: string) => {
    const text = answer.values[id];
    return typeof text === "string" ? text : "";
  };
  const name = [value("lastName"), value("firstName"), value("middleName")].filter(Boolean).join(" ");
  return name || answer.email || "без имени";
}

function countOutcomes(outcomes: readonly ResponseOutcome[], updated: number, added: number): UpsertCounts {
  const count = (kind: ResponseOutcomeKind) => outcomes.filter((outcome) => outcome.kind === kind).length;
  // A person counts once, as their last applied response left them.
  const lastByRow = new Map<number, ResponseOutcome>();
  for (const outcome of outcomes) {
    if (outcome.row !== undefined && (outcome.kind === "added" || outcome.kind === "updated")) {
      lastByRow.set(outcome.row, outcome);
    }
  }
  return {
    responses: outcomes.length,
    added,
    updated,
    applied: count("added") + count("updated"),
    unchanged: count("unchanged"),
    rejected: count("rejected"),
    needsReview: [...lastByRow.values()].filter((outcome) => outcome.needsReview).length,
  };
}

function logEntries(
  questionnaire: Questionnaire,
  options: UpsertOptions,
  outcomes: readonly ResponseOutcome[],
  counts: UpsertCounts,
): LogEntry[] {
  const action = `${questionnaire.title}: перенос ответов (${options.source})`;
  const summary =
    `Ответов: ${counts.responses}; добавлено человек: ${counts.added}; обновлено: ${counts.updated}; ` +
    `без изменений: ${counts.unchanged}; отклонено: ${counts.rejected}; требуют проверки: ${counts.needsReview}`;
  const details = outcomes
    .filter((outcome) => outcome.kind === "rejected" || outcome.needsReview)
    .map((outcome) => ({ time: options.now, action, result: outcome.message }));
  return [{ time: options.now, action, result: summary }, ...details];
}
