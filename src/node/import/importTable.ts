import { importResponses } from "../../core/intake/importResponses";
import { loadQuestionnaire } from "../../core/intake/questionnaireSet";
import type { Context, WorkbookPort } from "../../core/ports";
import { readFormsExport } from "../../core/questionnaires/exportFile";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import type { ExportTable } from "./readExport";

/** Reads an export of one form's responses and upserts it into the workbook: what `nastavnik import` does. */
export function importExportTable(
  port: WorkbookPort,
  context: Context,
  form: QuestionnaireKey,
  table: ExportTable,
) {
  const questionnaire = loadQuestionnaire(port, context, form);
  const read = readFormsExport(questionnaire, table.header, table.rows);
  const report = importResponses(port, context, form, read.responses, { source: "импорт", log: "changes" });
  return { report, read };
}
