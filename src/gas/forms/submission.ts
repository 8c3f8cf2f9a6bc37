import { isDate } from "../../core/cell";
import { responseFromNamedValues } from "../../core/intake/event";
import { FORM_KEYS } from "../../core/intake/formSettings";
import { formOfTitles, formOfUrl } from "../../core/intake/identify";
import { importResponses } from "../../core/intake/importResponses";
import { buildQuestionnaire, readBanks, readQuestionnaireContext } from "../../core/intake/questionnaireSet";
import { readFormsRegistry } from "../../core/intake/registry";
import { appendLog } from "../../core/log";
import type { Context, WorkbookPort } from "../../core/ports";
import { readFormsExport } from "../../core/questionnaires/exportFile";
import type { FormResponse, Questionnaire } from "../../core/questionnaires/types";
import { messageOf } from "../handler";
import { type SheetClock, sheetClock } from "../sheetClock";
import { SheetsPort } from "../sheetsPort";
import { deferResponse } from "./pending";
import { readResponseSheet } from "./responseSheets";

type SubmitEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;

const LOCK_WAIT_MS = 30_000;
export const SUBMIT_ACTION = "Ответ на анкету";
/** Who acts when a form is submitted: the trigger, on the respondent's behalf. */
const SUBMIT_USER = "ответ формы";

function buildAll(port: WorkbookPort, context: Context): Questionnaire[] {
  const questionnaireContext = readQuestionnaireContext(port, context);
  const built: Questionnaire[] = [];
  for (const key of FORM_KEYS) {
    try {
      built.push(buildQuestionnaire(key, questionnaireContext, () => readBanks(port).choices));
    } catch {
      // «Анкета после групповой встречи» cannot be built while nobody can be chosen.
    }
  }
  return built;
}

/**
 * The questionnaire the response answers: the registered form whose response sheet received it, or —
 * when the form is not registered (e.g. «Настройки» were edited) — the one its question titles fit.
 */
function questionnaireOf(
  port: WorkbookPort,
  context: Context,
  event: SubmitEvent,
): Questionnaire | undefined {
  const key = formOfUrl(event.range?.getSheet().getFormUrl(), readFormsRegistry(port, context));
  if (key)
    return buildQuestionnaire(key, readQuestionnaireContext(port, context), () => readBanks(port).choices);
  const all = buildAll(port, context);
  const byTitles = formOfTitles(Object.keys(event.namedValues ?? {}), all);
  return all.find((questionnaire) => questionnaire.key === byTitles);
}

/**
 * The response time as the sheet holds it (a Date on the spreadsheet's wall clock), so that the event
 * and «Перенести ответы» agree; `namedValues` only has it as text formatted by the sheet's locale.
 */
function sheetTimestamp(event: SubmitEvent, clock: SheetClock): Date | undefined {
  const first = event.range?.getValues()[0]?.[0];
  return isDate(first) ? clock.toWall(first) : undefined;
}

function sameResponse(a: FormResponse, b: FormResponse): boolean {
  return (
    Math.floor(a.timestamp.getTime() / 1000) === Math.floor(b.timestamp.getTime() / 1000) &&
    a.email.trim().toLowerCase() === b.email.trim().toLowerCase()
  );
}

function importSubmission(port: WorkbookPort, context: Context, event: SubmitEvent, clock: SheetClock): void {
  const sheet = event.range?.getSheet();
  const questionnaire = questionnaireOf(port, context, event);
  if (!questionnaire) {
    appendLog(
      port,
      context,
      SUBMIT_ACTION,
      `Ответ на листе «${sheet?.getName() ?? ""}» не перенесён: форма не узнана`,
    );
    return;
  }
  const response = responseFromNamedValues(
    questionnaire,
    event.namedValues ?? {},
    sheetTimestamp(event, clock),
  );
  if (!response) {
    appendLog(port, context, SUBMIT_ACTION, `${questionnaire.title}: ответ без отметки времени не перенесён`);
    return;
  }
  // Applied together with every answer the form holds (one read of its response sheet), an answer gives
  // the same result whatever order the triggers fire in: answers are applied oldest first, so a late
  // older answer never decides what a newer one left, and a newer one never loses to a re-delivery.
  let responses: FormResponse[] = [response];
  if (sheet) {
    const { header, rows } = readResponseSheet(sheet, clock);
    if (header.length > 0) responses = readFormsExport(questionnaire, header, rows).responses;
    if (!responses.some((candidate) => sameResponse(candidate, response))) responses.push(response);
  }
  importResponses(port, context, questionnaire.key, responses, {
    source: "форма",
    log: "always",
    delivered: [response],
  });
}

/**
 * The installable trigger's handler: puts one submitted answer where it belongs, under the document lock
 * (answers that had to wait are left to their catch-up, keeping this within its call budget). The response sheet is only read. When another action holds
 * the spreadsheet, the answer is recorded and a catch-up scheduled (it lands without anyone acting). A
 * failure is logged and rethrown, so that Apps Script reports it; the answer stays in the response sheet
 * for «Перенести ответы».
 */
export function handleFormSubmit(event: SubmitEvent): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    deferResponse(event);
    return;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const clock = sheetClock(spreadsheet);
  const port = new SheetsPort(spreadsheet, clock);
  const context: Context = { now: clock.toWall(new Date()), user: SUBMIT_USER };
  try {
    importSubmission(port, context, event, clock);
  } catch (error) {
    try {
      appendLog(
        port,
        context,
        SUBMIT_ACTION,
        `Ответ не перенесён: ${messageOf(error)}. Выполните «Перенести ответы».`,
      );
    } catch {
      // No «Журнал» to write to: the rethrown error is all there is.
    }
    throw error;
  } finally {
    lock.releaseLock();
  }
}
