/** The facts the ranking needs, read from the sheets' values: pure, so that any adapter can feed it. */
import { cellText, type Grid } from "../cell";
import type { CalendarDate } from "../format/dates";
import type { YearSheets } from "../results/yearSheets";
import { hasLeft } from "../schema/consent";
import { ENDED_EARLY, MONITORING_STAGES } from "../schema/enums";
import { MONITORING } from "../schema/monitoringSheet";
import { MENTEES, MENTORS } from "../schema/sheets";
import { readRecords } from "../schema/table";
import { byPair, pairProgress } from "../year/pairProgress";
import { IN_PROGRAMME, pairKey, readMeetings, readPlanEntries, readYearPairs } from "../year/yearData";
import type { PairFacts } from "./ranking";

const MENTEE_ROLE = "Наставляемый";
const [START_STAGE] = MONITORING_STAGES;

export interface AwardGrids
  extends Pick<YearSheets, "mentors" | "mentees" | "pairs" | "meetings" | "plans" | "monitoring"> {
  /**
   * The mentor's final report result per pair ID (0–100), once the final report form exists; absent or
   * missing a pair, that component is left out of the pair's score and its weight goes to the others.
   */
  readonly finalReports?: ReadonlyMap<string, number>;
}

function email(text: string): string {
  return text.trim().toLowerCase();
}

/** Each mentee's «Программа в целом» at the end of the programme (an answer without a stage is the end). */
function menteeMarks(monitoring: Grid, mentees: Grid): Map<string, number> {
  const idByEmail = new Map<string, string>();
  for (const { record } of readRecords(MENTEES, mentees).records) {
    const address = email(cellText(record.email));
    if (address) idByEmail.set(address, pairKey(cellText(record.id)));
  }
  const marks = new Map<string, number>();
  for (const { record } of readRecords(MONITORING, monitoring).records) {
    if (cellText(record.role) !== MENTEE_ROLE || cellText(record.stage) === START_STAGE) continue;
    const id = idByEmail.get(email(cellText(record.email)));
    const mark = Number(cellText(record.overall));
    if (id !== undefined && Number.isInteger(mark) && mark >= 1 && mark <= 10) marks.set(id, mark);
  }
  return marks;
}

function leftIds(grid: Grid, schema: typeof MENTORS): Set<string> {
  return new Set(
    readRecords(schema, grid)
      .records.filter(({ record }) => hasLeft(record.status))
      .map(({ record }) => pairKey(cellText(record.id))),
  );
}

function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((10 * values.reduce((sum, value) => sum + value, 0)) / values.length) / 10;
}

/** One `PairFacts` per pair that worked this year, read on `today`. */
export function readPairFacts(grids: AwardGrids, today: CalendarDate): PairFacts[] {
  const meetings = byPair(readMeetings(grids.meetings));
  const plans = byPair(readPlanEntries(grids.plans));
  const marks = menteeMarks(grids.monitoring, grids.mentees);
  const mentorsLeft = leftIds(grids.mentors, MENTORS);
  const menteesLeft = leftIds(grids.mentees, MENTEES);
  return readYearPairs(grids.pairs)
    .filter((pair) => pair.id !== "" && IN_PROGRAMME.has(pair.status))
    .map((pair): PairFacts => {
      const key = pairKey(pair.id);
      const progress = pairProgress(pair.start, meetings.get(key) ?? [], plans.get(key) ?? [], today);
      const menteeIds = pair.menteeIds.map(pairKey);
      const mentorLeft = mentorsLeft.has(pairKey(pair.mentorId));
      const excluded =
        pair.status === ENDED_EARLY
          ? "пара прекращена досрочно"
          : mentorLeft
            ? "наставник выбыл из программы"
            : menteeIds.some((id) => menteesLeft.has(id))
              ? "наставляемый выбыл из программы"
              : null;
      const report = grids.finalReports?.get(key);
      return {
        pairId: pair.id,
        mentorId: pair.mentorId,
        mentorName: pair.mentor || pair.mentorId,
        menteeNames: pair.mentees || pair.menteeIds.join(", "),
        excluded,
        mentorExcluded: mentorLeft ? "выбыл(а) из программы" : null,
        meetings: progress.meetingCount,
        planDone: progress.planDone,
        satisfaction: average(menteeIds.flatMap((id) => (marks.has(id) ? [marks.get(id)!] : []))),
        finalReport: report === undefined ? null : report,
      };
    });
}
