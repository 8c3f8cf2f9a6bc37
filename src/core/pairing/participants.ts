import { cellText, type Grid } from "../cell";
import { inferSex, type Sex } from "../declension/gender";
import { splitOptions } from "../questionnaires/options";
import { readCount } from "../questionnaires/parse";
import { foldKey } from "../questionnaires/text";
import type { SheetSchema } from "../schema/columns";
import { hasConsent, hasLeft, needsReview, reviewReason } from "../schema/consent";
import { MENTEES, MENTORS } from "../schema/sheets";
import { readRecords, type SheetRecord } from "../schema/table";
import { type MeetingSlots, parseMeetingSlots } from "./meetingTimes";

export type Role = "mentor" | "mentee";

export interface Participant {
  readonly id: string;
  readonly role: Role;
  readonly fullName: string;
  readonly subject: string;
  readonly subjectKey: string;
  readonly experience?: number;
  readonly unit: string;
  readonly unitKey: string;
  /** Mentor: strengths; mentee: difficulties — both from the one shared competence list. */
  readonly competences: readonly string[];
  readonly form: string;
  readonly category: string;
  readonly slots: MeetingSlots;
  /** IDs named after the group meeting, best first. */
  readonly choices: readonly string[];
  /** Mentor: how many mentees they agreed to take: 0 takes none; 1 when left blank or unreadable. */
  readonly statedCapacity: number;
  /** Grammatical gender, for words that agree with the person («не подобрана»); null when unknown. */
  readonly sex?: Sex | null;
  /** Why the person may not be matched at all, or undefined when they may. */
  readonly excludedBecause?: string;
  /** The status is «Требует проверки» (then `excludedBecause` says why). */
  readonly needsReview: boolean;
}

function text(record: SheetRecord, key: string): string {
  return cellText(record[key]);
}

function exclusion(record: SheetRecord, role: Role): string | undefined {
  if (hasLeft(record.status)) return "выбыл(а) из программы";
  if (!hasConsent(record.pdConsent)) return "нет согласия на обработку персональных данных";
  if (role === "mentor" && !hasConsent(record.mentoringConsent)) return "нет согласия на наставничество";
  if (needsReview(record.status)) return reviewReason(record.remarks);
  return undefined;
}

function participant(
  record: SheetRecord,
  role: Role,
  competences: readonly string[],
): Participant | undefined {
  const id = text(record, "id");
  if (!id) return undefined;
  const experience = Number(text(record, "experience"));
  const capacity = readCount(text(record, "capacity"))?.value;
  const excludedBecause = exclusion(record, role);
  return {
    id,
    role,
    fullName: [text(record, "lastName"), text(record, "firstName"), text(record, "middleName")]
      .filter(Boolean)
      .join(" "),
    subject: text(record, "subject"),
    subjectKey: foldKey(text(record, "subject")),
    ...(text(record, "experience") !== "" && Number.isFinite(experience) ? { experience } : {}),
    unit: text(record, "unit"),
    unitKey: foldKey(text(record, "unit")),
    competences: splitOptions(text(record, role === "mentor" ? "strengths" : "difficulties"), competences)
      .known,
    form: text(record, "preferredForm"),
    category: text(record, "category"),
    slots: parseMeetingSlots(text(record, "meetingTime")),
    choices: text(record, "choices")
      .split(/[,;\s]+/)
      .map((choice) => choice.trim())
      .filter(Boolean),
    // «0» (or «нет») is the mentor's answer and takes nobody; only a blank or unreadable cell means 1.
    statedCapacity: capacity !== undefined && Number.isInteger(capacity) ? capacity : 1,
    sex: inferSex({
      lastName: text(record, "lastName"),
      firstName: text(record, "firstName"),
      middleName: text(record, "middleName"),
      gender: text(record, "gender"),
    }),
    needsReview: needsReview(record.status),
    ...(excludedBecause ? { excludedBecause } : {}),
  };
}

function readBank(
  schema: SheetSchema,
  grid: Grid,
  role: Role,
  competences: readonly string[],
): Participant[] {
  const seen = new Set<string>();
  const people: Participant[] = [];
  for (const { record } of readRecords(schema, grid).records) {
    const person = participant(record, role, competences);
    if (!person || seen.has(person.id)) continue;
    seen.add(person.id);
    people.push(person);
  }
  return people;
}

export function readMentors(grid: Grid, competences: readonly string[]): Participant[] {
  return readBank(MENTORS, grid, "mentor", competences);
}

export function readMentees(grid: Grid, competences: readonly string[]): Participant[] {
  return readBank(MENTEES, grid, "mentee", competences);
}
