import { importFinalReports } from "../finalReports/importFinalReports";
import type { Context, WorkbookPort } from "../ports";
import { importPractices } from "../practices/importPractices";
import type { FormResponse, QuestionnaireKey } from "../questionnaires/types";
import { importBankResponses } from "./importBank";
import { importMonitoring } from "./importMonitoring";
import { importPreferences } from "./importPreferences";
import { buildQuestionnaire, readQuestionnaireContext } from "./questionnaireSet";
import type { ImportOptions, ImportReport } from "./report";

/**
 * Brings answers of one form into the workbook, the same way in Apps Script and offline:
 * «Анкета наставника» / «Анкета наставляемого» → their bank (one row per person), «Анкета после
 * групповой встречи» → «Выбор после встречи» of the respondents, the monitoring form → «Мониторинг»,
 * «Итоговый отчёт наставника» → «Итоговые отчёты», «Практика наставничества» → «Методическая копилка».
 * Idempotent: the same answers again change nothing, whatever order they come in.
 */
export function importResponses(
  port: WorkbookPort,
  context: Context,
  formKey: QuestionnaireKey,
  responses: readonly FormResponse[],
  options: ImportOptions = { source: "форма", log: "changes" },
): ImportReport {
  const questionnaireContext = readQuestionnaireContext(port, context);
  if (formKey === "groupMeeting")
    return importPreferences(port, context, questionnaireContext, responses, options);
  if (formKey === "finalReport")
    return importFinalReports(port, context, questionnaireContext, responses, options);
  if (formKey === "practice") return importPractices(port, context, questionnaireContext, responses, options);
  const questionnaire = buildQuestionnaire(formKey, questionnaireContext, () => []);
  if (formKey === "monitoring") return importMonitoring(port, context, questionnaire, responses, options);
  return importBankResponses(port, context, questionnaire, responses, options);
}
