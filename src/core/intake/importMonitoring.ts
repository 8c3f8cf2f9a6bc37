import type { Context, WorkbookPort } from "../ports";
import type { FormResponse, Questionnaire } from "../questionnaires/types";
import { MONITORING_STAGES } from "../schema/enums";
import { MONITORING } from "../schema/monitoringSheet";
import { importKeyedRows, type RowIdentity, rowText } from "./importKeyedRows";
import type { ImportOptions, ImportReport } from "./report";

const [START_STAGE] = MONITORING_STAGES;

/** «Начало программы» or the end: an answer or row without a stage is an end-of-programme answer. */
function stageKey(stage: string): "start" | "end" {
  return stage.trim() === START_STAGE ? "start" : "end";
}

/** A monitoring respondent is their e-mail at a stage: the start and the end answers are two rows. */
const BY_EMAIL_AND_STAGE: RowIdentity = {
  rowKey: (get, email) => `${email}|${stageKey(rowText(get("stage")))}`,
  answerKey: (answer) => {
    const stage = answer.values.stage;
    return `${answer.email}|${stageKey(typeof stage === "string" ? stage : "")}`;
  },
};

/**
 * Puts answers to «Мониторинг программы наставничества» into «Мониторинг» (created if missing): one row per
 * respondent e-mail and stage, replaced as a whole by a newer answer of the same e-mail at the same stage.
 */
export function importMonitoring(
  port: WorkbookPort,
  context: Context,
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
  options: ImportOptions,
): ImportReport {
  return importKeyedRows(port, context, questionnaire, responses, options, MONITORING, BY_EMAIL_AND_STAGE);
}
