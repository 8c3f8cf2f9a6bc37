/** Everything the documents need from the workbook, read once, one batched read per sheet. */
import { type Cell, cellText, type Grid, isDate } from "../cell";
import { parseNameOverrides } from "../declension/overrides";
import type { PersonName } from "../declension/person";
import { type CalendarDate, dayOf, formatDateNumeric } from "../format/dates";
import { lowerFirst } from "../format/text";
import { splitIds } from "../pairing/pairRows";
import type { Context, WorkbookPort } from "../ports";
import { competenceList } from "../questionnaires/competences";
import { splitOptions } from "../questionnaires/options";
import type { SheetSchema } from "../schema/columns";
import { hasConsent, hasLeft, needsReview, reviewReason } from "../schema/consent";
import { readSettings, type SettingsValues } from "../schema/settings";
import { LOG, MENTEES, MENTORS, PAIRS, ROADMAP, SETTINGS_SHEET } from "../schema/sheets";
import { mapColumns, readRecords, type SheetRecord } from "../schema/table";
import { requireSheet } from "../sheets";
import { experienceText } from "./values";

export type Role = "mentor" | "mentee";

export interface Person {
  readonly id: string;
  readonly role: Role;
  readonly name: PersonName;
  /** «Кузнецова Елена Сергеевна», for messages. */
  readonly fullName: string;
  /** Lower-case first letter, for sentences and tables: «учитель математики»; empty when not filled in. */
  readonly position: string;
  readonly experience: string;
  readonly category: string;
  /** A mentee's difficulties, standard competences in their canonical spelling, then any others. */
  readonly difficulties: readonly string[];
  readonly pdConsentDate: CalendarDate | null;
  readonly mentoringConsentDate: CalendarDate | null;
  /** Pieces of «Другие падежи ФИО» that name no case: reported, otherwise ignored. */
  readonly unreadableNameForms: readonly string[];
  /** Why the person may be printed in no document at all, or null. */
  readonly excluded: string | null;
  /** For a mentor: why they may not appear where consent to mentoring is needed, or null. */
  readonly noMentoringConsent: string | null;
}

export interface PairEntry {
  /** 0-based row of «Пары». */
  readonly row: number;
  /** The pair's ID, or «строка 5» when it has none. */
  readonly id: string;
  readonly status: string;
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  /** Lower-case: «индивидуальная». */
  readonly form: string;
  readonly start: CalendarDate | null;
  readonly end: CalendarDate | null;
  /** An early ending (see year/earlyEnd.ts): the written notice, the day it ends, its reason. */
  readonly noticeDate: CalendarDate | null;
  readonly endedOn: CalendarDate | null;
  readonly endReason: string;
}

export interface RoadmapEntry {
  readonly number: string;
  readonly stage: string;
  readonly activity: string;
  readonly deadline: string;
  readonly responsible: string;
}

export interface LogEntry {
  readonly action: string;
  readonly result: string;
}

export interface WorkbookSnapshot {
  readonly settings: SettingsValues;
  /** Labels of «Настройки» rows that exist in the sheet. */
  readonly settingLabels: ReadonlySet<string>;
  /** The day of the run: what «Документы» records. */
  readonly today: CalendarDate;
  /** The date the coordinator chose for the run's orders and documents (today by default). */
  readonly documentDate: CalendarDate;
  readonly mentors: ReadonlyMap<string, Person>;
  readonly mentees: ReadonlyMap<string, Person>;
  /** Mentors then mentees, in bank order. */
  readonly people: readonly Person[];
  readonly pairs: readonly PairEntry[];
  /** The «Документы» column of «Пары» (0-based), or null when the sheet has none. */
  readonly documentsColumn: number | null;
  /** The «Документы» cell of every row of «Пары», by row (header included, so indexes are rows). */
  readonly documentsCells: readonly Cell[];
  readonly roadmap: readonly RoadmapEntry[];
  readonly log: readonly LogEntry[];
}

function text(record: SheetRecord, key: string): string {
  return cellText(record[key]);
}

export const NO_PD_CONSENT = "нет согласия на обработку персональных данных";
export const LEFT_PROGRAMME = "выбыл(а) из программы";

function exclusion(record: SheetRecord): string | null {
  if (hasLeft(record.status)) return LEFT_PROGRAMME;
  if (!hasConsent(record.pdConsent)) return NO_PD_CONSENT;
  if (!text(record, "lastName") || !text(record, "firstName")) return "не указаны фамилия или имя";
  if (needsReview(record.status)) return reviewReason(record.remarks);
  return null;
}

function readBank(schema: SheetSchema, grid: Grid, role: Role, competences: readonly string[]): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const { record } of readRecords(schema, grid).records) {
    const id = text(record, "id");
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const forms = parseNameOverrides(
      text(record, "nameGenitive"),
      text(record, "nameDative"),
      text(record, "nameCases"),
    );
    const name: PersonName = {
      lastName: text(record, "lastName"),
      firstName: text(record, "firstName"),
      middleName: text(record, "middleName"),
      gender: text(record, "gender"),
      overrides: forms.overrides,
    };
    const split = splitOptions(text(record, "difficulties"), competences);
    people.push({
      id,
      role,
      name,
      fullName: [name.lastName, name.firstName, name.middleName].filter(Boolean).join(" ") || id,
      position: lowerFirst(text(record, "position")),
      experience: experienceText(record.experience),
      category: text(record, "category"),
      difficulties: role === "mentee" ? [...split.known, ...split.unknown] : [],
      pdConsentDate: dayOf(record.pdConsentDate),
      mentoringConsentDate: dayOf(record.mentoringConsentDate),
      unreadableNameForms: forms.unreadable,
      excluded: exclusion(record),
      noMentoringConsent:
        role === "mentor" && !hasConsent(record.mentoringConsent) ? "нет согласия на наставничество" : null,
    });
  }
  return people;
}

function readPairs(grid: Grid): PairEntry[] {
  return readRecords(PAIRS, grid).records.map(({ row, record }) => ({
    row,
    id: text(record, "id") || `строка ${row + 1}`,
    status: text(record, "status"),
    mentorId: text(record, "mentorId"),
    menteeIds: splitIds(text(record, "menteeIds")),
    form: lowerFirst(text(record, "form")) || "индивидуальная",
    start: dayOf(record.start),
    end: dayOf(record.end),
    noticeDate: dayOf(record.noticeDate),
    endedOn: dayOf(record.endedOn),
    endReason: text(record, "endReason"),
  }));
}

/** A deadline as the roadmap shows it: text as typed, a date cell as «18.11.2022». */
function cellOrDate(value: Cell | undefined): string {
  const day = isDate(value) ? dayOf(value) : null;
  return day === null ? cellText(value) : formatDateNumeric(day);
}

function readRoadmap(grid: Grid): RoadmapEntry[] {
  return readRecords(ROADMAP, grid)
    .records.map(({ record }) => ({
      number: cellText(record.number),
      stage: cellText(record.stage),
      activity: cellText(record.activity),
      deadline: cellOrDate(record.deadline),
      responsible: cellText(record.responsible),
    }))
    .filter((entry) => entry.activity !== "");
}

export function readLog(grid: Grid): LogEntry[] {
  const map = mapColumns(LOG, grid[0] ?? []);
  const action = map.get("action");
  const result = map.get("result");
  if (action === undefined || result === undefined) return [];
  return grid.slice(1).map((row) => ({ action: cellText(row[action]), result: cellText(row[result]) }));
}

export function readSnapshot(
  port: WorkbookPort,
  context: Context,
  today: CalendarDate,
  documentDate: CalendarDate = today,
): WorkbookSnapshot {
  const settingsGrid = requireSheet(port, SETTINGS_SHEET.name);
  const { values: settings } = readSettings(settingsGrid.slice(1), context.now);
  const competences = competenceList(settings);
  const mentors = readBank(MENTORS, requireSheet(port, MENTORS.name), "mentor", competences);
  const mentees = readBank(MENTEES, requireSheet(port, MENTEES.name), "mentee", competences);
  const pairsGrid = requireSheet(port, PAIRS.name);
  const documentsColumn = mapColumns(PAIRS, pairsGrid[0] ?? []).get("documents") ?? null;
  return {
    settings,
    settingLabels: new Set(settingsGrid.slice(1).map((row) => cellText(row[0]))),
    today,
    documentDate,
    mentors: new Map(mentors.map((person) => [person.id, person])),
    mentees: new Map(mentees.map((person) => [person.id, person])),
    people: [...mentors, ...mentees],
    pairs: readPairs(pairsGrid),
    documentsColumn,
    documentsCells: pairsGrid.map((row) => (documentsColumn === null ? "" : (row[documentsColumn] ?? ""))),
    roadmap: readRoadmap(requireSheet(port, ROADMAP.name)),
    log: readLog(requireSheet(port, LOG.name)),
  };
}
