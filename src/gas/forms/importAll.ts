import { readExportForForm } from "../../core/intake/exportForm";
import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import { importResponses } from "../../core/intake/importResponses";
import {
  allQuestionnaires,
  loadQuestionnaire,
  readQuestionnaireContext,
} from "../../core/intake/questionnaireSet";
import { type RegisteredForm, readFormsRegistry } from "../../core/intake/registry";
import type { Context, WorkbookPort } from "../../core/ports";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import type { FormResponse, QuestionnaireKey } from "../../core/questionnaires/types";
import type { SheetClock } from "../sheetClock";
import { readResponseSheet, responseSheetsOf } from "./responseSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Re-imports every response of one registered form from its response sheet (one read each),
 * idempotently — answers already in the workbook change nothing. Returns the line for the summary.
 */
export function importFormResponses(
  spreadsheet: Spreadsheet,
  port: WorkbookPort,
  context: Context,
  clock: SheetClock,
  key: QuestionnaireKey,
  form: RegisteredForm,
): string {
  const sheets = responseSheetsOf(spreadsheet, form);
  if (sheets.length === 0)
    return `${FORM_NAMES[key]}: лист ответов формы не найден — выберите «Создать анкеты», чтобы связать форму с таблицей`;
  try {
    const questionnaire = loadQuestionnaire(port, context, key);
    const all = allQuestionnaires(readQuestionnaireContext(port, context));
    const responses: FormResponse[] = [];
    for (const sheet of sheets) {
      const { header, rows } = readResponseSheet(sheet, clock);
      if (header.length === 0) continue;
      // A response sheet linked to another form (the registry edited by hand) must not fill this bank.
      responses.push(...readExportForForm(questionnaire, all, header, rows).responses);
    }
    return importResponses(port, context, key, responses, { source: "форма", log: "changes" }).summary;
  } catch (error) {
    if (!(error instanceof QuestionnaireError)) throw error;
    return `${FORM_NAMES[key]}: ${error.message}`;
  }
}

/** «Перенести ответы»: every registered form, one line each. */
export function importAllResponses(
  spreadsheet: Spreadsheet,
  port: WorkbookPort,
  context: Context,
  clock: SheetClock,
): string {
  const registry = readFormsRegistry(port, context);
  if (Object.keys(registry).length === 0)
    throw new Error("Анкеты ещё не созданы: выберите «Наставничество → Создать анкеты».");
  const lines: string[] = [];
  for (const key of FORM_KEYS) {
    const form = registry[key];
    if (form) lines.push(importFormResponses(spreadsheet, port, context, clock, key, form));
  }
  return lines.join("\n");
}
