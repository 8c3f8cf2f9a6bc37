import type { Grid } from "../cell";
import { finalReportQuestionnaire } from "../finalReports/form";
import type { Context, WorkbookPort } from "../ports";
import { practiceQuestionnaire } from "../practices/form";
import {
  groupMeetingQuestionnaire,
  menteeQuestionnaire,
  mentorQuestionnaire,
  monitoringQuestionnaire,
  type QuestionnaireContext,
  questionnaireContext,
} from "../questionnaires/forms";
import { type PartnerChoice, partnerChoices } from "../questionnaires/partners";
import type { Questionnaire, QuestionnaireKey } from "../questionnaires/types";
import { readSettings } from "../schema/settings";
import { MENTEES, MENTORS, SETTINGS_SHEET } from "../schema/sheets";
import { readRecords } from "../schema/table";
import { hasSheet, requireSheet } from "../sheets";

/** Organisation and competences for the questionnaires, from «Настройки» (defaults if the sheet is missing). */
export function readQuestionnaireContext(port: WorkbookPort, context: Context): QuestionnaireContext {
  const rows = hasSheet(port, SETTINGS_SHEET.name) ? port.readAll(SETTINGS_SHEET.name).slice(1) : [];
  return questionnaireContext(readSettings(rows, context.now).values);
}

/** The banks as read once: grids for writing back, the people to choose from after a group meeting. */
export interface BanksSnapshot {
  readonly mentors: Grid;
  readonly mentees: Grid;
  readonly choices: PartnerChoice[];
}

export function readBanks(port: WorkbookPort): BanksSnapshot {
  const mentors = requireSheet(port, MENTORS.name);
  const mentees = requireSheet(port, MENTEES.name);
  const records = (schema: typeof MENTORS, grid: Grid) =>
    readRecords(schema, grid).records.map((entry) => entry.record);
  return { mentors, mentees, choices: partnerChoices(records(MENTORS, mentors), records(MENTEES, mentees)) };
}

/**
 * The questionnaire of a form as it is built now. «Анкета после групповой встречи» lists the current
 * participants and throws QuestionnaireError when there is nobody to choose from yet.
 */
export function buildQuestionnaire(
  key: QuestionnaireKey,
  context: QuestionnaireContext,
  choices: () => readonly PartnerChoice[],
): Questionnaire {
  switch (key) {
    case "mentor":
      return mentorQuestionnaire(context);
    case "mentee":
      return menteeQuestionnaire(context);
    case "groupMeeting":
      return groupMeetingQuestionnaire(context, choices());
    case "monitoring":
      return monitoringQuestionnaire(context);
    case "finalReport":
      return finalReportQuestionnaire(context, choices());
    case "practice":
      return practiceQuestionnaire(context);
  }
}

/** `buildQuestionnaire` reading what it needs from the workbook. */
export function loadQuestionnaire(
  port: WorkbookPort,
  context: Context,
  key: QuestionnaireKey,
): Questionnaire {
  return buildQuestionnaire(key, readQuestionnaireContext(port, context), () => readBanks(port).choices);
}

/** A stand-in person: «Анкета после групповой встречи» needs someone to list, its questions do not. */
const PLACEHOLDER_CHOICE: PartnerChoice = { id: "", role: "mentor", label: "—", email: "" };

/**
 * All the questionnaires, for telling which form an export answers; «Анкета после групповой встречи» and
 * «Итоговый отчёт наставника» list a stand-in person, as their question titles do not depend on who can
 * be chosen.
 */
export function allQuestionnaires(context: QuestionnaireContext): Questionnaire[] {
  return [
    mentorQuestionnaire(context),
    menteeQuestionnaire(context),
    groupMeetingQuestionnaire(context, [PLACEHOLDER_CHOICE]),
    monitoringQuestionnaire(context),
    finalReportQuestionnaire(context, [{ ...PLACEHOLDER_CHOICE, role: "mentee" }]),
    practiceQuestionnaire(context),
  ];
}
