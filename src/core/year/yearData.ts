import { cellText, type Grid } from "../cell";
import { type CalendarDate, dayOf } from "../format/dates";
import { splitIds } from "../pairing/pairRows";
import { hasConsent, hasLeft } from "../schema/consent";
import { ENDED_EARLY } from "../schema/enums";
import { MENTEES, MENTORS, PAIRS } from "../schema/sheets";
import { readRecords, type SheetRecord } from "../schema/table";
import { MEETINGS, PLANS } from "../schema/yearSheets";

/** A pair or group as the year sees it: who, since and until when, and in what state. */
/** Pairs that worked during the year, however they ended: approved, completed or ended early. */
export const IN_PROGRAMME: ReadonlySet<string> = new Set(["Утверждена", "Завершена", ENDED_EARLY]);

export interface YearPair {
  /** 0-based row on «Пары». */
  readonly row: number;
  readonly id: string;
  readonly mentorId: string;
  readonly mentor: string;
  readonly menteeIds: readonly string[];
  readonly mentees: string;
  readonly form: string;
  readonly status: string;
  readonly start: CalendarDate | null;
  readonly end: CalendarDate | null;
  readonly documents: string;
  readonly record: SheetRecord;
}

export interface Meeting {
  readonly row: number;
  readonly pairId: string;
  readonly date: CalendarDate | null;
  readonly kind: string;
  readonly topic: string;
}

export interface PlanEntry {
  readonly row: number;
  readonly pairId: string;
  readonly number: string;
  readonly activity: string;
  readonly due: CalendarDate | null;
  readonly mark: string;
}

export interface BankPerson {
  readonly id: string;
  readonly role: "mentor" | "mentee";
  readonly fullName: string;
  readonly pdConsent: boolean;
  /** Mentors only: consent to the extra duties of ст. 351.8 ТК РФ. */
  readonly mentoringConsent: boolean;
  readonly left: boolean;
}

/** Pair IDs are compared the way a coordinator types them: «пр-001» is «ПР-001». */
export function pairKey(id: string): string {
  return id.trim().toUpperCase();
}

export function readYearPairs(grid: Grid): YearPair[] {
  return readRecords(PAIRS, grid).records.map(({ row, record }) => ({
    row,
    id: cellText(record.id),
    mentorId: cellText(record.mentorId),
    mentor: cellText(record.mentor),
    menteeIds: splitIds(cellText(record.menteeIds)),
    mentees: cellText(record.mentees),
    form: cellText(record.form),
    status: cellText(record.status),
    start: dayOf(record.start),
    end: dayOf(record.end),
    documents: cellText(record.documents),
    record,
  }));
}

export function readMeetings(grid: Grid): Meeting[] {
  return readRecords(MEETINGS, grid).records.map(({ row, record }) => ({
    row,
    pairId: pairKey(cellText(record.pairId)),
    date: dayOf(record.date),
    kind: cellText(record.kind),
    topic: cellText(record.topic),
  }));
}

export function readPlanEntries(grid: Grid): PlanEntry[] {
  return readRecords(PLANS, grid).records.map(({ row, record }) => ({
    row,
    pairId: pairKey(cellText(record.pairId)),
    number: cellText(record.number),
    activity: cellText(record.activity),
    due: dayOf(record.due),
    mark: cellText(record.mark),
  }));
}

function fullName(record: SheetRecord): string {
  return [record.lastName, record.firstName, record.middleName].map(cellText).filter(Boolean).join(" ");
}

export function readBankPeople(mentors: Grid, mentees: Grid): BankPerson[] {
  const read = (grid: Grid, role: "mentor" | "mentee") =>
    readRecords(role === "mentor" ? MENTORS : MENTEES, grid).records.map(
      ({ record }): BankPerson => ({
        id: cellText(record.id),
        role,
        fullName: fullName(record),
        pdConsent: hasConsent(record.pdConsent),
        mentoringConsent: role === "mentor" ? hasConsent(record.mentoringConsent) : true,
        left: hasLeft(record.status),
      }),
    );
  return [...read(mentors, "mentor"), ...read(mentees, "mentee")];
}
