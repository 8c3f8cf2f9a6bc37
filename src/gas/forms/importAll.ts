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
 * idempotently — answers already in the workbook change nothing. Returns the line for the summary and
 * how many answers the form has (null when they could not be read: the line says why).
 */
export function importFormResponses(
  spreadsheet: Spreadsheet,
  port: WorkbookPort,
  context: Context,
  clock: SheetClock,
  key: QuestionnaireKey,
  form: RegisteredForm,
): { line: string; answers: number | null } {
  const sheets = responseSheetsOf(spreadsheet, form);
  if (sheets.length === 0)
    return {
      line: `${FORM_NAMES[key]}: лист ответов формы не найден — выберите «Создать анкеты», чтобы связать форму с таблицей`,
      answers: null,
    };
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
    const report = importResponses(port, context, key, responses, { source: "форма", log: "changes" });
    return { line: report.summary, answers: report.counts.responses };
  } catch (error) {
    if (!(error instanceof QuestionnaireError)) throw error;
    return { line: `${FORM_NAMES[key]}: ${error.message}`, answers: null };
  }
}

/**
 * «Перенести ответы»: a line for each registered form that has answers or a problem; forms nobody has
 * answered yet are named together in one line, so that seven forms do not fill a 300 px panel with zeros.
 */
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
  const unanswered: string[] = [];
  for (const key of FORM_KEYS) {
    const form = registry[key];
    if (!form) continue;
    const { line, answers } = importFormResponses(spreadsheet, port, context, clock, key, form);
    if (answers === 0) unanswered.push(`«${FORM_NAMES[key]}»`);
    else lines.push(line);
  }
  if (unanswered.length > 0) lines.push(`Пока без ответов: ${unanswered.join(", ")}`);
  return lines.join("\n");
}
