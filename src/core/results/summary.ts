import { awardedMentorNames } from "../awards/awardedMentors";
import { cellText, type Grid } from "../cell";
import { type LogEntry, readLog } from "../documents/snapshot";
import { calendarDateFromLocal } from "../format/dates";
import type { Context, WorkbookPort } from "../ports";
import { readPractices } from "../practices/readPractices";
import { hasLeft } from "../schema/consent";
import { ENDED_EARLY, MENTEE_CATEGORIES, MENTORING_FORMS, MONITORING_STAGES } from "../schema/enums";
import { MONITORING } from "../schema/monitoringSheet";
import { MENTEES, MENTORS } from "../schema/sheets";
import { readRecords } from "../schema/table";
import { byPair, pairProgress } from "../year/pairProgress";
import {
  IN_PROGRAMME,
  pairKey,
  readMeetings,
  readPlanEntries,
  readYearPairs,
  type YearPair,
} from "../year/yearData";
import { type RecordedOrder, recordedOrders } from "./orders";
import { readYearSheets, type YearSheets } from "./yearSheets";

/** Below this many years of teaching a teacher counts as a young specialist («стаж до 3 лет»). */
export const YOUNG_SPECIALIST_YEARS = 3;
const YOUNG_CATEGORY = MENTEE_CATEGORIES[0];

const APPROVED = "Утверждена";
const COMPLETED = "Завершена";

export interface RoleSatisfaction {
  /** Average of «Общая удовлетворённость» (1–10), one decimal; null without answers. */
  readonly average: number | null;
  readonly answers: number;
}

/** How many marks fall into 8–10, 5–7 and 1–4. */
export interface MarkSpread {
  readonly high: number;
  readonly middle: number;
  readonly low: number;
}

/** One role's satisfaction at the beginning and at the end of the programme. */
export interface StagedSatisfaction {
  readonly start: RoleSatisfaction;
  readonly end: RoleSatisfaction;
}

/** The year's figures, as «Сводка» shows them and the indicators file carries them. */
export interface Summary {
  /** Teachers of both banks who have not left. */
  readonly teachers: number;
  readonly youngSpecialists: number;
  /** Young specialists who are mentees of an approved or completed pair. */
  readonly youngCovered: number;
  /** Share of young specialists covered, whole percent; null without young specialists. */
  readonly youngCoverage: number | null;
  /** Distinct mentors of the pairs that worked this year. */
  readonly mentors: number;
  /** Pairs and groups that worked this year, by form; forms of the closed list first, always present. */
  readonly byForm: readonly { readonly form: string; readonly count: number }[];
  readonly active: number;
  readonly completed: number;
  readonly endedEarly: number;
  readonly meetings: number;
  /** Meetings per pair that worked this year, one decimal; null without such pairs. */
  readonly meetingsPerPair: number | null;
  readonly pairsWithPlan: number;
  /** Average plan completion over pairs with a plan, whole percent; null without plans. */
  readonly planDone: number | null;
  readonly mentorSatisfaction: RoleSatisfaction;
  readonly menteeSatisfaction: RoleSatisfaction;
  /** The same by stage; an answer without a stage is the final monitoring's. */
  readonly satisfactionByStage: { readonly mentor: StagedSatisfaction; readonly mentee: StagedSatisfaction };
  /** Distinct mentees of the pairs that worked this year, and those of them who have not left. */
  readonly menteesInPairs: number;
  readonly menteesRetained: number;
  /** Mentors whose award the coordinator confirmed on «Награды». */
  readonly awardedMentors: number;
  /** The final monitoring's overall marks by role, in three bands. */
  readonly endSpread: { readonly mentor: MarkSpread; readonly mentee: MarkSpread };
  readonly orders: readonly RecordedOrder[];
  /** Practices of «Методическая копилка» that count (titled, not rejected). */
  readonly practices: number;
}

export interface SummaryInput extends Omit<YearSheets, "log"> {
  readonly log: readonly LogEntry[];
  readonly now: Date;
}

function average(values: readonly number[], digits: number): number | null {
  if (values.length === 0) return null;
  const factor = 10 ** digits;
  return Math.round((factor * values.reduce((sum, value) => sum + value, 0)) / values.length) / factor;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((100 * part) / whole);
}

/** A whole number of years typed as «2», «2,5» or 2; null when the cell says nothing usable. */
function years(text: string): number | null {
  const value = Number(text.replace(",", ".").trim());
  return text.trim() === "" || !Number.isFinite(value) ? null : value;
}

function isYoung(experience: string, category: string): boolean {
  const value = years(experience);
  return (value !== null && value < YOUNG_SPECIALIST_YEARS) || category.trim() === YOUNG_CATEGORY;
}

const [START_STAGE] = MONITORING_STAGES;

/** Answers of a role, of one stage when given (no stage written counts as the end), else of both. */
function satisfaction(monitoring: Grid, role: string, stage?: "start" | "end"): RoleSatisfaction {
  const scores = readRecords(MONITORING, monitoring)
    .records.filter(({ record }) => cellText(record.role) === role)
    .filter(
      ({ record }) => stage === undefined || (cellText(record.stage) === START_STAGE) === (stage === "start"),
    )
    .map(({ record }) => Number(cellText(record.overall)))
    .filter((score) => Number.isInteger(score) && score >= 1 && score <= 10);
  return { average: average(scores, 1), answers: scores.length };
}

function endSpread(monitoring: Grid, role: string): MarkSpread {
  const marks = readRecords(MONITORING, monitoring)
    .records.filter(({ record }) => cellText(record.role) === role && cellText(record.stage) !== START_STAGE)
    .map(({ record }) => Number(cellText(record.overall)))
    .filter((score) => Number.isInteger(score) && score >= 1 && score <= 10);
  return {
    high: marks.filter((mark) => mark >= 8).length,
    middle: marks.filter((mark) => mark >= 5 && mark < 8).length,
    low: marks.filter((mark) => mark < 5).length,
  };
}

function staged(monitoring: Grid, role: string): StagedSatisfaction {
  return { start: satisfaction(monitoring, role, "start"), end: satisfaction(monitoring, role, "end") };
}

function formCounts(pairs: readonly YearPair[]): { form: string; count: number }[] {
  const counts = new Map<string, number>(MENTORING_FORMS.map((form) => [form, 0]));
  for (const pair of pairs) {
    const form = pair.form || "Форма не указана";
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts].map(([form, count]) => ({ form, count }));
}

/** The figures from the sheets' values: pure, so that any adapter (and any property) can feed it. */
export function summarizeGrids(input: SummaryInput): Summary {
  const today = calendarDateFromLocal(input.now);
  const pairs = readYearPairs(input.pairs).filter((pair) => IN_PROGRAMME.has(pair.status));
  const covered = new Set(
    pairs
      .filter((pair) => pair.status === APPROVED || pair.status === COMPLETED)
      .flatMap((pair) => pair.menteeIds.map(pairKey)),
  );

  const people = [
    ...readRecords(MENTORS, input.mentors).records.map(({ record }) => ({ record, mentee: false })),
    ...readRecords(MENTEES, input.mentees).records.map(({ record }) => ({ record, mentee: true })),
  ].filter(({ record }) => !hasLeft(record.status));
  const young = people.filter(({ record }) =>
    isYoung(cellText(record.experience), cellText(record.category)),
  );
  const youngCovered = young.filter(
    ({ record, mentee }) => mentee && covered.has(pairKey(cellText(record.id))),
  ).length;

  const menteesLeft = new Set(
    readRecords(MENTEES, input.mentees)
      .records.filter(({ record }) => hasLeft(record.status))
      .map(({ record }) => pairKey(cellText(record.id))),
  );
  const menteesInPairs = new Set(pairs.flatMap((pair) => pair.menteeIds.map(pairKey)));

  const meetingsByPair = byPair(readMeetings(input.meetings));
  const planByPair = byPair(readPlanEntries(input.plans));
  const progress = pairs.map((pair) =>
    pairProgress(
      pair.start,
      meetingsByPair.get(pairKey(pair.id)) ?? [],
      planByPair.get(pairKey(pair.id)) ?? [],
      today,
    ),
  );
  const meetings = progress.reduce((sum, one) => sum + one.meetingCount, 0);
  const plans = progress.flatMap((one) => (one.planDone === null ? [] : [one.planDone]));

  return {
    teachers: people.length,
    youngSpecialists: young.length,
    youngCovered,
    youngCoverage: percent(youngCovered, young.length),
    mentors: new Set(pairs.map((pair) => pair.mentorId).filter(Boolean)).size,
    byForm: formCounts(pairs),
    active: pairs.filter((pair) => pair.status === APPROVED).length,
    completed: pairs.filter((pair) => pair.status === COMPLETED).length,
    endedEarly: pairs.filter((pair) => pair.status === ENDED_EARLY).length,
    meetings,
    meetingsPerPair: pairs.length === 0 ? null : Math.round((10 * meetings) / pairs.length) / 10,
    pairsWithPlan: plans.length,
    planDone: average(plans, 0),
    mentorSatisfaction: satisfaction(input.monitoring, "Наставник"),
    menteeSatisfaction: satisfaction(input.monitoring, "Наставляемый"),
    satisfactionByStage: {
      mentor: staged(input.monitoring, "Наставник"),
      mentee: staged(input.monitoring, "Наставляемый"),
    },
    menteesInPairs: menteesInPairs.size,
    menteesRetained: [...menteesInPairs].filter((id) => !menteesLeft.has(id)).length,
    awardedMentors: input.awards ? awardedMentorNames(input.awards).length : 0,
    endSpread: {
      mentor: endSpread(input.monitoring, "Наставник"),
      mentee: endSpread(input.monitoring, "Наставляемый"),
    },
    orders: recordedOrders(input.log),
    practices: input.practices ? readPractices(input.practices).length : 0,
  };
}

/** The year's figures read from the workbook, writing nothing. */
export function summarize(port: WorkbookPort, context: Context): Summary {
  const sheets = readYearSheets(port);
  return summarizeGrids({ ...sheets, log: readLog(sheets.log), now: context.now });
}
