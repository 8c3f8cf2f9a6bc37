import { readExportForForm } from "../../core/intake/exportForm";
import { importResponses } from "../../core/intake/importResponses";
import {
  allQuestionnaires,
  loadQuestionnaire,
  readQuestionnaireContext,
} from "../../core/intake/questionnaireSet";
import type { Context, WorkbookPort } from "../../core/ports";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import type { ExportTable } from "./readExport";

/**
 * Reads an export of one form's responses and upserts it into the workbook: what `nastavnik import` does.
 * An export of another form is refused (`WrongFormError`) before anything is written.
 */
export function importExportTable(
  port: WorkbookPort,
  context: Context,
  form: QuestionnaireKey,
  table: ExportTable,
) {
  const questionnaire = loadQuestionnaire(port, context, form);
  const all = allQuestionnaires(readQuestionnaireContext(port, context));
  const read = readExportForForm(questionnaire, all, table.header, table.rows);
  const report = importResponses(port, context, form, read.responses, { source: "импорт", log: "changes" });
  return { report, read };
}
