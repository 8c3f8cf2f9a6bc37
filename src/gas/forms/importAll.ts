import { readExportForForm } from "../../core/intake/exportForm";
import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import { importResponses } from "../../core/intake/importResponses";
import {
  allQuestionnaires,
  loadQuestionnaire,
  readQuestionnaireContext,
} from "../../core/intake/questionnaireSet";
import { readFormsRegistry } from "../../core/intake/registry";
import type { Context, WorkbookPort } from "../../core/ports";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import type { FormResponse } from "../../core/questionnaires/types";
import { readResponseSheet, responseSheetsOf } from "./responseSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * «Перенести ответы»: re-imports every response of every registered form from its response sheet (one
 * read each), idempotently — answers already in the workbook change nothing. Returns one line per form.
 */
export function importAllResponses(spreadsheet: Spreadsheet, port: WorkbookPort, context: Context): string {
  const registry = readFormsRegistry(port, context);
  if (Object.keys(registry).length === 0)
    throw new Error("Анкеты ещё не созданы: выберите «Наставничество → Создать анкеты».");
  const lines: string[] = [];
  for (const key of FORM_KEYS) {
    const form = registry[key];
    if (!form) continue;
    const sheets = responseSheetsOf(spreadsheet, form);
    if (sheets.length === 0) {
      lines.push(
        `${FORM_NAMES[key]}: лист ответов формы не найден — выберите «Создать анкеты», чтобы связать форму с таблицей`,
      );
      continue;
    }
    try {
      const questionnaire = loadQuestionnaire(port, context, key);
      const all = allQuestionnaires(readQuestionnaireContext(port, context));
      const responses: FormResponse[] = [];
      for (const sheet of sheets) {
        const { header, rows } = readResponseSheet(sheet);
        if (header.length === 0) continue;
        // A response sheet linked to another form (the registry edited by hand) must not fill this bank.
        responses.push(...readExportForForm(questionnaire, all, header, rows).responses);
      }
      lines.push(importResponses(port, context, key, responses, { source: "форма", log: "changes" }).summary);
    } catch (error) {
      if (!(error instanceof QuestionnaireError)) throw error;
      lines.push(`${FORM_NAMES[key]}: ${error.message}`);
    }
  }
  return lines.join("\n");
}
