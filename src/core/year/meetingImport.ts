import { appendRecords } from "../appendRecords";
import { type Cell, cellText, type Grid } from "../cell";
import { dayOf, formatDateNumeric, toIsoDate } from "../format/dates";
import { appendLog } from "../log";
import { dateCell } from "../pairing/approve";
import type { Context, WorkbookPort } from "../ports";
import { EMAIL_HEADERS, headerKey, TIMESTAMP_HEADERS } from "../questionnaires/headers";
import { MEETING_PAIR_QUESTION } from "../questionnaires/meetingForm";
import { escapeFormula } from "../questionnaires/text";
import { dayOfAnswer, floorToSecond, parseTimestamp } from "../questionnaires/timestamp";
import { idGenerator } from "../questionnaires/upsert";
import { MEETING_KINDS } from "../schema/enums";
import { MENTORS, PAIRS } from "../schema/sheets";
import { mapColumns, readRecords, type SheetRecord } from "../schema/table";
import { MEETINGS } from "../schema/yearSheets";
import { requireSheet } from "../sheets";
import { pairKey, readMeetings, readYearPairs, type YearPair } from "./yearData";

/**
 * Meeting reports from a form export (Google Forms or Яндекс Формы) or a table the mentors filled in:
 * the question titles are the headers of «Встречи» («ID пары/группы» may also be «Пара» or
 * «Наставляемый»), plus the form's own «Отметка времени» and e-mail. Each report lands in «Встречи»
 * exactly once: a report is known by its time and e-mail, a hand-made row by its pair, day and kind.
 * A report from an e-mail that is not the pair's mentor is refused, naming the row.
 */
export interface MeetingImportReport {
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: readonly string[];
  readonly summary: string;
}

const PAIR_HEADERS = [
  "ID пары/группы",
  "ID пары",
  "Пара",
  "Пара/группа",
  MEETING_PAIR_QUESTION,
  "Наставляемый(е)",
];

function columnOf(header: readonly Cell[], names: readonly string[]): number {
  const keys = new Set(names.map(headerKey));
  return header.findIndex((cell) => keys.has(headerKey(cellText(cell))));
}

function kindOf(text: string): string {
  const wanted = text.trim().toLowerCase();
  return MEETING_KINDS.find((kind) => kind.toLowerCase() === wanted) ?? text.trim();
}

/** The pair a report names: «ПР-003», «Петрова Любовь Игоревна (ПР-003)», or the mentee's full name. */
function findPair(
  text: string,
  pairs: readonly YearPair[],
  mentorIds: ReadonlySet<string>,
): YearPair | undefined {
  const id = /пр-\d+/i.exec(text)?.[0];
  const live = pairs.filter((pair) => pair.status === "Утверждена" || pair.status === "Завершена");
  if (id) return live.find((pair) => pairKey(pair.id) === pairKey(id));
  const name = text.trim().toLowerCase().replace(/ё/g, "е");
  const named = live.filter((pair) =>
    pair.mentees
      .toLowerCase()
      .replace(/ё/g, "е")
      .split(/\s*,\s*/)
      .includes(name),
  );
  const own = named.filter((pair) => mentorIds.size === 0 || mentorIds.has(pair.mentorId));
  return own.length === 1 ? own[0] : undefined;
}

/** A report that was not taken: its index among the rows given, and why, in Russian. */
export interface MeetingRejection {
  readonly index: number;
  readonly reason: string;
}

export interface MeetingRows {
  /** The rows appended to «Встречи» (already written). */
  readonly added: readonly SheetRecord[];
  readonly duplicates: number;
  readonly rejected: readonly MeetingRejection[];
}

/**
 * Appends the reports of `rows` that «Встречи» does not hold yet, in one write; writes no log. The shared
 * core of the import of a file and of the answers of «Отчёт о встрече».
 */
export function addMeetings(
  port: WorkbookPort,
  context: Context,
  header: readonly Cell[],
  rows: Grid,
): MeetingRows {
  const map = mapColumns(MEETINGS, header);
  const pairColumn = map.get("pairId") ?? columnOf(header, PAIR_HEADERS);
  const dateColumn = map.get("date") ?? columnOf(header, ["Дата встречи"]);
  if (pairColumn < 0 || dateColumn === undefined || dateColumn < 0)
    throw new Error(
      "В файле нет столбцов «ID пары/группы» (или «Наставляемый») и «Дата»: это не отчёты о встречах. Книга не изменена.",
    );
  const timeColumn = columnOf(header, TIMESTAMP_HEADERS);
  const emailColumn = columnOf(header, [...EMAIL_HEADERS, "E-mail"]);
  const pairs = readYearPairs(requireSheet(port, PAIRS.name));
  const mentorsByEmail = new Map<string, string>();
  for (const { record } of readRecords(MENTORS, requireSheet(port, MENTORS.name)).records) {
    const email = cellText(record.email).toLowerCase();
    if (email) mentorsByEmail.set(email, cellText(record.id));
  }
  const existingGrid = requireSheet(port, MEETINGS.name);
  const existing = readRecords(MEETINGS, existingGrid).records;
  const known = new Set(
    existing.map(({ record }) => cellText(record.source)).filter((source) => source.startsWith("форма ")),
  );
  for (const meeting of readMeetings(existingGrid))
    if (meeting.date) known.add(`${meeting.pairId} ${toIsoDate(meeting.date)} ${meeting.kind.toLowerCase()}`);
  const nextId = idGenerator(
    "ВС",
    existing.map(({ record }) => cellText(record.id)),
  );

  const added: SheetRecord[] = [];
  const rejected: MeetingRejection[] = [];
  let duplicates = 0;
  rows.forEach((row, index) => {
    if (row.every((cell) => cellText(cell) === "")) return;
    const reject = (reason: string) => rejected.push({ index, reason });
    const email = emailColumn >= 0 ? cellText(row[emailColumn]).trim().toLowerCase() : "";
    const mentorId = email ? mentorsByEmail.get(email) : undefined;
    if (email && !mentorId) {
      reject(`${email} нет в банке наставников`);
      return;
    }
    const pair = findPair(cellText(row[pairColumn]), pairs, new Set(mentorId ? [mentorId] : []));
    if (!pair) {
      reject(`не найдена утверждённая пара «${cellText(row[pairColumn])}»`);
      return;
    }
    if (mentorId && pair.mentorId !== mentorId) {
      reject(`${email} — не наставник пары ${pair.id}`);
      return;
    }
    const day = dayOfAnswer(row[dateColumn]);
    if (!day) {
      reject(`дата встречи «${cellText(row[dateColumn])}» не читается — нужна дд.мм.гггг`);
      return;
    }
    // Answers are the respondent's text: a leading «=» must not become a formula in «Встречи».
    const value = (key: string) => {
      const column = map.get(key);
      return column === undefined ? "" : escapeFormula(cellText(row[column]).trim());
    };
    const read = timeColumn >= 0 ? parseTimestamp(row[timeColumn] ?? "") : undefined;
    // Whole seconds: a sheet may round milliseconds away, and the key must survive that.
    const time = read ? floorToSecond(read) : undefined;
    const kind = kindOf(value("kind"));
    const key = time
      ? `форма ${time.toISOString()} ${email}`
      : `${pairKey(pair.id)} ${toIsoDate(day)} ${kind.toLowerCase()}`;
    if (known.has(key)) {
      duplicates++;
      return;
    }
    known.add(key);
    added.push({
      id: nextId(),
      pairId: pair.id,
      mentor: pair.mentor,
      mentees: pair.mentees,
      date: dateCell(day),
      kind,
      format: value("format"),
      topic: value("topic"),
      done: value("done"),
      result: value("result"),
      nextStep: value("nextStep"),
      hours: value("hours"),
      source: time ? key : "импорт",
      updated: context.now,
    });
  });
  appendRecords(port, MEETINGS, added);
  return { added, duplicates, rejected };
}

export function importMeetings(
  port: WorkbookPort,
  context: Context,
  header: readonly Cell[],
  rows: Grid,
): MeetingImportReport {
  const result = addMeetings(port, context, header, rows);
  const { added, duplicates } = result;
  const rejected = result.rejected.map(({ index, reason }) => `строка ${index + 2}: ${reason}`);
  const last = added.at(-1);
  const summary = [
    `Отчёты о встречах: добавлено ${added.length}`,
    `уже были ${duplicates}`,
    rejected.length ? `не принято ${rejected.length} — ${rejected.join("; ")}` : "",
    last ? `последняя: ${formatDateNumeric(dayOf(last.date)!)}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  if (added.length > 0) appendLog(port, context, "Отчёты о встречах", summary);
  return { added: added.length, duplicates, rejected, summary };
}
