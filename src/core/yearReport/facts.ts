/**
 * What the year's report and the monitoring справка are made of, read from the sheets once: the
 * figures of «Сводка», each pair's result, and the monitoring answers by question, role and stage.
 */
import { cellText, type Grid } from "../cell";
import { readLog } from "../documents/snapshot";
import { calendarDateFromLocal } from "../format/dates";
import type { Context, WorkbookPort } from "../ports";
import { type Summary, summarizeGrids } from "../results/summary";
import { readYearSheets, type YearSheets } from "../results/yearSheets";
import { ENDED_EARLY, MONITORING_STAGES } from "../schema/enums";
import { MONITORING } from "../schema/monitoringSheet";
import { readRecords } from "../schema/table";
import { byPair, pairProgress } from "../year/pairProgress";
import { IN_PROGRAMME, pairKey, readMeetings, readPlanEntries, readYearPairs } from "../year/yearData";

/** One pair or group of the year with what it came to. */
export interface PairResult {
  readonly id: string;
  readonly mentor: string;
  readonly mentees: string;
  readonly form: string;
  readonly meetings: number;
  /** Whole percent of its plan marked done; null without a plan. */
  readonly planDone: number | null;
  readonly status: string;
  /** «Основание прекращения» of a pair ended early; empty otherwise. */
  readonly endReason: string;
}

export type Role = "mentor" | "mentee";
export type Stage = "start" | "end";

/** The monitoring's scored questions (1–10), in the sheet's order, as «Мониторинг» heads them. */
export const SCORED_QUESTIONS: readonly { readonly key: string; readonly label: string }[] =
  MONITORING.columns
    .filter((column) => column.type === "integer")
    .map((column) => ({ key: column.key, label: column.header }));

/** Average scores (1–10, one decimal; null without answers) of one question, by role and stage. */
export interface QuestionAverages {
  readonly key: string;
  readonly label: string;
  readonly scores: Readonly<Record<Role, Readonly<Record<Stage, number | null>>>>;
}

export interface MonitoringFacts {
  /** Respondents by role and stage. */
  readonly answers: Readonly<Record<Role, Readonly<Record<Stage, number>>>>;
  readonly questions: readonly QuestionAverages[];
  /** Final-stage answers to «Продолжить участие»: how many said «Да» of how many answered it. */
  readonly continueYes: number;
  readonly continueAnswered: number;
}

export interface YearFacts {
  readonly summary: Summary;
  readonly pairs: readonly PairResult[];
  readonly monitoring: MonitoringFacts;
}

/** Sheets the year's facts come from, as values, and the moment they are read at. */
export interface YearGrids extends YearSheets {
  readonly now: Date;
}

const ROLE_OF: Readonly<Record<string, Role>> = { Наставник: "mentor", Наставляемый: "mentee" };
const [START_STAGE] = MONITORING_STAGES;

function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((10 * values.reduce((sum, value) => sum + value, 0)) / values.length) / 10;
}

export function monitoringFacts(grid: Grid): MonitoringFacts {
  const rows = readRecords(MONITORING, grid)
    .records.map(({ record }) => ({
      record,
      role: ROLE_OF[cellText(record.role)],
      // An answer without a stage is the final monitoring's, as «Сводка» counts it.
      stage: (cellText(record.stage) === START_STAGE ? "start" : "end") as Stage,
    }))
    .filter((row): row is typeof row & { role: Role } => row.role !== undefined);
  const count = (role: Role, stage: Stage) =>
    rows.filter((row) => row.role === role && row.stage === stage).length;
  const scoresOf = (key: string, role: Role, stage: Stage) =>
    average(
      rows
        .filter((row) => row.role === role && row.stage === stage)
        .map((row) => Number(cellText(row.record[key])))
        .filter((score) => Number.isInteger(score) && score >= 1 && score <= 10),
    );
  const finalContinue = rows
    .filter((row) => row.stage === "end")
    .map((row) => cellText(row.record.continue))
    .filter((answer) => answer !== "");
  return {
    answers: {
      mentor: { start: count("mentor", "start"), end: count("mentor", "end") },
      mentee: { start: count("mentee", "start"), end: count("mentee", "end") },
    },
    // A question nobody scored (one the questionnaire no longer asks) is left out.
    questions: SCORED_QUESTIONS.map(({ key, label }) => ({
      key,
      label,
      scores: {
        mentor: { start: scoresOf(key, "mentor", "start"), end: scoresOf(key, "mentor", "end") },
        mentee: { start: scoresOf(key, "mentee", "start"), end: scoresOf(key, "mentee", "end") },
      },
    })).filter((question) =>
      Object.values(question.scores).some((byStage) => byStage.start !== null || byStage.end !== null),
    ),
    continueYes: finalContinue.filter((answer) => answer === "Да").length,
    continueAnswered: finalContinue.length,
  };
}

/** The facts from the sheets' values: pure, so that every adapter and any property can feed it. */
export function yearFactsFromGrids(grids: YearGrids): YearFacts {
  const today = calendarDateFromLocal(grids.now);
  const summary = summarizeGrids({ ...grids, log: readLog(grids.log) });
  const meetings = byPair(readMeetings(grids.meetings));
  const plans = byPair(readPlanEntries(grids.plans));
  const pairs = readYearPairs(grids.pairs)
    .filter((pair) => IN_PROGRAMME.has(pair.status))
    .map((pair): PairResult => {
      const progress = pairProgress(
        pair.start,
        meetings.get(pairKey(pair.id)) ?? [],
        plans.get(pairKey(pair.id)) ?? [],
        today,
      );
      return {
        id: pair.id,
        mentor: pair.mentor,
        mentees: pair.mentees,
        form: pair.form,
        meetings: progress.meetingCount,
        planDone: progress.planDone,
        status: pair.status,
        endReason: pair.status === ENDED_EARLY ? cellText(pair.record.endReason) : "",
      };
    });
  return { summary, pairs, monitoring: monitoringFacts(grids.monitoring) };
}

/** The year's facts read from the workbook (one read per sheet), writing nothing. */
export function readYearFacts(port: WorkbookPort, context: Context): YearFacts {
  return yearFactsFromGrids({ ...readYearSheets(port), now: context.now });
}
